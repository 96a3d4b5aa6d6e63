import { expect, fixture } from '@open-wc/testing';
import { render } from 'lit';
import '../src/index.js';
import type { OpenLlmElement } from '../src/core/base-element.js';
import { define } from '../src/core/define.js';
import { OpenLlmEvent } from '../src/core/events.js';
import { CLIENT_VERSION } from '../src/core/version.js';
import { JoinRequestEvent } from '../src/manifesto/events.js';
import { MeetupCalendarEvent } from '../src/meetup/events.js';
import { JoinQueuedEvent } from '../src/join/events.js';
import { captureWarnings } from './helpers/locale.js';
import { safeUrl } from '../src/core/safe-url.js';
import { getLocale, resolveLocale, setLocale } from '../src/core/locale.js';
import { heading } from '../src/core/heading.js';
import { backoffDelay, parseRetryAfter } from '../src/join/delivery/retry.js';
import { eventually } from './helpers/dom.js';

describe('safeUrl', () => {
  it('accepts http and https URLs and normalises them', () => {
    expect(safeUrl('https://openllm-france.fr/rejoindre')).to.equal('https://openllm-france.fr/rejoindre');
    expect(safeUrl('  http://example.org ')).to.equal('http://example.org/');
  });

  it('resolves relative URLs against the page', () => {
    expect(safeUrl('/join')).to.equal(new URL('/join', document.baseURI).href);
  });

  it('rejects script, data and odd spellings of them', () => {
    for (const value of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      ' \njavascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'http://[bad',
    ]) {
      expect(safeUrl(value), value).to.equal(undefined);
    }
  });

  it('accepts same-page anchors only when asked', () => {
    expect(safeUrl('#join')).to.equal(undefined);
    expect(safeUrl('#join', { allowFragment: true })).to.equal('#join');
    expect(safeUrl('#a b', { allowFragment: true })).to.equal(undefined);
  });

  it('honours a custom scheme list and empty values', () => {
    expect(safeUrl('mailto:contact@openllm-france.fr', { schemes: ['mailto:'] })).to.equal(
      'mailto:contact@openllm-france.fr',
    );
    expect(safeUrl('https://x.fr', { schemes: ['mailto:'] })).to.equal(undefined);
    expect(safeUrl('')).to.equal(undefined);
    expect(safeUrl(null)).to.equal(undefined);
  });
});

describe('locale', () => {
  it('maps language tags to a supported locale, French otherwise', () => {
    expect(resolveLocale('fr')).to.equal('fr');
    expect(resolveLocale('fr-FR')).to.equal('fr');
    expect(resolveLocale('en-GB')).to.equal('en');
    expect(resolveLocale('EN_us')).to.equal('en');
    expect(resolveLocale('de-AT')).to.equal('de');
    expect(resolveLocale('es-419')).to.equal('es');
    expect(resolveLocale('it-CH')).to.equal('it');
    expect(resolveLocale('nl_BE')).to.equal('nl');
    expect(resolveLocale('pt-BR')).to.equal('fr');
    expect(resolveLocale('xx')).to.equal('fr');
    expect(resolveLocale('')).to.equal('fr');
    expect(resolveLocale(undefined)).to.equal('fr');
  });

  it('lets the page drive the locale with setLocale()/getLocale()', async () => {
    await setLocale('en-US');
    expect(getLocale()).to.equal('en');
    await setLocale('de');
    expect(getLocale()).to.equal('de');
    await setLocale('pt-BR');
    expect(getLocale()).to.equal('fr');
  });
});

describe('heading', () => {
  it('renders the level asked for, and a sub-heading of an <h6> as an <h6>', async () => {
    for (const [level, tag] of [
      [1, 'H1'],
      [3, 'H3'],
      [6, 'H6'],
      [7, 'H6'],
    ] as const) {
      const host = document.createElement('div');
      render(heading(level, 'Titre', 'title'), host);
      expect(host.firstElementChild?.tagName, String(level)).to.equal(tag);
      expect(host.firstElementChild?.getAttribute('part')).to.equal('title');
    }
  });
});

describe('retry policy', () => {
  it('reads Retry-After as seconds or an HTTP date, and nothing else', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    expect(parseRetryAfter('3', now)).to.equal(3000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 10:00:05 GMT', now)).to.equal(5000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 09:00:00 GMT', now)).to.equal(0);
    for (const junk of ['1.5', '-5', 'soon', '', null])
      expect(parseRetryAfter(junk, now), String(junk)).to.equal(undefined);
  });

  it('backs off exponentially with full jitter, capped', () => {
    expect(backoffDelay(0, 500, 8000, () => 0.999)).to.equal(499);
    expect(backoffDelay(3, 500, 8000, () => 0.5)).to.equal(2000);
    expect(backoffDelay(10, 500, 8000, () => 0.999)).to.equal(7992);
    expect(backoffDelay(2, 500, 8000, () => 0)).to.equal(0);
  });
});

describe('one set of conventions for the three elements', () => {
  const elements = () =>
    [
      document.createElement('openllm-manifesto'),
      document.createElement('openllm-meetup'),
      document.createElement('openllm-join'),
    ] as OpenLlmElement[];

  it('each element names the package version that defined it', () => {
    for (const el of elements()) expect((el.constructor as typeof OpenLlmElement).version).to.equal(CLIENT_VERSION);
    expect(CLIENT_VERSION).to.match(/^\d+\.\d+\.\d+/);
  });

  it('the same heading-level rule everywhere: not 1 to 6 warns and uses 2', async () => {
    for (const tag of ['openllm-manifesto', 'openllm-meetup']) {
      let el!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        el = await fixture(`<${tag} heading-level="7"></${tag}>`);
      });
      expect(warnings.join('\n'), tag).to.contain(
        `<${tag}>: heading-level="7" is not a whole number from 1 to 6; using 2.`,
      );
      const title = () => el.shadowRoot!.querySelector('[part~="title"]');
      await eventually(title, `${tag} shows no title`);
      expect(title()!.localName, tag).to.equal('h2');
    }
  });

  it('the same rule for enumerated attributes: an unknown value warns and the default applies', async () => {
    const warnings = await captureWarnings(async () => {
      await fixture('<openllm-meetup layout="grid" theme="sepia"></openllm-meetup>');
    });
    expect(warnings.join('\n')).to.contain('layout="grid" is not one of card, list; using card.');
    expect(warnings.join('\n')).to.contain('theme="sepia" is not one of light, dark, auto; using light.');
  });

  it('a tag already defined by another version of the package is left to it, with a warning', async () => {
    class Older extends HTMLElement {
      static version = '0.0.1';
    }
    class Newer extends HTMLElement {
      static version = '9.9.9';
    }
    const warnings = await captureWarnings(async () => {
      define('openllm-test-versioned', Older);
      define('openllm-test-versioned', Older);
      define('openllm-test-versioned', Newer);
    });
    expect(customElements.get('openllm-test-versioned')).to.equal(Older);
    expect(warnings).to.deep.equal(['<openllm-test-versioned>: version 0.0.1 is already defined; 9.9.9 is not used.']);
  });

  it('every event bubbles out of shadow roots and says its name', () => {
    const events = [
      new JoinRequestEvent(),
      new MeetupCalendarEvent('ics'),
      new JoinQueuedEvent({ submissionId: 'x', reason: 'network' }),
    ];
    for (const event of events) {
      expect(event).to.be.instanceOf(OpenLlmEvent);
      expect(event.bubbles && event.composed, event.type).to.equal(true);
      expect(event.type).to.equal((event.constructor as unknown as { eventName: string }).eventName);
    }
  });
});
