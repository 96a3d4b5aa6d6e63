import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import ICAL from 'ical.js';
import type { Meetup } from '../src/contracts/meetup.js';
import { googleCalendarUrl, outlookCalendarUrl, toUtcStamp, type CalendarEvent } from '../src/meetup/calendar.js';
import { escapeText, foldLine, stripControls, toIcs } from '../src/meetup/ics.js';
import { viewOf, type MeetupView } from '../src/meetup/view-model.js';

const event: CalendarEvent = {
  uid: 'meetup-2026-12@openllm-france.fr',
  title: 'Atelier OpenLLM : corpus, licences; modèles\\données',
  start: '2026-12-10T18:30:00+01:00',
  end: '2026-12-10T21:00:00+01:00',
  allDay: false,
  status: 'CONFIRMED',
  sequence: 0,
  organizer: 'OpenLLM France',
  description:
    'Ordre du jour :\n- Accueil\n- Corpus ouverts, licences et documentation des jeux de données d’entraînement',
  location: 'Villa Good Tech, 37 rue Pierre Poli, Issy-les-Moulineaux — salle « Éléphant »',
  url: 'https://example.org/inscription',
};

const NOW = new Date('2026-11-24T09:00:00Z');

const meetup = (more: Partial<Meetup> = {}): Meetup =>
  ({
    id: 'atelier-2026-12',
    title: 'Atelier corpus',
    start: '2026-12-10T18:30:00+01:00',
    end: '2026-12-10T21:00:00+01:00',
    timezone: 'Europe/Paris',
    status: 'scheduled',
    ...more,
  }) as Meetup;

/** The VEVENTs of an .ics file as ical.js reads them (which also proves that it reads the file). */
function parse(ics: string): ICAL.Component[] {
  for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
  expect(ics.endsWith('\r\n')).to.equal(true);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.name).to.equal('vcalendar');
  expect(calendar.getFirstPropertyValue('method')).to.equal('PUBLISH');
  return calendar.getAllSubcomponents('vevent');
}

/** A text as a calendar reads it back: newlines kept (as `\n`), the other control characters gone. */
const asRead = (text: string | undefined) => text?.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\t\n]/gu, '');

const property = (vevent: ICAL.Component, name: string) => vevent.getFirstPropertyValue(name) ?? undefined;

/** Each field and instant of a parsed VEVENT against the meetup's view, which was built from the input. */
function expectEntry(vevent: ICAL.Component, view: MeetupView): void {
  const { calendar } = view;
  const entry = new ICAL.Event(vevent);
  expect(entry.uid).to.equal(calendar.uid);
  expect(entry.summary).to.equal(asRead(view.meetup.title));
  expect(entry.description ?? undefined).to.equal(asRead(calendar.description));
  expect(entry.location ?? undefined).to.equal(asRead(calendar.location));
  expect(property(vevent, 'url')).to.equal(calendar.url);
  expect(property(vevent, 'status')).to.equal(calendar.status);
  expect(property(vevent, 'sequence')).to.equal(calendar.sequence);
  expect(property(vevent, 'dtstamp')?.toString()).to.equal('2026-11-24T09:00:00Z');
  const organizer = vevent.getFirstProperty('organizer')!;
  expect(organizer.getFirstValue()).to.equal('mailto:contact@openllm-france.fr');
  // A quote cannot be in a parameter value (RFC 5545 §3.2): it becomes an apostrophe.
  expect(organizer.getParameter('cn')).to.equal(
    asRead(view.meetup.organizer?.name ?? 'OpenLLM France')!.replace(/"/g, "'"),
  );
  expect(entry.startDate.isDate).to.equal(view.allDay);
  expect(entry.endDate.isDate).to.equal(view.allDay);
  if (view.allDay) {
    // Dates, with the end the day after the last day (RFC 5545 §3.6.1).
    expect(entry.startDate.toString()).to.equal(view.meetup.start);
    const lastDay = entry.endDate.clone();
    lastDay.adjust(-1, 0, 0, 0);
    expect(lastDay.toString()).to.equal(view.meetup.end);
  } else {
    expect(entry.startDate.zone?.tzid).to.equal('UTC');
    expect(entry.startDate.toJSDate().getTime()).to.equal(Date.parse(view.meetup.start));
    expect(entry.endDate.toJSDate().getTime()).to.equal(Date.parse(view.meetup.end));
    expect(entry.startDate.toJSDate().getTime()).to.equal(view.startAt.getTime());
    expect(entry.endDate.toJSDate().getTime()).to.equal(view.endAt.getTime());
  }
}

/** Writes the meetups' .ics, reads it back, and checks every entry. */
function roundTrip(...meetups: Meetup[]): ICAL.Component[] {
  const views = meetups.map((item) => viewOf(item, NOW));
  const vevents = parse(toIcs(views.length === 1 ? views[0]!.calendar : views.map((view) => view.calendar), NOW, '1'));
  expect(vevents).to.have.length(meetups.length);
  vevents.forEach((vevent, index) => expectEntry(vevent, views[index]!));
  return vevents;
}

const paramsOf = (url: string) => Object.fromEntries(new URL(url).searchParams);

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
      'STATUS:CONFIRMED',
      'SEQUENCE:0',
      'ORGANIZER;CN="OpenLLM France":mailto:contact@openllm-france.fr',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    expect(toIcs(event, NOW, '0.1.0')).to.equal(expected);
    expect(toIcs([event], NOW, '0.1.0')).to.equal(expected);
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

  it('escapes backslashes, semicolons, commas and every kind of newline, and drops control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(stripControls('a\u0007\nb\tc\u007f')).to.equal('ab\tc');
    expect(escapeText('a\u0000b\u0007c\td\u000be\u001ff\u007fg\u0085h')).to.equal('abc\tdefgh');
  });

  it('writes instants in UTC, whatever the offset', () => {
    expect(toUtcStamp('2025-03-30T03:30:00+02:00')).to.equal('20250330T013000Z');
  });

  describe('read back by ical.js', () => {
    it('an in-person meetup', () => {
      roundTrip(
        meetup({
          venue: 'Villa Good Tech',
          address: '37 rue Pierre Poli, Issy-les-Moulineaux',
          registrationUrl: 'https://example.org/inscription',
          agenda: [{ title: 'Accueil', speaker: 'Équipe', durationMinutes: 30 }],
        }),
      );
    });

    it('an online meetup: the livestream is its link and in its description', () => {
      const [vevent] = roundTrip(meetup({ streamUrl: 'https://live.example.org/', description: 'En ligne' }));
      expect(new ICAL.Event(vevent).description).to.equal('En ligne\nhttps://live.example.org/');
      expect(property(vevent!, 'url')).to.equal('https://live.example.org/');
      expect(property(vevent!, 'location')).to.equal(undefined);
    });

    it('a mixed meetup, with its own organizer', () => {
      const [vevent] = roundTrip(
        meetup({
          venue: 'Campus; salle 2',
          streamUrl: 'https://live.example.org/',
          registrationUrl: 'mailto:inscription@example.org',
          organizer: { name: 'OpenLLM "Europe": Paris, Lyon', url: 'https://example.org' },
        }),
      );
      expect(vevent!.getFirstProperty('organizer')!.getParameter('cn')).to.equal("OpenLLM 'Europe': Paris, Lyon");
      expect(property(vevent!, 'url')).to.equal('mailto:inscription@example.org');
    });

    it('a cancelled meetup: CANCELLED, one revision after the scheduled one', () => {
      const [vevent] = roundTrip(meetup({ status: 'cancelled' }));
      expect(property(vevent!, 'status')).to.equal('CANCELLED');
      expect(property(vevent!, 'sequence')).to.equal(1);
    });

    it('a postponed meetup: TENTATIVE', () => {
      const [vevent] = roundTrip(meetup({ status: 'postponed' }));
      expect(property(vevent!, 'status')).to.equal('TENTATIVE');
      expect(property(vevent!, 'sequence')).to.equal(1);
    });

    it('a rescheduled meetup: CONFIRMED, at its new time, with the SEQUENCE of the data', () => {
      const moved = meetup({
        status: 'rescheduled',
        previousStart: '2026-12-03T18:30:00+01:00',
        start: '2026-12-17T18:30:00+01:00',
        end: '2026-12-17T21:00:00+01:00',
        sequence: 3,
      });
      const [vevent] = roundTrip(moved);
      expect(property(vevent!, 'status')).to.equal('CONFIRMED');
      expect(property(vevent!, 'sequence')).to.equal(3);
      expect(property(vevent!, 'dtstart')?.toString()).to.equal('2026-12-17T17:30:00Z');
      expect(property(vevent!, 'uid')).to.equal('atelier-2026-12@openllm-france.fr');
    });

    it('a scheduled meetup is SEQUENCE 0', () => {
      expect(property(roundTrip(meetup())[0]!, 'sequence')).to.equal(0);
    });

    it('an all-day meetup of one day: DATE values, the end the next day', () => {
      const text = toIcs(viewOf(meetup({ start: '2026-12-10', end: '2026-12-10' }), NOW).calendar, NOW, '1');
      expect(text).to.include('\r\nDTSTART;VALUE=DATE:20261210\r\nDTEND;VALUE=DATE:20261211\r\n');
      const [vevent] = roundTrip(meetup({ start: '2026-12-10', end: '2026-12-10' }));
      expect(property(vevent!, 'dtend')?.toString()).to.equal('2026-12-11');
    });

    it('an all-day meetup over several days, across a month and a year', () => {
      const [vevent] = roundTrip(meetup({ start: '2026-12-30', end: '2027-01-02', id: undefined }));
      expect(property(vevent!, 'dtstart')?.toString()).to.equal('2026-12-30');
      expect(property(vevent!, 'dtend')?.toString()).to.equal('2027-01-03');
      expect(property(vevent!, 'uid')).to.equal('meetup-20261230@openllm-france.fr');
    });

    it('a timed meetup over several days, across the start of summer time in New York', () => {
      const [vevent] = roundTrip(
        meetup({ start: '2026-03-07T18:00:00-05:00', end: '2026-03-09T12:00:00-04:00', timezone: 'America/New_York' }),
      );
      expect(property(vevent!, 'dtstart')?.toString()).to.equal('2026-03-07T23:00:00Z');
      expect(property(vevent!, 'dtend')?.toString()).to.equal('2026-03-09T16:00:00Z');
    });

    it('a list: one VEVENT per meetup in one file', () => {
      const vevents = roundTrip(
        meetup({ id: 'a' }),
        meetup({ id: 'b', start: '2027-01-14', end: '2027-01-15', status: 'postponed' }),
        meetup({
          id: undefined,
          title: 'Sans id',
          start: '2027-02-11T18:30:00+01:00',
          end: '2027-02-11T21:00:00+01:00',
        }),
      );
      expect(vevents.map((vevent) => property(vevent, 'uid'))).to.deep.equal([
        'a@openllm-france.fr',
        'b@openllm-france.fr',
        'meetup-20270211T173000Z@openllm-france.fr',
      ]);
      expect(toIcs([], NOW, '1')).to.not.include('VEVENT');
    });

    it('drops control characters from every value, UID and URL included', () => {
      const text = toIcs(
        viewOf(
          meetup({
            id: 'id\u0007-1',
            title: 'Ann\u0007once',
            description: 'Ligne 1\u0007\nLigne\t2\u0000',
            venue: 'Salle\u001b 3',
            organizer: { name: 'Open\u0007LLM' },
          }),
          NOW,
        ).calendar,
        NOW,
        '1',
      );
      expect(text).to.not.match(/[^\P{Cc}\t\r\n]/u);
      const event = new ICAL.Event(parse(text)[0]);
      expect(event.uid).to.equal('id-1@openllm-france.fr');
      expect(event.summary).to.equal('Annonce');
      expect(event.description).to.equal('Ligne 1\nLigne\t2');
      expect(event.location).to.equal('Salle 3');
      expect(event.component.getFirstProperty('organizer')!.getParameter('cn')).to.equal('OpenLLM');
      const url = toIcs({ ...event, ...viewOf(meetup(), NOW).calendar, url: 'https://example.org/a\u0007b' }, NOW, '1');
      expect(url).to.include('\r\nURL:https://example.org/ab\r\n');
    });

    it('folds multi-byte text at 75 octets, and it reads back whole', () => {
      const title = `Rencontre 🤖 des modèles ouverts — ${'éèà œ 日本語 '.repeat(12)}`.trim();
      const [vevent] = roundTrip(
        meetup({
          title,
          description: 'Ω'.repeat(200),
          venue: '東京 '.repeat(40).trim(),
          organizer: { name: `Communauté ${'é'.repeat(100)}` },
        }),
      );
      expect(new ICAL.Event(vevent).summary).to.equal(title);
    });

    it('any text reads back as written, less its control characters', () => {
      fc.assert(
        fc.property(
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }),
          fc.string({ unit: 'binary-ascii', maxLength: 40 }),
          fc.string({ unit: 'binary', maxLength: 40 }),
          (title, ascii, any) => {
            const text = `${title}${ascii}${any}`;
            const vevent = parse(toIcs({ ...event, title: text, description: text }, NOW, '1'))[0]!;
            const expected = asRead(text);
            expect(property(vevent, 'summary')).to.equal(expected);
            expect(property(vevent, 'description')).to.equal(expected);
          },
        ),
      );
    });
  });

  describe('links', () => {
    it('builds the Google Calendar link: UTC times shown in the zone', () => {
      const url = new URL(googleCalendarUrl(event, 'Europe/Paris'));
      expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
      expect(paramsOf(url.href)).to.deep.equal({
        action: 'TEMPLATE',
        text: event.title,
        dates: '20261210T173000Z/20261210T200000Z',
        ctz: 'Europe/Paris',
        details: event.description,
        location: event.location,
      });
    });

    it('builds the Google Calendar link of an all-day meetup: dates, the end exclusive, no zone', () => {
      const allDay = { ...event, start: '2026-12-30', end: '2027-01-01', allDay: true };
      expect(paramsOf(googleCalendarUrl(allDay, 'Europe/Paris'))).to.deep.include({ dates: '20261230/20270102' });
      expect(paramsOf(googleCalendarUrl(allDay, 'Europe/Paris'))).to.not.have.property('ctz');
    });

    for (const [host, origin] of [
      ['live', 'https://outlook.live.com'],
      ['office', 'https://outlook.office.com'],
    ] as const) {
      it(`builds the ${host === 'live' ? 'Outlook.com' : 'Microsoft 365'} link: UTC without milliseconds, %20 for spaces`, () => {
        const href = outlookCalendarUrl(event, host);
        const url = new URL(href);
        expect(url.origin + url.pathname).to.equal(`${origin}/calendar/0/action/compose`);
        expect(paramsOf(href)).to.deep.equal({
          rru: 'addevent',
          startdt: '2026-12-10T17:30:00Z',
          enddt: '2026-12-10T20:00:00Z',
          subject: event.title,
          body: event.description,
          location: event.location,
        });
        expect(href).to.include('subject=Atelier%20OpenLLM%20');
        expect(href).to.not.include('+');
      });

      it(`builds the ${host} link of an all-day meetup: allday=true, dates, the end exclusive`, () => {
        const allDay = { ...event, start: '2026-12-10', end: '2026-12-10', allDay: true };
        expect(paramsOf(outlookCalendarUrl(allDay, host))).to.deep.include({
          allday: 'true',
          startdt: '2026-12-10',
          enddt: '2026-12-11',
        });
      });
    }

    it('uses Outlook.com by default, and works for a cancelled meetup too', () => {
      expect(outlookCalendarUrl(event)).to.match(/^https:\/\/outlook\.live\.com\//);
      const cancelled = viewOf(meetup({ status: 'cancelled', title: 'Annulé a+b' }), NOW).calendar;
      expect(paramsOf(outlookCalendarUrl(cancelled, 'office')).subject).to.equal('Annulé a+b');
      expect(outlookCalendarUrl(cancelled, 'office')).to.include('a%2Bb');
      expect(paramsOf(googleCalendarUrl(cancelled, 'Europe/Paris')).text).to.equal('Annulé a+b');
    });
  });
});
