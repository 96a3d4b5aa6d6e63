import { expect } from '@open-wc/testing';
import type { Meetup } from '../src/contracts/meetup.js';
import { endInstantOf, instantOf, isDateOnly, nextDay, startOfDay } from '../src/meetup/dates.js';
import { attendanceOf, instantsOf, lifecycleOf, linksOf, uidOf, viewOf, viewsOf } from '../src/meetup/view-model.js';
import { icsFileName, LIST_ICS_FILE_NAME } from '../src/meetup/ics.js';
import { structuredDataOf } from '../src/meetup/structured-data.js';

// The meetup's view model on its own: pure functions of the data and the clock.

const meetup = (title: string, start: string, end: string, more: Partial<Meetup> = {}): Meetup =>
  ({
    title,
    start,
    end,
    timezone: 'Europe/Paris',
    status: 'scheduled',
    ...more,
  }) as Meetup;
const at = (iso: string) => new Date(iso);
const iso = (date: Date) => date.toISOString();

describe('meetup view model', () => {
  const past = meetup('Passé', '2026-01-10T18:00:00Z', '2026-01-10T20:00:00Z');
  const older = meetup('Plus ancien', '2025-06-10T18:00:00Z', '2025-06-10T20:00:00Z');
  const live = meetup('En cours', '2026-11-24T11:00:00Z', '2026-11-24T13:00:00Z');
  const soon = meetup('Bientôt', '2026-12-01T18:00:00Z', '2026-12-01T20:00:00Z');
  const later = meetup('Plus tard', '2027-03-01T18:00:00Z', '2027-03-01T20:00:00Z');
  const now = at('2026-11-24T12:00:00Z');

  it('tells upcoming, live and past apart at the exact instants', () => {
    expect(lifecycleOf(soon, at('2026-12-01T17:59:59.999Z'))).to.equal('upcoming');
    expect(lifecycleOf(soon, at('2026-12-01T18:00:00Z'))).to.equal('live');
    expect(lifecycleOf(soon, at('2026-12-01T20:00:00Z'))).to.equal('past');
  });

  it('orders live and upcoming ones first, soonest first, then past ones, latest first', () => {
    const titles = viewsOf([older, later, past, soon, live], now, 'list').map((view) => view.meetup.title);
    expect(titles).to.deep.equal(['En cours', 'Bientôt', 'Plus tard', 'Passé', 'Plus ancien']);
    expect(viewsOf([older, later, past, soon, live], now, 'card').map((view) => view.meetup.title)).to.deep.equal([
      'En cours',
    ]);
    expect(viewsOf([older, past], now, 'card')[0]!.meetup.title).to.equal('Passé');
  });

  it('orders all-day meetups by the midnight that begins them in their zone', () => {
    // Auckland's 1 December begins on 30 November in UTC, before Paris's 30 November evening.
    const auckland = meetup('Auckland', '2026-12-01', '2026-12-01', { timezone: 'Pacific/Auckland' });
    const paris = meetup('Paris', '2026-11-30T20:00:00+01:00', '2026-11-30T22:00:00+01:00');
    expect(viewsOf([paris, auckland], now, 'list').map((view) => view.meetup.title)).to.deep.equal([
      'Auckland',
      'Paris',
    ]);
  });

  describe('dates', () => {
    it('tells plain dates from date-times', () => {
      expect(isDateOnly('2026-12-10')).to.equal(true);
      expect(isDateOnly('2026-12-10T18:00:00Z')).to.equal(false);
      expect(isDateOnly('20261210')).to.equal(false);
    });

    it('gives the next day across months, years and leap days', () => {
      expect(nextDay('2026-12-31')).to.equal('2027-01-01');
      expect(nextDay('2028-02-28')).to.equal('2028-02-29');
      expect(nextDay('2027-02-28')).to.equal('2027-03-01');
    });

    it('finds midnight in a zone, on the days summer time starts and ends', () => {
      expect(iso(startOfDay('2026-12-10', 'Europe/Paris'))).to.equal('2026-12-09T23:00:00.000Z');
      expect(iso(startOfDay('2026-07-10', 'Europe/Paris'))).to.equal('2026-07-09T22:00:00.000Z');
      expect(iso(startOfDay('2026-03-29', 'Europe/Paris'))).to.equal('2026-03-28T23:00:00.000Z');
      expect(iso(startOfDay('2026-03-30', 'Europe/Paris'))).to.equal('2026-03-29T22:00:00.000Z');
      expect(iso(startOfDay('2026-12-10', 'UTC'))).to.equal('2026-12-10T00:00:00.000Z');
      expect(iso(startOfDay('2026-12-10', 'Asia/Kolkata'))).to.equal('2026-12-09T18:30:00.000Z');
      expect(iso(startOfDay('2026-12-10', 'Pacific/Chatham'))).to.equal('2026-12-09T10:15:00.000Z');
    });

    it('finds the start of a day whose midnight the clock skips or repeats (Chile)', () => {
      // 6 September 2026: 00:00 (UTC−4) becomes 01:00 (UTC−3); the day begins then.
      expect(iso(startOfDay('2026-09-06', 'America/Santiago'))).to.equal('2026-09-06T04:00:00.000Z');
      // 5 April 2026: 00:00 (UTC−3) becomes 23:00 (UTC−4) the day before; midnight comes once, at UTC−4.
      expect(iso(startOfDay('2026-04-05', 'America/Santiago'))).to.equal('2026-04-05T04:00:00.000Z');
      expect(iso(startOfDay('2026-04-04', 'America/Santiago'))).to.equal('2026-04-04T03:00:00.000Z');
    });

    it('reads instants as they are, and plain dates in the zone, the end exclusive', () => {
      expect(iso(instantOf('2026-12-10T18:30:00+01:00', 'America/New_York'))).to.equal('2026-12-10T17:30:00.000Z');
      expect(iso(instantOf('2026-12-10', 'America/New_York'))).to.equal('2026-12-10T05:00:00.000Z');
      expect(iso(endInstantOf('2026-12-10', 'America/New_York'))).to.equal('2026-12-11T05:00:00.000Z');
      expect(iso(endInstantOf('2026-12-10T21:00:00+01:00', 'America/New_York'))).to.equal('2026-12-10T20:00:00.000Z');
    });
  });

  describe('lifecycle of all-day meetups', () => {
    it('a single day in Paris: from its midnight to the next', () => {
      const day = meetup('Journée', '2026-12-10', '2026-12-10');
      expect(lifecycleOf(day, at('2026-12-09T22:59:59.999Z'))).to.equal('upcoming');
      expect(lifecycleOf(day, at('2026-12-09T23:00:00Z'))).to.equal('live');
      expect(lifecycleOf(day, at('2026-12-10T22:59:59.999Z'))).to.equal('live');
      expect(lifecycleOf(day, at('2026-12-10T23:00:00Z'))).to.equal('past');
    });

    it('the same day in Auckland and in Los Angeles: their own midnights', () => {
      const auckland = meetup('Auckland', '2026-12-10', '2026-12-10', { timezone: 'Pacific/Auckland' });
      const angeles = meetup('LA', '2026-12-10', '2026-12-10', { timezone: 'America/Los_Angeles' });
      const noonUtc = at('2026-12-10T12:00:00Z'); // 01:00 on the 11th in Auckland, 04:00 on the 10th in LA
      expect(lifecycleOf(auckland, noonUtc)).to.equal('past');
      expect(lifecycleOf(angeles, noonUtc)).to.equal('live');
      expect(lifecycleOf(auckland, at('2026-12-09T10:59:59Z'))).to.equal('upcoming');
      expect(lifecycleOf(auckland, at('2026-12-09T11:00:00Z'))).to.equal('live');
      expect(lifecycleOf(angeles, at('2026-12-11T07:59:59Z'))).to.equal('live');
      expect(lifecycleOf(angeles, at('2026-12-11T08:00:00Z'))).to.equal('past');
    });

    it('several days across the start of summer time (Los Angeles): the end is an hour nearer in UTC', () => {
      const days = meetup('Festival', '2026-03-07', '2026-03-09', { timezone: 'America/Los_Angeles' });
      const { startAt, endAt } = instantsOf(days);
      expect(iso(startAt)).to.equal('2026-03-07T08:00:00.000Z'); // PST, UTC−8
      expect(iso(endAt)).to.equal('2026-03-10T07:00:00.000Z'); // PDT, UTC−7
      expect(lifecycleOf(days, at('2026-03-10T06:59:59Z'))).to.equal('live');
      expect(lifecycleOf(days, at('2026-03-10T07:00:00Z'))).to.equal('past');
    });

    it('a timed meetup over several days in another zone', () => {
      const days = meetup('Hackathon', '2026-10-24T09:00:00+02:00', '2026-10-26T18:00:00+01:00');
      expect(lifecycleOf(days, at('2026-10-25T12:00:00Z'))).to.equal('live');
      expect(lifecycleOf(days, at('2026-10-26T17:00:00Z'))).to.equal('past');
    });
  });

  it('keeps only safe links, and the others as text to report', () => {
    const links = linksOf(
      meetup('Liens', soon.start, soon.end, {
        registrationUrl: 'mailto:inscription@example.org',
        streamUrl: 'javascript:alert(1)',
        replayUrl: 'https://example.org/replay',
      }),
    );
    expect(links.registrationUrl).to.equal('mailto:inscription@example.org');
    expect(links.streamUrl).to.equal(undefined);
    expect(links.replayUrl).to.equal('https://example.org/replay');
    expect(links.unsafe).to.deep.equal({ streamUrl: 'javascript:alert(1)' });
  });

  it('builds one calendar entry per meetup, with its agenda and a stable id when the data has one', () => {
    const [view] = viewsOf(
      [
        meetup('Atelier', soon.start, soon.end, {
          id: 'atelier-2026-12',
          venue: 'Campus',
          address: '4 place Jussieu, Paris',
          agenda: [{ title: 'Accueil', speaker: 'Équipe', durationMinutes: 30 }],
          registrationUrl: 'https://example.org/inscription',
        }),
      ],
      now,
      'card',
    );
    expect(view!.calendar).to.deep.include({
      uid: 'atelier-2026-12@openllm-france.fr',
      location: 'Campus, 4 place Jussieu, Paris',
      description: '- Accueil (Équipe)',
      url: 'https://example.org/inscription',
      allDay: false,
      status: 'CONFIRMED',
      sequence: 0,
      organizer: 'OpenLLM France',
    });
  });

  it('maps each status to the calendar’s, one revision after the scheduled one unless the data says', () => {
    const entry = (more: Partial<Meetup>) => viewOf(meetup('M', soon.start, soon.end, more), now).calendar;
    expect(entry({ status: 'scheduled' })).to.include({ status: 'CONFIRMED', sequence: 0 });
    expect(entry({ status: 'rescheduled' })).to.include({ status: 'CONFIRMED', sequence: 1 });
    expect(entry({ status: 'postponed' })).to.include({ status: 'TENTATIVE', sequence: 1 });
    expect(entry({ status: 'cancelled' })).to.include({ status: 'CANCELLED', sequence: 1 });
    expect(entry({ status: 'cancelled', sequence: 4 })).to.include({ sequence: 4 });
    expect(entry({ status: undefined })).to.include({ status: 'CONFIRMED', sequence: 0 });
    expect(entry({ organizer: { name: 'OpenLLM Europe' } }).organizer).to.equal('OpenLLM Europe');
  });

  it('gives the view what the card shows: all-day, status, attendance and instants', () => {
    const view = viewOf(
      meetup('Reporté', '2026-12-17', '2026-12-18', { status: 'rescheduled', previousStart: '2026-12-10' }),
      now,
    );
    expect(view).to.include({ allDay: true, status: 'rescheduled', attendance: 'in-person', lifecycle: 'upcoming' });
    expect(iso(view.startAt)).to.equal('2026-12-16T23:00:00.000Z');
    expect(iso(view.endAt)).to.equal('2026-12-18T23:00:00.000Z');
    expect(iso(view.previousStartAt!)).to.equal('2026-12-09T23:00:00.000Z');
    expect(viewOf(soon, now).previousStartAt).to.equal(undefined);
  });

  describe('calendar UID', () => {
    it('stays the same when the title changes (translated), from the id or else the start', () => {
      const fr = meetup('Atelier', soon.start, soon.end, { id: 'atelier' });
      const en = { ...fr, title: 'Workshop' };
      expect(uidOf(fr)).to.equal('atelier@openllm-france.fr');
      expect(uidOf(en)).to.equal(uidOf(fr));
      const noId = meetup('Atelier', '2026-12-01T19:00:00+01:00', soon.end);
      expect(uidOf(noId)).to.equal('meetup-20261201T180000Z@openllm-france.fr');
      expect(uidOf({ ...noId, title: 'Workshop' })).to.equal(uidOf(noId));
      expect(uidOf(meetup('Journée', '2026-12-10', '2026-12-11'))).to.equal('meetup-20261210@openllm-france.fr');
    });

    it('stays the same when a meetup without id is rescheduled: from when it was first planned', () => {
      const first = meetup('Atelier', '2026-12-01T19:00:00+01:00', '2026-12-01T21:00:00+01:00');
      const moved = meetup('Atelier', '2026-12-08T19:00:00+01:00', '2026-12-08T21:00:00+01:00', {
        status: 'rescheduled',
        previousStart: first.start,
      });
      expect(uidOf(moved)).to.equal(uidOf(first));
    });
  });

  describe('attendance', () => {
    const links = { unsafe: {} };
    const stream = { streamUrl: 'https://live.example.org/', unsafe: {} };
    it('is the data’s when given, else found from the place and the livestream', () => {
      expect(attendanceOf(meetup('M', soon.start, soon.end, { attendance: 'online' }), links)).to.equal('online');
      expect(attendanceOf(meetup('M', soon.start, soon.end, { venue: 'Campus' }), stream)).to.equal('mixed');
      expect(attendanceOf(meetup('M', soon.start, soon.end, { address: '1 rue A' }), stream)).to.equal('mixed');
      expect(attendanceOf(meetup('M', soon.start, soon.end), stream)).to.equal('online');
      expect(attendanceOf(meetup('M', soon.start, soon.end, { venue: 'Campus' }), links)).to.equal('in-person');
      expect(attendanceOf(meetup('M', soon.start, soon.end), links)).to.equal('in-person');
    });

    it('counts only a safe livestream', () => {
      const unsafe = meetup('M', soon.start, soon.end, { venue: 'Campus', streamUrl: 'javascript:alert(1)' });
      expect(viewOf(unsafe, now).attendance).to.equal('in-person');
    });
  });

  describe('structured data', () => {
    const ld = (more: Partial<Meetup> = {}, base = soon) =>
      JSON.parse(JSON.stringify(structuredDataOf([viewOf({ ...base, ...more }, now)])[0])) as Record<string, unknown>;
    const SCHEMA = 'https://schema.org/';
    const place = {
      venue: 'Villa Good Tech',
      address: '37 rue Pierre Poli, Issy-les-Moulineaux',
    };
    const stream = 'https://live.example.org/';

    it('describes a meetup to search engines, without empty fields', () => {
      const event = ld();
      expect(event).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'Event',
        name: 'Bientôt',
        startDate: soon.start,
        endDate: soon.end,
        eventStatus: `${SCHEMA}EventScheduled`,
        eventAttendanceMode: `${SCHEMA}OfflineEventAttendanceMode`,
        organizer: { '@type': 'Organization', name: 'OpenLLM France', url: 'https://github.com/OpenLLM-France' },
      });
    });

    it('in person: the place and its address', () => {
      expect(ld({ ...place, description: 'Rencontre' })).to.deep.include({
        description: 'Rencontre',
        eventAttendanceMode: `${SCHEMA}OfflineEventAttendanceMode`,
        location: {
          '@type': 'Place',
          name: 'Villa Good Tech',
          address: { '@type': 'PostalAddress', streetAddress: '37 rue Pierre Poli, Issy-les-Moulineaux' },
        },
      });
      expect(ld({ venue: 'Campus' }).location).to.deep.equal({ '@type': 'Place', name: 'Campus' });
    });

    it('online: the livestream as a virtual location', () => {
      expect(ld({ streamUrl: stream })).to.deep.include({
        eventAttendanceMode: `${SCHEMA}OnlineEventAttendanceMode`,
        location: { '@type': 'VirtualLocation', url: stream },
      });
      // Online as the data says: the place is not where people go.
      expect(ld({ ...place, streamUrl: stream, attendance: 'online' }).location).to.deep.equal({
        '@type': 'VirtualLocation',
        url: stream,
      });
    });

    it('mixed: both locations', () => {
      const event = ld({ ...place, streamUrl: stream });
      expect(event.eventAttendanceMode).to.equal(`${SCHEMA}MixedEventAttendanceMode`);
      expect(event.location).to.deep.equal([
        {
          '@type': 'Place',
          name: place.venue,
          address: { '@type': 'PostalAddress', streetAddress: place.address },
        },
        { '@type': 'VirtualLocation', url: stream },
      ]);
    });

    it('in person as the data says: no virtual location, even with a livestream', () => {
      const event = ld({ ...place, streamUrl: stream, attendance: 'in-person' });
      expect(event.eventAttendanceMode).to.equal(`${SCHEMA}OfflineEventAttendanceMode`);
      expect(event.location).to.deep.include({ '@type': 'Place' });
    });

    it('says each status, and the previous start of a rescheduled meetup', () => {
      expect(ld({ status: 'cancelled' }).eventStatus).to.equal(`${SCHEMA}EventCancelled`);
      expect(ld({ status: 'postponed' }).eventStatus).to.equal(`${SCHEMA}EventPostponed`);
      const moved = ld({ status: 'rescheduled', previousStart: '2026-11-28T18:00:00Z' });
      expect(moved).to.include({
        eventStatus: `${SCHEMA}EventRescheduled`,
        previousStartDate: '2026-11-28T18:00:00Z',
      });
      expect(ld({ status: 'scheduled', previousStart: '2026-11-28T18:00:00Z' })).to.not.have.property(
        'previousStartDate',
      );
    });

    it('offers a free place from the registration page, or at the given price', () => {
      const offer = {
        '@type': 'Offer',
        url: 'https://example.org/inscription',
        price: 0,
        priceCurrency: 'EUR',
        availability: `${SCHEMA}InStock`,
      };
      expect(ld({ registrationUrl: offer.url })).to.deep.include({ url: offer.url, offers: offer });
      expect(ld({ registrationUrl: offer.url, price: 15, priceCurrency: 'CHF' }).offers).to.deep.equal({
        ...offer,
        price: 15,
        priceCurrency: 'CHF',
      });
      // Google asks to keep the offers of a cancelled event.
      expect(ld({ registrationUrl: offer.url, status: 'cancelled' }).offers).to.deep.equal(offer);
      // A mailto link is for people; an unsafe one is never written.
      expect(ld({ registrationUrl: 'mailto:inscription@example.org' })).to.not.have.any.keys('offers', 'url');
      expect(ld({ registrationUrl: 'javascript:alert(1)' })).to.not.have.any.keys('offers', 'url');
    });

    it('names the agenda’s speakers once each as performers', () => {
      const agenda = [
        { title: 'Accueil', durationMinutes: 10 },
        { title: 'Corpus', speaker: 'Anne', durationMinutes: 20 },
        { title: 'Modèles', speaker: 'Karim', durationMinutes: 20 },
        { title: 'Questions', speaker: 'Anne', durationMinutes: 10 },
      ];
      expect(ld({ agenda }).performer).to.deep.equal([
        { '@type': 'Person', name: 'Anne' },
        { '@type': 'Person', name: 'Karim' },
      ]);
      expect(ld({ agenda: [agenda[0]!] })).to.not.have.property('performer');
    });

    it('names the data’s organizer, with its URL when safe', () => {
      expect(ld({ organizer: { name: 'OpenLLM Europe', url: 'https://openllm-europe.eu' } }).organizer).to.deep.equal({
        '@type': 'Organization',
        name: 'OpenLLM Europe',
        url: 'https://openllm-europe.eu/',
      });
      expect(ld({ organizer: { name: 'X', url: 'javascript:alert(1)' } }).organizer).to.deep.equal({
        '@type': 'Organization',
        name: 'X',
      });
    });

    it('shows the image only when its URL is safe', () => {
      expect(ld({ image: 'https://example.org/affiche.png' }).image).to.equal('https://example.org/affiche.png');
      expect(ld({ image: 'javascript:alert(1)' })).to.not.have.property('image');
    });

    it('gives an all-day meetup as plain dates, the end its last day', () => {
      const event = ld({}, meetup('Festival', '2026-12-10', '2026-12-12'));
      expect(event).to.include({ startDate: '2026-12-10', endDate: '2026-12-12' });
    });

    it('describes every shown meetup', () => {
      expect(structuredDataOf(viewsOf([soon, later, past], now, 'list'))).to.have.length(3);
    });
  });

  describe('.ics file names', () => {
    it('names the file after the title, in plain lower-case words', () => {
      expect(icsFileName('Meetup OpenLLM Europe : bilan 2027')).to.equal('meetup-openllm-europe-bilan-2027.ics');
      expect(icsFileName('« ! »')).to.equal('meetup.ics');
      expect(icsFileName('')).to.equal('meetup.ics');
    });

    it('keeps the letters of accented and joined characters', () => {
      expect(icsFileName('Données ouvertes')).to.equal('donnees-ouvertes.ics');
      expect(icsFileName('Œuvre & cœur')).to.equal('oeuvre-coeur.ics');
      expect(icsFileName('Straße ẞ')).to.equal('strasse-ss.ics');
      expect(icsFileName('Æsir Ørsted Łódź Đorđe Þór ðe ıı İstanbul')).to.equal(
        'aesir-orsted-lodz-dorde-thor-de-ii-istanbul.ics',
      );
      expect(icsFileName('ﬁnale ① Ｒéunion')).to.equal('finale-1-reunion.ics');
      expect(icsFileName('日本語 meetup_2027')).to.equal('meetup-2027.ics');
    });

    it('drops control characters, and separates words at a tab or a newline', () => {
      expect(icsFileName('Ann\u0007once\u0000 du\tmeetup\nde\u007fmain')).to.equal('annonce-du-meetup-demain.ics');
    });

    it('cuts a long title between words, at most 80 characters before .ics', () => {
      const name = icsFileName('Rencontre des modèles de langue ouverts '.repeat(5));
      expect(name).to.equal('rencontre-des-modeles-de-langue-ouverts-rencontre-des-modeles-de-langue-ouverts.ics');
      expect(name.length - '.ics'.length).to.be.at.most(80);
      expect(icsFileName('a'.repeat(100))).to.equal(`${'a'.repeat(80)}.ics`);
      expect(icsFileName(`${'a'.repeat(50)} ${'b'.repeat(29)} c`)).to.equal(`${'a'.repeat(50)}-${'b'.repeat(29)}.ics`);
      expect(icsFileName(`${'a'.repeat(50)} ${'b'.repeat(40)}`)).to.equal(`${'a'.repeat(50)}.ics`);
    });

    it('has a name for a list’s file', () => {
      expect(LIST_ICS_FILE_NAME).to.match(/^[a-z-]+\.ics$/);
    });
  });
});
