import { expect } from '@open-wc/testing';
import {
  escapeText,
  foldLine,
  googleCalendarUrl,
  outlookCalendarUrl,
  toIcs,
  toUtcStamp,
  type CalendarEvent,
} from '../src/meetup/calendar.js';

const event: CalendarEvent = {
  uid: 'meetup-2026-12@openllm-france.fr',
  title: 'Atelier OpenLLM : corpus, licences; modèles\\données',
  start: '2026-12-10T18:30:00+01:00',
  end: '2026-12-10T21:00:00+01:00',
  description:
    'Ordre du jour :\n- Accueil\n- Corpus ouverts, licences et documentation des jeux de données d’entraînement',
  location: 'Villa Good Tech, 37 rue Pierre Poli, Issy-les-Moulineaux — salle « Éléphant »',
  url: 'https://example.org/inscription',
};

describe('calendar', () => {
  it('writes the exact iCalendar text: CRLF, UTC times, escaping and folding at 75 octets', () => {
    const expected = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//OpenLLM France//widgets 0.1.0//FR',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:meetup-2026-12@openllm-france.fr',
      'DTSTAMP:20261124T090000Z',
      'DTSTART:20261210T173000Z',
      'DTEND:20261210T200000Z',
      String.raw`SUMMARY:Atelier OpenLLM : corpus\, licences\; modèles\\données`,
      String.raw`DESCRIPTION:Ordre du jour :\n- Accueil\n- Corpus ouverts\, licences et docu`,
      ' mentation des jeux de données d’entraînement',
      String.raw`LOCATION:Villa Good Tech\, 37 rue Pierre Poli\, Issy-les-Moulineaux — sal`,
      ' le « Éléphant »',
      'URL:https://example.org/inscription',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    expect(toIcs(event, new Date('2026-11-24T09:00:00Z'), '0.1.0')).to.equal(expected);
  });

  it('never splits a multi-byte character when folding', () => {
    const line = `${'a'.repeat(74)}é${'b'.repeat(80)}`;
    const [first, second, third] = foldLine(line).split('\r\n');
    expect(first).to.equal('a'.repeat(74)); // 74 octets: "é" (2 octets) would make 76
    expect(second).to.equal(` é${'b'.repeat(72)}`);
    expect(third).to.equal(` ${'b'.repeat(8)}`);
    for (const part of foldLine(line).split('\r\n')) expect(new TextEncoder().encode(part).length).to.be.at.most(75);
    expect(foldLine('short')).to.equal('short');
  });

  it('escapes backslashes, semicolons, commas and every kind of newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('writes instants in UTC, whatever the offset', () => {
    expect(toUtcStamp('2025-03-30T03:30:00+02:00')).to.equal('20250330T013000Z');
  });

  it('builds the Google Calendar link', () => {
    const url = new URL(googleCalendarUrl(event, 'Europe/Paris'));
    expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      action: 'TEMPLATE',
      text: event.title,
      dates: '20261210T173000Z/20261210T200000Z',
      ctz: 'Europe/Paris',
      details: event.description,
      location: event.location,
    });
  });

  it('builds the Outlook link', () => {
    const url = new URL(outlookCalendarUrl(event));
    expect(url.origin + url.pathname).to.equal('https://outlook.live.com/calendar/0/deeplink/compose');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      path: '/calendar/action/compose',
      rru: 'addevent',
      subject: event.title,
      startdt: '2026-12-10T17:30:00.000Z',
      enddt: '2026-12-10T20:00:00.000Z',
      body: event.description,
      location: event.location,
    });
  });
});
