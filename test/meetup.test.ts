import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/meetup/define.js';
import type { OpenLlmMeetup } from '../src/meetup/meetup.js';
import type { MeetupCalendarEvent, MeetupRegisterEvent } from '../src/meetup/events.js';
import { captureWarnings, setPageLanguage } from './helpers/locale.js';
import { part, parts, text, eventually } from './helpers/dom.js';

const PARIS = 'Europe/Paris';
const feed = (name: string) => `${location.origin}/__feed/${name}`;

/** Waits until the element has left its loading state. */
async function settled(el: OpenLlmMeetup) {
  await el.updateComplete;
  await eventually(() => !part(el, 'loading') && el.shadowRoot!.childElementCount > 0, 'still loading');
  await el.updateComplete;
  return el;
}

/** A meetup element with a fixed clock and a visitor in Paris, once loaded. */
async function meetup(template: ReturnType<typeof html>, now = '2026-11-24T12:00:00Z', viewer = PARIS) {
  const el = await fixture<OpenLlmMeetup>(template);
  el.now = new Date(now);
  el.viewerTimeZone = viewer;
  return settled(el);
}

const single = (start: string, end: string, more = '') =>
  html`<openllm-meetup
    title="Atelier corpus ouverts"
    start=${start}
    end=${end}
    venue="Campus Jussieu"
    address="4 place Jussieu, Paris"
    registration-url="https://example.org/inscription"
    stream-url="https://example.org/direct"
    replay-url=${more}
  ></openllm-meetup>`;

/**
 * Clicks `button` and resolves to the .ics file it saves: its name and text. Anchor clicks are
 * recorded, not followed, so no file lands on disk.
 */
async function savedFile(button: HTMLElement): Promise<{ name: string; ics: string }> {
  const saved: HTMLAnchorElement[] = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    saved.push(this);
  };
  try {
    button.click();
    await eventually(() => saved.length, 'no download');
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  const [prefix, ...data] = saved[0]!.href.split(',');
  expect(prefix).to.equal('data:text/calendar;charset=utf-8');
  return { name: saved[0]!.download, ics: decodeURIComponent(data.join(',')) };
}

describe('<openllm-meetup>', () => {
  afterEach(() => setPageLanguage('fr'));

  describe('data sources and precedence', () => {
    it('shows the inaugural meetup when given nothing', async () => {
      const el = await meetup(html`<openllm-meetup></openllm-meetup>`);
      expect(text(part(el, 'title'))).to.equal('Meetup inaugural de la communauté OpenLLM France');
      expect(text(part(el, 'when')))
        .to.contain('mercredi 28 juin 2023')
        .and.to.contain('18:30 – 22:30');
      expect(text(part(el, 'where')))
        .to.contain('Villa Good Tech')
        .and.to.contain('37 rue Pierre Poli, Issy-les-Moulineaux');
      const agenda = [...part(el, 'agenda')!.querySelectorAll('li')].map(text);
      expect(agenda).to.have.length(5);
      expect(agenda[0]).to.contain('18:30').and.to.contain('30 min');
      expect(agenda[1]).to.contain('19:00').and.to.contain('Michel-Marie Maudet').and.to.contain('10 min');
      expect(agenda[4]).to.contain('19:50').and.to.contain('Hackathon');
      expect(text(part(el, 'status'))).to.equal('Événement passé');
    });

    it('shows the inaugural meetup in English on an English page', async () => {
      await setPageLanguage('en');
      const el = await meetup(html`<openllm-meetup></openllm-meetup>`);
      expect(text(part(el, 'title'))).to.equal('Inaugural meetup of the OpenLLM France community');
      expect(text(part(el, 'when'))).to.contain('Wednesday, June 28, 2023');
      expect(text(part(el, 'status'))).to.equal('Past event');
    });

    it('reads the attributes', async () => {
      const el = await meetup(single('2026-12-10T18:30:00+01:00', '2026-12-10T21:00:00+01:00'));
      expect(text(part(el, 'title'))).to.equal('Atelier corpus ouverts');
      expect(text(part(el, 'when')))
        .to.contain('jeudi 10 décembre 2026')
        .and.to.contain('18:30 – 21:00');
      expect(text(part(el, 'where'))).to.contain('Campus Jussieu — 4 place Jussieu, Paris');
      expect(part(el, 'where')!.querySelector('a')!.href).to.equal(
        'https://www.openstreetmap.org/search?query=4%20place%20Jussieu%2C%20Paris',
      );
    });

    it('prefers an inline JSON child to the attributes', async () => {
      const el = await meetup(
        html`<openllm-meetup title="Par attribut" start="2026-12-10T18:30:00+01:00" end="2026-12-10T21:00:00+01:00">
          <script type="application/json">
            { "title": "Par JSON", "start": "2027-01-05T19:00:00+01:00", "end": "2027-01-05T21:00:00+01:00" }
          </script>
        </openllm-meetup>`,
      );
      expect(text(part(el, 'title'))).to.equal('Par JSON');
    });

    it('prefers the src feed to everything else, and reloads when src changes', async () => {
      const el = await meetup(
        html`<openllm-meetup
          src=${feed('single')}
          title="Par attribut"
          start="2026-12-10T18:30:00+01:00"
          end="2026-12-10T21:00:00+01:00"
        >
          <script type="application/json">
            { "title": "Par JSON", "start": "2027-01-05T19:00:00+01:00", "end": "2027-01-05T21:00:00+01:00" }
          </script>
        </openllm-meetup>`,
      );
      expect(text(part(el, 'title'))).to.equal('Atelier corpus ouverts');
      el.src = feed('list');
      await el.updateComplete;
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('Futur proche');
    });

    it('shows a loading state of stable height while the feed loads', async () => {
      const el = await fixture<OpenLlmMeetup>(html`<openllm-meetup src=${feed('slow')}></openllm-meetup>`);
      await eventually(() => part(el, 'loading'), 'no placeholder');
      const loading = part(el, 'loading')!;
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      expect(text(loading)).to.equal('Chargement du meetup…');
      expect(loading.getBoundingClientRect().height).to.be.at.least(200);
      await expect(el).to.be.accessible();
      await settled(el);
      expect(part(el, 'title')).to.exist;
    });
  });

  describe('lifecycle with a fixed clock', () => {
    const start = '2026-12-10T18:30:00+01:00';
    const end = '2026-12-10T21:00:00+01:00';

    it('upcoming: how soon, registration first, livestream, calendar', async () => {
      const el = await meetup(single(start, end), '2026-12-07T17:30:00Z');
      expect(text(part(el, 'status'))).to.equal('À venir · dans 3 jours');
      const actions = [...part(el, 'actions')!.querySelectorAll('a')].map(text);
      expect(actions).to.deep.equal(['S’inscrire', 'Suivre en direct']);
      expect(part(el, 'primary-action')!.getAttribute('href')).to.equal('https://example.org/inscription');
      expect(part(el, 'calendar')).to.exist;
    });

    it('live: the livestream becomes the main action', async () => {
      const el = await meetup(single(start, end), '2026-12-10T18:00:00Z');
      expect(text(part(el, 'status'))).to.equal('En direct');
      expect(text(part(el, 'primary-action'))).to.equal('Suivre en direct maintenant');
      expect(part(el, 'primary-action')!.getAttribute('href')).to.equal('https://example.org/direct');
      expect(el.shadowRoot!.querySelector('a[href="https://example.org/inscription"]')).to.equal(null);
      expect(part(el, 'calendar')).to.equal(null);
    });

    it('past: no registration, the replay when there is one', async () => {
      const el = await meetup(single(start, end, 'https://example.org/replay'), '2026-12-11T10:00:00Z');
      expect(text(part(el, 'status'))).to.equal('Événement passé');
      expect(text(part(el, 'primary-action'))).to.equal('Voir le replay');
      expect(el.shadowRoot!.querySelector('a[href="https://example.org/inscription"]')).to.equal(null);
      expect(part(el, 'calendar')).to.equal(null);
      const withoutReplay = await meetup(single(start, end), '2026-12-11T10:00:00Z');
      expect(part(withoutReplay, 'actions')).to.equal(null);
    });

    it('says "in 3 days" in English', async () => {
      await setPageLanguage('en');
      const el = await meetup(single(start, end), '2026-12-07T17:30:00Z');
      expect(text(part(el, 'status'))).to.equal('Upcoming · in 3 days');
    });
  });

  describe('time zones', () => {
    it('names the meetup’s zone and adds nothing for a visitor on the same clock', async () => {
      const el = await meetup(html`<openllm-meetup></openllm-meetup>`, undefined, 'Europe/Brussels');
      expect(text(part(el, 'when'))).to.contain('heure d’été d’Europe centrale');
      expect(part(el, 'local-time')).to.equal(null);
    });

    it('adds the visitor’s own time when their zone differs', async () => {
      const el = await meetup(html`<openllm-meetup></openllm-meetup>`, undefined, 'America/Montreal');
      expect(text(part(el, 'local-time'))).to.equal('Chez vous : 12:30 – 16:30 (heure d’été de l’Est nord-américain)');
    });

    it('gives the visitor’s date too when it is another day for them', async () => {
      const el = await meetup(html`<openllm-meetup></openllm-meetup>`, undefined, 'Asia/Tokyo');
      expect(text(part(el, 'local-time')))
        .to.contain('jeudi 29 juin 2023')
        .and.to.contain('01:30 – 05:30');
    });

    it('is correct across a daylight-saving change', async () => {
      // Paris moves from 02:00 to 03:00 on 30 March 2025: 01:30 CET to 03:30 CEST is one hour.
      const el = await meetup(
        html`<openllm-meetup>
          <script type="application/json">
            {
              "title": "Nuit du changement d’heure",
              "start": "2025-03-30T01:30:00+01:00",
              "end": "2025-03-30T03:30:00+02:00",
              "agenda": [
                { "title": "Avant", "durationMinutes": 30 },
                { "title": "Après", "durationMinutes": 30 }
              ]
            }
          </script>
        </openllm-meetup>`,
        '2025-01-01T00:00:00Z',
        'America/New_York',
      );
      expect(text(part(el, 'when')))
        .to.contain('dimanche 30 mars 2025')
        .and.to.contain('01:30 – 03:30');
      expect(text(part(el, 'when'))).to.contain('heure normale d’Europe centrale');
      const times = [...part(el, 'agenda')!.querySelectorAll('time')].map(text);
      expect(times).to.deep.equal(['01:30', '03:00']);
      // New York is still on winter time's offset difference: 20:30 – 21:30 the day before.
      expect(text(part(el, 'local-time')))
        .to.contain('samedi 29 mars 2025')
        .and.to.contain('20:30 – 21:30');
    });
  });

  it('shows the visitor’s time when their offset differs only at the end (DST)', async () => {
    // Lagos stays at UTC+1; Paris moves to UTC+2 during this meetup.
    const el = await meetup(
      html`<openllm-meetup
        title="Nuit"
        start="2025-03-30T01:30:00+01:00"
        end="2025-03-30T03:30:00+02:00"
      ></openllm-meetup>`,
      '2025-01-01T00:00:00Z',
      'Africa/Lagos',
    );
    expect(text(part(el, 'local-time'))).to.contain('01:30 – 02:30');
  });

  describe('several meetups', () => {
    it('shows the next upcoming one', async () => {
      const el = await meetup(html`<openllm-meetup src=${feed('list')}></openllm-meetup>`, '2026-11-24T12:00:00Z');
      expect(parts(el, 'base')).to.have.length(1);
      expect(text(part(el, 'title'))).to.equal('Futur proche');
    });

    it('shows the latest past one when none is ahead', async () => {
      const el = await meetup(html`<openllm-meetup src=${feed('list')}></openllm-meetup>`, '2028-01-01T00:00:00Z');
      expect(text(part(el, 'title'))).to.equal('Futur lointain');
      expect(text(part(el, 'status'))).to.equal('Événement passé');
    });

    it('layout="list" shows them all, upcoming first', async () => {
      const el = await meetup(html`<openllm-meetup layout="list" src=${feed('list')}></openllm-meetup>`);
      expect(part(el, 'list')!.localName).to.equal('ul');
      expect(parts(el, 'title').map(text)).to.deep.equal([
        'Futur proche',
        'Futur lointain',
        'Passé récent',
        'Passé ancien',
      ]);
    });
  });

  describe('status, whole days and identity', () => {
    /** A meetup given as inline JSON. */
    const inline = (data: object) => {
      const el = document.createElement('openllm-meetup');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ title: 'Atelier', venue: 'Campus Jussieu', ...data });
      el.append(script);
      return html`${el}`;
    };
    const timed = { start: '2026-12-10T18:30:00+01:00', end: '2026-12-10T21:00:00+01:00' };

    it('a cancelled meetup says so, offers no registration, and only the .ics that updates calendars', async () => {
      const el = await meetup(inline({ ...timed, status: 'cancelled', registrationUrl: 'https://example.org/r' }));
      expect(text(part(el, 'status'))).to.equal('Annulé');
      expect(part(el, 'primary-action')).to.equal(null);
      expect(parts(el, 'calendar-choice').map(text)).to.deep.equal(['Fichier .ics']);
      expect(part(el, 'calendar')!.getAttribute('aria-label')).to.equal('Mettre à jour mon agenda');
    });

    it('a postponed meetup keeps its registration and says a new date will come', async () => {
      const el = await meetup(inline({ ...timed, status: 'postponed', registrationUrl: 'https://example.org/r' }));
      expect(text(part(el, 'status'))).to.equal('Reporté : nouvelle date à venir');
      expect(part(el, 'primary-action')!.getAttribute('href')).to.equal('https://example.org/r');
      expect(parts(el, 'calendar-choice')).to.have.length(4);
    });

    it('a rescheduled meetup shows its new date and the one it replaces', async () => {
      const el = await meetup(inline({ ...timed, status: 'rescheduled', previousStart: '2026-12-03T18:30:00+01:00' }));
      expect(text(part(el, 'when'))).to.contain('jeudi 10 décembre 2026');
      expect(text(part(el, 'previous-date'))).to.equal(
        'Nouvelle date : initialement prévu jeudi 3 décembre 2026 à 18:30',
      );
    });

    it('shows a whole day, and several, without hours or zone', async () => {
      const one = await meetup(
        inline({ start: '2026-12-12', end: '2026-12-12' }),
        '2026-11-24T12:00:00Z',
        'Asia/Tokyo',
      );
      expect(text(part(one, 'when'))).to.equal('samedi 12 décembre 2026');
      expect(part(one, 'local-time')).to.equal(null);
      const two = await meetup(inline({ start: '2026-12-12', end: '2026-12-13' }));
      expect(text(part(two, 'when'))).to.match(/12.*13 décembre 2026/);
      // Live on its last day, in its own zone, until midnight there.
      const live = await meetup(inline({ start: '2026-12-12', end: '2026-12-13' }), '2026-12-13T22:30:00Z');
      expect(text(part(live, 'status'))).to.equal('En direct');
    });

    it('meetup-id gives a meetup from attributes a UID that survives a new title', async () => {
      const uids: string[] = [];
      for (const title of ['Atelier corpus ouverts', 'Open corpora workshop']) {
        const el = await meetup(
          html`<openllm-meetup
            meetup-id="atelier-2026-12"
            title=${title}
            start="2026-12-10T18:30:00+01:00"
            end="2026-12-10T21:00:00+01:00"
          ></openllm-meetup>`,
        );
        const { ics } = await savedFile(part(el, 'calendar')!.querySelector('button')!);
        uids.push(/UID:([^\r]+)/.exec(ics)![1]!);
      }
      expect(uids).to.deep.equal(['atelier-2026-12@openllm-france.fr', 'atelier-2026-12@openllm-france.fr']);
    });
  });

  describe('events and calendar', () => {
    // Links would leave the test page: let the element's handlers run, then stop the navigation.
    const stay = (el: OpenLlmMeetup) => el.addEventListener('click', (event) => event.preventDefault());

    it('fires openllm-meetup-register when the registration link is followed', async () => {
      const el = await meetup(single('2026-12-10T18:30:00+01:00', '2026-12-10T21:00:00+01:00'));
      stay(el);
      setTimeout(() => part(el, 'primary-action')!.click());
      const event = (await oneEvent(document, 'openllm-meetup-register')) as MeetupRegisterEvent;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.url).to.equal('https://example.org/inscription');
    });

    it('offers .ics, Google, Outlook.com and Microsoft 365, and fires openllm-meetup-calendar with the choice', async () => {
      const el = await meetup(single('2026-12-10T18:30:00+01:00', '2026-12-10T21:00:00+01:00'));
      stay(el);
      const links = [...part(el, 'calendar')!.querySelectorAll('a')];
      expect(links.map(text)).to.deep.equal(['Google Agenda', 'Outlook.com', 'Microsoft 365']);
      expect(new URL(links[0].href).searchParams.get('dates')).to.equal('20261210T173000Z/20261210T200000Z');
      expect(new URL(links[1].href).host).to.equal('outlook.live.com');
      expect(new URL(links[2].href).host).to.equal('outlook.office.com');
      expect(new URL(links[1].href).searchParams.get('startdt')).to.equal('2026-12-10T17:30:00Z');
      for (const [link, kind] of [
        [links[0], 'google'],
        [links[1], 'outlook'],
        [links[2], 'microsoft365'],
      ] as const) {
        setTimeout(() => link.click());
        const event = (await oneEvent(el, 'openllm-meetup-calendar')) as MeetupCalendarEvent;
        expect(event.detail.kind).to.equal(kind);
        expect(event.composed).to.equal(true);
      }
    });

    it('downloads an .ics file made in the browser', async () => {
      const el = await meetup(single('2026-12-10T18:30:00+01:00', '2026-12-10T21:00:00+01:00'));
      const chosen = oneEvent(el, 'openllm-meetup-calendar') as Promise<MeetupCalendarEvent>;
      const { name, ics } = await savedFile(part(el, 'calendar')!.querySelector('button')!);
      expect((await chosen).detail.kind).to.equal('ics');
      expect(name).to.equal('atelier-corpus-ouverts.ics');
      expect(ics).to.contain('\r\nDTSTART:20261210T173000Z\r\nDTEND:20261210T200000Z\r\n');
      expect(ics).to.contain('SUMMARY:Atelier corpus ouverts\r\n');
      expect(ics).to.contain('LOCATION:Campus Jussieu\\, 4 place Jussieu\\, Paris\r\n');
      expect(ics).to.contain('DTSTAMP:20261124T120000Z');
      expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    });

    it('a list offers one .ics with every upcoming meetup', async () => {
      const el = await meetup(html`<openllm-meetup layout="list" src=${feed('list')}></openllm-meetup>`);
      const { name, ics } = await savedFile(part(el, 'calendar-all')!.querySelector('button')!);
      expect(name).to.equal('meetups-openllm-france.ics');
      const upcoming = el.shadowRoot!.querySelectorAll('article.upcoming').length;
      expect(upcoming).to.be.greaterThan(1);
      expect(ics.split('BEGIN:VEVENT').length - 1).to.equal(upcoming);
    });

    it('in an app’s built-in browser, the .ics button explains instead of saving nothing', async () => {
      const el = await meetup(single('2026-12-10T18:30:00+01:00', '2026-12-10T21:00:00+01:00'));
      const userAgent = Object.getOwnPropertyDescriptor(Navigator.prototype, 'userAgent')!;
      Object.defineProperty(navigator, 'userAgent', {
        configurable: true,
        get: () =>
          'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 300.0',
      });
      try {
        part(el, 'calendar')!.querySelector('button')!.click();
        await eventually(() => text(part(el, 'calendar-note')), 'no note');
      } finally {
        Object.defineProperty(navigator, 'userAgent', userAgent);
        delete (navigator as { userAgent?: string }).userAgent;
      }
      expect(part(el, 'calendar-note')!.getAttribute('role')).to.equal('status');
      expect(text(part(el, 'calendar-note'))).to.contain('ouvrez la page dans votre navigateur');
    });
  });

  describe('structured data', () => {
    it('adds a schema.org Event to the light DOM, safe from the data', async () => {
      const el = await meetup(html`<openllm-meetup structured-data src=${feed('hostile')}></openllm-meetup>`);
      await eventually(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
      const block = el.querySelector('script[type="application/ld+json"]')!;
      expect(block.textContent).to.not.contain('</script>');
      const data = JSON.parse(block.textContent!);
      expect(data['@type']).to.equal('Event');
      expect(data.name).to.contain('</script><b>gras</b>');
      expect(data.startDate).to.equal('2026-12-10T18:30:00+01:00');
      expect(data.url).to.equal(undefined); // the javascript: registration URL is left out
      el.structuredData = false;
      await eventually(() => !el.querySelector('script[type="application/ld+json"]'), 'JSON-LD still there');
    });
  });

  describe('bad feeds and hostile data', () => {
    const failing = async (name: string) => {
      let el!: OpenLlmMeetup;
      const warnings = await captureWarnings(async () => {
        el = await meetup(html`<openllm-meetup src=${feed(name)}></openllm-meetup>`);
      });
      return { el, warnings: warnings.join('\n') };
    };

    it('invalid JSON: a polite error and a console message', async () => {
      const { el, warnings } = await failing('not-json');
      expect(part(el, 'error')!.getAttribute('role')).to.equal('status');
      expect(text(part(el, 'error'))).to.contain('incomplètes ou invalides');
      expect(warnings).to.contain('is not valid JSON');
    });

    it('wrong types: the console names each wrong field', async () => {
      const { el, warnings } = await failing('wrong-types');
      expect(part(el, 'error')).to.exist;
      expect(warnings).to.contain('meetups[1].start: expected string');
      expect(warnings).to.contain('meetups[1].agenda[0].durationMinutes: expected number');
    });

    for (const [name, status] of [
      ['not-found', 404],
      ['server-error', 500],
    ] as const) {
      it(`HTTP ${status}: says it could not load, with a retry button`, async () => {
        const { el, warnings } = await failing(name);
        expect(text(part(el, 'error'))).to.contain('n’ont pas pu être chargées');
        expect(warnings).to.contain(`(HTTP ${status})`);
        el.src = feed('single');
        await settled(el);
        expect(part(el, 'title')).to.exist;
      });
    }

    it('the retry button loads again', async () => {
      const { el } = await failing(`flaky?key=${Date.now()}`);
      expect(part(el, 'error')).to.exist;
      part(el, 'error')!.querySelector('button')!.click();
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('Atelier corpus ouverts');
    });

    it('stops reading a streamed feed once it is too large', async () => {
      const { el, warnings } = await failing('huge-chunked');
      expect(part(el, 'error')).to.exist;
      expect(warnings).to.contain('too large');
    });

    it('a heading-level that is not a number gives level 2', async () => {
      const el = await meetup(html`<openllm-meetup heading-level="abc"></openllm-meetup>`);
      expect(part(el, 'title')!.localName).to.equal('h2');
    });

    it('a feed that is too large is refused', async () => {
      const { el, warnings } = await failing('huge');
      expect(part(el, 'error')).to.exist;
      expect(warnings).to.contain('too large');
    });

    it('an unreachable host and a src that is not http(s)', async () => {
      const refused = await captureWarnings(async () => {
        const el = await meetup(html`<openllm-meetup src="http://127.0.0.1:9/feed.json"></openllm-meetup>`);
        expect(text(part(el, 'error'))).to.contain('n’ont pas pu être chargées');
      });
      expect(refused.join('\n')).to.contain('could not load');
      const scripted = await captureWarnings(async () => {
        const el = await meetup(html`<openllm-meetup src="javascript:alert(1)"></openllm-meetup>`);
        expect(part(el, 'error')).to.exist;
      });
      expect(scripted.join('\n')).to.contain('src="javascript:alert(1)" is not an http(s) URL');
    });

    it('invalid attributes: the console names the field', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await meetup(
          html`<openllm-meetup
            title="X"
            start="demain"
            end="2026-12-10T21:00:00+01:00"
            timezone="Mars/Olympus"
          ></openllm-meetup>`,
        );
        expect(part(el, 'error')).to.exist;
      });
      expect(warnings.join('\n'))
        .to.contain('start: expected an ISO 8601 date, or date-time with offset')
        .and.to.contain('timezone: not a known IANA time zone');
    });

    it('an end before the start is refused', async () => {
      const warnings = await captureWarnings(() =>
        meetup(
          html`<openllm-meetup
            title="X"
            start="2026-12-10T21:00:00+01:00"
            end="2026-12-10T18:00:00+01:00"
          ></openllm-meetup>`,
        ),
      );
      expect(warnings.join('\n')).to.contain('end: must be after start');
    });

    it('shows markup as text and hostile URLs as plain text, reported in the console', async () => {
      const { el, warnings } = await failing('hostile');
      expect(text(part(el, 'title'))).to.contain('<img src=x onerror="window.__pwned=1">Meetup </script><b>gras</b>');
      expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.filter((href) => /^(javascript|data):/i.test(href.trim()))).to.deep.equal([]);
      expect(text(part(el, 'actions')))
        .to.contain('javascript:window.__pwned=1')
        .and.to.contain('JaVaScRiPt:window.__pwned=1');
      expect(warnings)
        .to.contain('registrationUrl "javascript:window.__pwned=1"')
        .and.to.contain('streamUrl "JaVaScRiPt:window.__pwned=1"');
    });
  });

  describe('accessibility', () => {
    for (const [lang, theme] of [
      ['fr', 'light'],
      ['en', 'dark'],
    ]) {
      it(`passes axe in every state (${lang}, ${theme})`, async () => {
        await setPageLanguage(lang);
        const states = {
          upcoming: [
            '2026-12-07T17:30:00Z',
            html`<openllm-meetup theme=${theme} src=${feed('single')}></openllm-meetup>`,
          ],
          live: ['2026-12-10T18:00:00Z', html`<openllm-meetup theme=${theme} src=${feed('single')}></openllm-meetup>`],
          past: ['2027-01-01T00:00:00Z', html`<openllm-meetup theme=${theme}></openllm-meetup>`],
          list: [
            '2026-11-24T12:00:00Z',
            html`<openllm-meetup theme=${theme} layout="list" src=${feed('list')}></openllm-meetup>`,
          ],
          error: [
            '2026-11-24T12:00:00Z',
            html`<openllm-meetup theme=${theme} src=${feed('not-found')}></openllm-meetup>`,
          ],
        } as const;
        for (const [state, [now, template]] of Object.entries(states)) {
          let el!: OpenLlmMeetup;
          await captureWarnings(async () => {
            el = await meetup(template, now, 'America/Montreal');
          });
          await expect(el, state).to.be.accessible();
        }
      });
    }
  });
});
