import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/manifesto/define.js';
import type { OpenLlmManifesto } from '../src/manifesto/manifesto.js';
import { JoinRequestEvent } from '../src/manifesto/events.js';
import { captureWarnings, setPageLanguage } from './helpers/locale.js';
import { part } from './helpers/dom.js';

const text = (el: OpenLlmManifesto) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const headings = (el: OpenLlmManifesto) =>
  [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName);

describe('<openllm-manifesto>', () => {
  afterEach(async () => {
    await setPageLanguage('fr');
    await emulateMedia({ colorScheme: 'light' });
  });

  describe('defaults', () => {
    it('shows the whole French manifesto with a level-2 outline', async () => {
      const el = await fixture<OpenLlmManifesto>(html`<openllm-manifesto></openllm-manifesto>`);
      expect(el.variant).to.equal('full');
      expect(el.headingLevel).to.equal(2);
      expect(el.theme).to.equal('light');
      expect(el.open).to.equal(false);
      expect(headings(el)).to.deep.equal(['h2', 'h3', 'h3', 'h3', 'h3', 'h3']);
      // The original title's sentence: a short heading, then the rest of it.
      expect(part(el, 'title')!.textContent).to.equal('Création de la communauté francophone « OpenLLM France »');
      expect(part(el, 'deck')!.textContent).to.contain('souverain et Open Source');
      const all = text(el);
      for (const fragment of [
        'promouvoir la souveraineté, la transparence et l’ouverture',
        'corpus de données d’apprentissage publics et ouverts',
        'algorithmes documentés',
        'licence d’utilisation libre, non restrictive',
        'chercheurs au sein de la recherche académique',
        'acteurs du code et des algorithmes',
        'spécialistes du langage',
        'futurs utilisateurs',
        'juste curieux',
        'IA de confiance',
      ]) {
        expect(all, fragment).to.contain(fragment);
      }
      expect(part(el, 'body')!.hidden).to.equal(false);
      expect(part(el, 'toggle')).to.equal(null);
      expect(part(el, 'teaser')).to.equal(null);
    });

    it('uses real lists and the community links', async () => {
      const el = await fixture<OpenLlmManifesto>(html`<openllm-manifesto></openllm-manifesto>`);
      const lists = el.shadowRoot!.querySelectorAll('ul');
      expect(lists.length).to.equal(3);
      expect(lists[1].querySelectorAll('li').length).to.equal(5);
      const hrefs = [...part(el, 'contact')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal([
        'mailto:contact@openllm-france.fr',
        'https://github.com/OpenLLM-France/Manifesto',
        'https://discord.gg/k2BQvGfjzA',
      ]);
      expect(part(el, 'contact')!.textContent).to.contain('contact@openllm-france.fr');
    });
  });

  describe('attributes and properties', () => {
    it('reflects variant, open and theme', async () => {
      const el = await fixture<OpenLlmManifesto>(html`<openllm-manifesto></openllm-manifesto>`);
      el.variant = 'summary';
      el.open = true;
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('summary');
      expect(el.hasAttribute('open')).to.equal(true);
      expect(el.getAttribute('theme')).to.equal('dark');
    });

    it('reads heading-level, join-href and cta-label', async () => {
      const el = await fixture<OpenLlmManifesto>(
        html`<openllm-manifesto heading-level="4" join-href="#join" cta-label="Signer"></openllm-manifesto>`,
      );
      expect(el.headingLevel).to.equal(4);
      expect(headings(el)).to.deep.equal(['h4', 'h5', 'h5', 'h5', 'h5', 'h5']);
      expect(el.joinHref).to.equal('#join');
      const cta = part(el, 'cta')!;
      expect(cta.localName).to.equal('a');
      expect(cta.getAttribute('href')).to.equal('#join');
      expect(cta.textContent!.trim()).to.equal('Signer');
    });

    it('keeps sub-headings at h6 under a level-6 title', async () => {
      const el = await fixture<OpenLlmManifesto>(html`<openllm-manifesto heading-level="6"></openllm-manifesto>`);
      expect(headings(el)).to.deep.equal(['h6', 'h6', 'h6', 'h6', 'h6', 'h6']);
    });

    it('links an absolute http(s) join-href', async () => {
      const el = await fixture<OpenLlmManifesto>(
        html`<openllm-manifesto join-href="https://openllm-france.fr/rejoindre"></openllm-manifesto>`,
      );
      expect(part(el, 'cta')!.getAttribute('href')).to.equal('https://openllm-france.fr/rejoindre');
    });
  });

  describe('summary and disclosure', () => {
    it('shows a teaser and hides the full text until expanded', async () => {
      const el = await fixture<OpenLlmManifesto>(html`<openllm-manifesto variant="summary"></openllm-manifesto>`);
      const toggle = part(el, 'toggle') as HTMLButtonElement;
      const body = part(el, 'body')!;
      expect(part(el, 'teaser')!.textContent).to.contain('réellement Open Source');
      expect(toggle.textContent!.trim()).to.equal('Lire le manifeste');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(body.id);
      expect(body.hidden).to.equal(true);
      expect(getComputedStyle(body).display).to.equal('none');
      toggle.click();
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      // The label says what the button does now.
      expect(toggle.textContent!.trim()).to.equal('Refermer le manifeste');
      expect(body.hidden).to.equal(false);
      expect(getComputedStyle(body).display).to.not.equal('none');
    });

    it('opens and closes by keyboard, keeping focus on the toggle', async () => {
      const el = await fixture<OpenLlmManifesto>(html`<openllm-manifesto variant="summary"></openllm-manifesto>`);
      const toggle = part(el, 'toggle') as HTMLButtonElement;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
    });

    it('reaches the toggle, then the call to action, with Tab', async () => {
      const before = await fixture<HTMLDivElement>(
        html`<div><button id="before">avant</button><openllm-manifesto variant="summary"></openllm-manifesto></div>`,
      );
      const el = before.querySelector('openllm-manifesto')!;
      await el.updateComplete;
      before.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'toggle'));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'cta'));
    });

    it('starts expanded with the open attribute', async () => {
      const el = await fixture<OpenLlmManifesto>(html`<openllm-manifesto variant="summary" open></openllm-manifesto>`);
      expect(part(el, 'body')!.hidden).to.equal(false);
      expect(part(el, 'toggle')!.getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('events', () => {
    it('fires a bubbling, composed openllm-join-request without join-href', async () => {
      const el = await fixture<OpenLlmManifesto>(html`<openllm-manifesto></openllm-manifesto>`);
      const cta = part(el, 'cta') as HTMLButtonElement;
      expect(cta.localName).to.equal('button');
      expect(cta.textContent!.trim()).to.equal('Rejoindre la communauté');
      setTimeout(() => cta.click());
      const event = await oneEvent(document, 'openllm-join-request');
      expect(event).to.be.instanceOf(JoinRequestEvent);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.target).to.equal(el);
    });

    it('fires nothing when join-href makes the call to action a link', async () => {
      const el = await fixture<OpenLlmManifesto>(html`<openllm-manifesto join-href="#join"></openllm-manifesto>`);
      let fired = 0;
      el.addEventListener('openllm-join-request', () => fired++);
      (part(el, 'cta') as HTMLAnchorElement).click();
      expect(fired).to.equal(0);
    });
  });

  describe('language', () => {
    it('follows <html lang> and switches live', async () => {
      const el = await fixture<OpenLlmManifesto>(html`<openllm-manifesto variant="summary"></openllm-manifesto>`);
      await setPageLanguage('en-GB');
      await el.updateComplete;
      expect(part(el, 'toggle')!.textContent!.trim()).to.equal('Read the manifesto');
      expect(part(el, 'cta')!.textContent!.trim()).to.equal('Join the community');
      expect(text(el)).to.contain('truly open-source');
      await setPageLanguage('fr-FR');
      await el.updateComplete;
      expect(part(el, 'toggle')!.textContent!.trim()).to.equal('Lire le manifeste');
    });

    it('falls back to French for an unknown language', async () => {
      await setPageLanguage('en');
      const el = await fixture<OpenLlmManifesto>(html`<openllm-manifesto></openllm-manifesto>`);
      expect(part(el, 'cta')!.textContent!.trim()).to.equal('Join the community');
      await setPageLanguage('tlh');
      await el.updateComplete;
      expect(part(el, 'cta')!.textContent!.trim()).to.equal('Rejoindre la communauté');
    });

    it('keeps a page-set cta-label in every language', async () => {
      const el = await fixture<OpenLlmManifesto>(html`<openllm-manifesto cta-label="S’inscrire"></openllm-manifesto>`);
      await setPageLanguage('en');
      await el.updateComplete;
      expect(part(el, 'cta')!.textContent!.trim()).to.equal('S’inscrire');
    });
  });

  describe('theme', () => {
    const background = (el: OpenLlmManifesto) => getComputedStyle(part(el, 'base')!).backgroundColor;

    it('uses light colours by default and dark ones with theme="dark"', async () => {
      const el = await fixture<OpenLlmManifesto>(html`<openllm-manifesto></openllm-manifesto>`);
      expect(background(el)).to.equal('rgb(255, 255, 255)');
      el.theme = 'dark';
      await el.updateComplete;
      expect(background(el)).to.equal('rgb(18, 21, 42)');
    });

    it('follows prefers-color-scheme with theme="auto"', async () => {
      const el = await fixture<OpenLlmManifesto>(html`<openllm-manifesto theme="auto"></openllm-manifesto>`);
      await emulateMedia({ colorScheme: 'light' });
      expect(background(el)).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'dark' });
      expect(background(el)).to.equal('rgb(18, 21, 42)');
    });

    it('takes global and component tokens from the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="--openllm-color-surface: rgb(1, 2, 3); --openllm-manifesto-accent: rgb(200, 0, 0)">
          <openllm-manifesto></openllm-manifesto>
        </div>`,
      );
      const el = wrapper.firstElementChild as OpenLlmManifesto;
      await el.updateComplete;
      expect(background(el)).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'cta')!).backgroundColor).to.equal('rgb(200, 0, 0)');
    });

    it('keeps the host page styles out', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="font-family: 'Comic Sans MS'; letter-spacing: 9px; text-transform: uppercase">
          <openllm-manifesto></openllm-manifesto>
        </div>`,
      );
      const el = wrapper.firstElementChild as OpenLlmManifesto;
      const title = getComputedStyle(part(el, 'title')!);
      expect(title.letterSpacing).to.equal('normal');
      expect(title.textTransform).to.equal('none');
      expect(title.fontFamily).to.not.contain('Comic');
    });
  });

  describe('bad input', () => {
    for (const value of ['9', '0', 'abc', '2.5', '-1']) {
      it(`falls back to level 2 with a warning for heading-level="${value}"`, async () => {
        let el!: OpenLlmManifesto;
        const warnings = await captureWarnings(async () => {
          el = await fixture<OpenLlmManifesto>(html`<openllm-manifesto heading-level=${value}></openllm-manifesto>`);
        });
        expect(headings(el)[0]).to.equal('h2');
        expect(warnings.join('\n')).to.contain(`heading-level="${value}"`);
      });
    }

    it('refuses unsafe join-href values and keeps the button', async () => {
      for (const value of ['javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,hi', 'mailto:x@y.fr']) {
        let el!: OpenLlmManifesto;
        const warnings = await captureWarnings(async () => {
          el = await fixture<OpenLlmManifesto>(html`<openllm-manifesto join-href=${value}></openllm-manifesto>`);
        });
        expect(part(el, 'cta')!.localName, value).to.equal('button');
        expect(el.shadowRoot!.querySelector('[href^="javascript"], [href^="data"]')).to.equal(null);
        expect(warnings.join('\n')).to.contain('join-href=');
      }
    });

    it('treats an unknown variant as full and an unknown theme as light, with warnings', async () => {
      let el!: OpenLlmManifesto;
      const warnings = await captureWarnings(async () => {
        el = await fixture<OpenLlmManifesto>(
          html`<openllm-manifesto variant="poster" theme="purple"></openllm-manifesto>`,
        );
      });
      expect(part(el, 'body')!.hidden).to.equal(false);
      expect(part(el, 'toggle')).to.equal(null);
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(warnings.join('\n')).to.contain('variant="poster"').and.to.contain('theme="purple"');
    });

    it('ignores a second registration of its tag', async () => {
      const { define } = await import('../src/core/define.js');
      const { OpenLlmManifesto } = await import('../src/manifesto/manifesto.js');
      expect(() => define('openllm-manifesto', class extends HTMLElement {})).to.not.throw();
      expect(customElements.get('openllm-manifesto')).to.equal(OpenLlmManifesto);
    });
  });

  describe('accessibility', () => {
    for (const lang of ['fr', 'en']) {
      for (const theme of ['light', 'dark']) {
        it(`passes axe in ${lang}, ${theme}, full and summary (collapsed and open)`, async () => {
          await setPageLanguage(lang);
          const full = await fixture<OpenLlmManifesto>(html`<openllm-manifesto theme=${theme}></openllm-manifesto>`);
          await expect(full).to.be.accessible();
          const summary = await fixture<OpenLlmManifesto>(
            html`<openllm-manifesto variant="summary" theme=${theme}></openllm-manifesto>`,
          );
          await expect(summary).to.be.accessible();
          summary.open = true;
          await summary.updateComplete;
          await expect(summary).to.be.accessible();
        });
      }
    }
  });
});
