import { expect, fixture, html } from '@open-wc/testing';
import '../src/manifesto/define.js';
import '../src/meetup/define.js';
import '../src/join/define.js';
import type { OpenLlmManifesto } from '../src/manifesto/manifesto.js';
import type { OpenLlmMeetup } from '../src/meetup/meetup.js';
import type { OpenLlmJoin } from '../src/join/join.js';
import { allLocales, sourceLocale } from '../src/generated/locale-codes.js';
import { getLocale } from '../src/core/locale.js';
import { setPageLanguage } from './helpers/locale.js';
import { part, text, eventually } from './helpers/dom.js';

/** Every language's messages, as lit-localize built them from the XLIFF files. */
const catalogues: Record<string, () => Promise<{ templates: Record<string, unknown> }>> = {
  en: () => import('../src/generated/locales/en.js'),
  de: () => import('../src/generated/locales/de.js'),
  es: () => import('../src/generated/locales/es.js'),
  it: () => import('../src/generated/locales/it.js'),
  nl: () => import('../src/generated/locales/nl.js'),
};

describe('every language', () => {
  afterEach(() => setPageLanguage(sourceLocale));

  it('has a catalogue for each target locale', () => {
    expect(Object.keys(catalogues).sort()).to.deep.equal(allLocales.filter((l) => l !== sourceLocale).sort());
  });

  for (const locale of allLocales.filter((l) => l !== sourceLocale)) {
    describe(locale, () => {
      let templates: Record<string, unknown>;
      before(async () => {
        ({ templates } = await catalogues[locale]!());
      });

      it('renders the manifesto, the meetup and the form in its words, and passes axe', async () => {
        await setPageLanguage(`${locale}-XX`);
        expect(getLocale()).to.equal(locale);
        const manifesto = await fixture<OpenLlmManifesto>(
          html`<openllm-manifesto variant="summary" open></openllm-manifesto>`,
        );
        // The content declares its language, whatever the page's (WCAG 3.1.2).
        expect(part(manifesto, 'base')!.lang).to.equal(locale);
        expect(text(part(manifesto, 'toggle'))).to.equal(templates['manifesto.toggle.close']);
        expect(text(part(manifesto, 'cta'))).to.equal(templates['manifesto.cta']);
        expect(text(manifesto.shadowRoot!.querySelector('h3'))).to.equal(templates['manifesto.about.heading']);
        await expect(manifesto).to.be.accessible();

        const join = await fixture<OpenLlmJoin>(html`<openllm-join></openllm-join>`);
        expect(text(part(join, 'submit'))).to.equal(templates['join.submit']);
        expect(part(join, 'base')!.lang).to.equal(locale);
        expect(join.shadowRoot!.textContent).to.contain(templates['join.label.email']);
        await expect(join).to.be.accessible();

        const meetup = await fixture<OpenLlmMeetup>(html`<openllm-meetup></openllm-meetup>`);
        meetup.now = new Date('2026-11-24T12:00:00Z');
        await eventually(() => part(meetup, 'title'), 'meetup not rendered');
        expect(text(part(meetup, 'title'))).to.equal(templates['meetup.inaugural.title']);
        expect(part(meetup, 'base')!.lang).to.equal(locale);
        // Dates come from Intl in the same language: the inaugural meetup was on 28 June 2023.
        const june = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'Europe/Paris' }).format(
          new Date('2023-06-28T18:30:00+02:00'),
        );
        expect(text(part(meetup, 'when'))).to.contain(june);
        await expect(meetup).to.be.accessible();
      });
    });
  }
});
