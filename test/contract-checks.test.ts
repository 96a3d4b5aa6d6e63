import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import * as z from 'zod/mini';
import { checkMeetupFeed } from '../src/contracts/check-meetup-feed.js';
import { checkSignupFields } from '../src/contracts/check-signup-fields.js';
import { MeetupSchema, parseMeetupFeed } from '../src/contracts/meetup.js';
import { PROFILES } from '../src/contracts/profiles.js';
import {
  CURRENCY_PATTERN,
  DATE_OR_DATETIME_PATTERN,
  DATE_PATTERN,
  DATETIME_PATTERN,
  kindOf,
  MEETUP_ATTENDANCES,
  MEETUP_LIMITS,
  MEETUP_STATUSES,
} from '../src/contracts/meetup-rules.js';
import { SIGNUP_LIMITS } from '../src/contracts/signup-rules.js';

const LIMITS = { ...SIGNUP_LIMITS, ...MEETUP_LIMITS };
import { SignupFieldsSchema } from '../src/contracts/signup-fields.js';
import type { FieldName } from '../src/join/fields.js';

/**
 * The browser runs light, zod-free checks (check-*.ts) while receivers and the JSON Schemas use the
 * zod contracts: generated input, valid and near misses, must get the same answer from both.
 */

const RUNS = { numRuns: 1000 };

/** The zod reference for the sign-up fields: what the join engine did before the light check. */
function zodSignupFields(fields: Record<string, unknown>) {
  const parsed = z.safeParse(SignupFieldsSchema, fields);
  if (parsed.success) return { fields: parsed.data };
  return { invalid: [...new Set(parsed.error.issues.map((issue) => issue.path[0] as FieldName))] };
}

const zodDateTime = z.iso.datetime({ offset: true });
const zodDate = z.iso.date();

// ---------------------------------------------------------------------------------------------
// Arbitraries: mostly valid values, so that deep fields are reached, plus their near misses.

/** Whitespace that `trim()` removes, Unicode included. */
const space = fc.constantFrom('', '', ' ', '\t', '\n', '\u00a0', '\u2003', '\ufeff');
const padded = (value: fc.Arbitrary<string>) =>
  fc.tuple(space, value, space).map(([before, text, after]) => before + text + after);

/** Strings around a length limit, of characters of one or two UTF-16 units, lone surrogates too. */
const unit = fc.constantFrom('a', 'é', '😀', '\ud83d', '\ude00', ' ');
const nearLength = (max: number) =>
  fc.tuple(fc.integer({ min: max - 2, max: max + 2 }), fc.nat(), unit, unit).map(([length, split, first, second]) => {
    const cut = split % (length + 1);
    return first.repeat(cut) + second.repeat(length - cut);
  });

/** Values of the wrong type, some with a `length` (which zod measures anyway). */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1.5, NaN, Infinity, {}, [], { length: 'x' }, { length: null }),
  fc.integer(),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.nat(3).map((length) => new Array<unknown>(length)), // holes
  fc.nat(2100).map((length) => ({ length })),
  fc.constantFrom(0, 1, 49, 50, 51, 199, 200, 201, 300, 301, 2001).map((length) => Array<number>(length).fill(0)),
);

/**
 * Mostly `valid`, sometimes one of the near misses: rare enough per field that a whole meetup is
 * often valid, frequent enough that every near miss is met many times in a run.
 */
const mostly = <T>(valid: fc.Arbitrary<T>, ...misses: fc.Arbitrary<unknown>[]) =>
  fc.oneof({ weight: 24 * misses.length, arbitrary: valid as fc.Arbitrary<unknown> }, ...misses);

/** Free text of at most `max` code points (at least `min`), after trimming. */
const text = (max: number, min = 1) =>
  mostly(
    padded(fc.string({ unit: 'grapheme', minLength: min, maxLength: 12 })),
    padded(fc.constant('')),
    nearLength(max),
    wrongType,
  );

/** A value that is sometimes undefined; `fc.record` also leaves optional keys out. */
const orUndefined = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined, freq: 8 });

/** Keys the contracts do not know, which zod strips. */
const extraKeys = fc.dictionary(
  fc.oneof(fc.constantFrom('extra', 'Title', 'length', 'meetup', 'consents'), fc.string({ maxLength: 5 })),
  fc.anything({ maxDepth: 1 }),
  { maxKeys: 2 },
);
const withExtraKeys = (value: fc.Arbitrary<Record<string, unknown>>) =>
  fc.tuple(extraKeys, value).map(([extra, known]): Record<string, unknown> => ({ ...extra, ...known }));

// Sign-up fields.

const emailChar = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom('a', 'Z', '0', '_', '+', 'é', 'É', 'İ', 'ß', 'Ω', '😀') },
  { weight: 1, arbitrary: fc.constantFrom('.', '-', ' ', '@', '\u00a0', '\u2028') },
);
const emailPart = (minLength: number) => fc.string({ unit: emailChar, minLength, maxLength: 6 });
const email = fc.oneof(
  {
    weight: 16,
    arbitrary: padded(
      fc
        .tuple(emailPart(1), emailPart(1), fc.array(emailPart(1), { maxLength: 2 }), emailPart(1))
        .map(([local, domain, more, tld]) => `${local}@${[domain, ...more, tld].join('.')}`),
    ),
  },
  {
    // Around the length limit, measured before and after the domain is lower-cased (İ becomes two).
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.integer({ min: LIMITS.email - 10, max: LIMITS.email + 2 }),
        fc.constantFrom('a', 'é', '😀', 'İ'),
        fc.constantFrom('example.org', 'EXAMPLE.ORG', 'İİ.İİ'),
      )
      .map(([length, char, domain]) => `${char.repeat(length - domain.length - 1)}@${domain}`),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'a@b.co',
      'A@B.CO',
      'x@ÉCOLE.FR',
      'a@b.c',
      'a@b',
      '@b.co',
      'a@.co',
      'a@b..co',
      'a@@b.co',
      'a b@c.co',
      'a@b.co.',
      'a@b.co\u200b',
      '',
    ),
  },
  { weight: 1, arbitrary: wrongType },
);

const profile = mostly(fc.constantFrom(...PROFILES), fc.constantFrom('Researcher', ' user', 'other', ''), wrongType);

const consent = mostly(fc.constant(true), fc.constantFrom(false, 'yes', 'true', 1, null));

const signupFieldShapes = {
  email,
  name: orUndefined(text(LIMITS.name, 0)),
  profile: orUndefined(profile),
  organization: orUndefined(text(LIMITS.organization, 0)),
  consent,
};
const signupFields = withExtraKeys(
  fc.oneof(
    { weight: 4, arbitrary: fc.record(signupFieldShapes, { requiredKeys: ['email', 'consent'] }) },
    { weight: 1, arbitrary: fc.record(signupFieldShapes, { requiredKeys: [] }) },
  ),
);

// Meetups.

/** `time` in ISO 8601 at an offset of `offset` minutes, with seconds (length 19) or milliseconds (23). */
const isoAt = (time: number, offset: number, length: number) => {
  const local = new Date(time + offset * 60_000).toISOString().slice(0, length);
  if (!offset) return `${local}Z`;
  const hours = String(Math.trunc(Math.abs(offset) / 60)).padStart(2, '0');
  return `${local}${offset < 0 ? '-' : '+'}${hours}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
};

/** Strings on both sides of every edge of the date-time pattern. */
const two = (min: number, max: number) => fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
const nearDateTime = fc
  .record({
    year: fc.oneof(
      fc.constantFrom('2024', '2023', '1900', '2000', '2100', '1600', '0000', '9999', '24', '+002024'),
      fc.nat(9999).map((n) => String(n).padStart(4, '0')),
    ),
    month: two(0, 13),
    day: fc.oneof(two(0, 32), fc.constantFrom('28', '29', '30', '31')),
    separator: fc.constantFrom('T', 'T', 'T', 't', ' '),
    hour: two(0, 24),
    minute: two(0, 60),
    second: fc.oneof(two(0, 60), fc.constant('')),
    fraction: fc.constantFrom('', '', '.5', '.123', '.123456789', '.', ',5'),
    offset: fc.constantFrom(
      'Z',
      'Z',
      '+00:00',
      '-00:00',
      '+01:00',
      '-12:30',
      '+23:59',
      '+24:00',
      '+05:60',
      'z',
      '',
      '+0100',
      '+01',
      ' Z',
    ),
  })
  .map(
    (t) =>
      `${t.year}-${t.month}-${t.day}${t.separator}${t.hour}:${t.minute}${t.second && `:${t.second}`}${t.fraction}${t.offset}`,
  );

/** Strings on both sides of every edge of the date pattern, and dates with something more. */
const nearDate = fc.oneof(
  fc
    .record({
      year: fc.oneof(
        fc.constantFrom('2024', '2023', '1900', '2000', '2100', '0000', '9999', '24', '+002024'),
        fc.nat(9999).map((n) => String(n).padStart(4, '0')),
      ),
      month: fc.oneof(two(0, 13), fc.constantFrom('02', '02', '1')),
      day: fc.oneof(two(0, 32), fc.constantFrom('28', '29', '29', '30', '31', '1')),
    })
    .map((t) => `${t.year}-${t.month}-${t.day}`),
  fc.constantFrom('2024-02-29', '2023-02-29', '20240201', '2024-02-01Z', '2024-02-01T', ' 2024-02-01', '2024-02-01 '),
);
/** Dates and date-times, and their near misses. */
const nearTime = fc.oneof(nearDateTime, nearDate);

const offset = fc.constantFrom(0, 0, 60, 120, -300, 330, 345, -570, 840, -720);
const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) });
const DAY = 24 * 3600_000;
const dateAt = (time: number) => new Date(time).toISOString().slice(0, 10);
/** A valid date-time or date. */
const validTime = fc.oneof(
  fc.tuple(instant, offset, fc.constantFrom(19, 23)).map(([time, at, length]) => isoAt(time, at, length)),
  instant.map(dateAt),
);
/**
 * A start and an end, mostly a valid pair of date-times (the end up to two hours early) or of dates
 * (the end up to two days early), sometimes of mixed kinds or a near miss.
 */
const startAndEnd = mostly(
  fc.oneof(
    fc
      .tuple(instant, fc.integer({ min: -120, max: 24 * 60 }), offset, offset, fc.constantFrom(19, 23))
      .map(([start, minutes, startOffset, endOffset, length]) => ({
        start: isoAt(start, startOffset, length),
        end: isoAt(start + minutes * 60_000, endOffset, length),
      })),
    fc.tuple(instant, fc.integer({ min: -2, max: 6 })).map(([start, days]) => ({
      start: dateAt(start),
      end: dateAt(start + days * DAY),
    })),
  ),
  fc.tuple(instant, fc.integer({ min: -2, max: 2 }), offset, fc.boolean()).map(([start, days, at, dateFirst]) => {
    const [date, dateTime] = [dateAt(start), isoAt(start + days * DAY, at, 19)];
    return dateFirst ? { start: date, end: dateTime } : { start: dateTime, end: date };
  }),
  fc.record({ start: nearTime, end: nearTime }),
  fc.record({ start: fc.oneof(nearTime, wrongType), end: fc.oneof(nearTime, wrongType) }),
) as fc.Arbitrary<{ start: unknown; end: unknown }>;

const timezone = mostly(
  fc.constantFrom(undefined, 'Europe/Paris', 'UTC', 'America/New_York', 'Asia/Kolkata', 'Etc/GMT+5', 'europe/paris'),
  fc.constantFrom('Mars/Olympus', '', ' UTC', 'Europe/Paris ', '+01:00', 'GMT+1'),
  wrongType,
);

const durationMinutes = mostly(
  fc.integer({ min: 1, max: LIMITS.durationMinutes }),
  fc.constantFrom(0, -0, -1, LIMITS.durationMinutes + 1, 1.5, NaN, Infinity, -Infinity, '30', null),
  fc.constantFrom(1e300, -1e300, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER),
  fc.oneof(fc.integer(), fc.double()),
);

const agendaItem = mostly(
  withExtraKeys(
    fc.record(
      { title: text(LIMITS.title), speaker: orUndefined(text(LIMITS.speaker)), durationMinutes },
      { requiredKeys: ['title', 'durationMinutes'] },
    ),
  ),
  wrongType,
);

const agenda = mostly(
  fc.array(agendaItem, { maxLength: 3 }),
  fc
    .tuple(agendaItem, fc.constantFrom(LIMITS.agenda - 1, LIMITS.agenda, LIMITS.agenda + 1))
    .map(([item, length]) => Array<unknown>(length).fill(item)),
  wrongType,
  nearLength(LIMITS.agenda),
);

const url = text(LIMITS.url, 0);

const status = mostly(
  fc.constantFrom(undefined, undefined, ...MEETUP_STATUSES),
  fc.constantFrom('Scheduled', 'canceled', ' rescheduled', ''),
  wrongType,
);
const previousStart = mostly(validTime, nearTime, wrongType);
const sequence = mostly(
  fc.integer({ min: 0, max: LIMITS.sequence }),
  fc.constantFrom(0, -0, -1, LIMITS.sequence, LIMITS.sequence + 1, 0.5, NaN, Infinity, '1', null),
  fc.constantFrom(1e300, -1e300, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER),
  fc.oneof(fc.integer(), fc.double()),
);
const attendance = mostly(
  fc.constantFrom(...MEETUP_ATTENDANCES),
  fc.constantFrom('In-person', 'hybrid', 'online ', ''),
  wrongType,
);
const organizer = mostly(
  withExtraKeys(fc.record({ name: text(LIMITS.organizer), url: orUndefined(url) }, { requiredKeys: ['name'] })),
  wrongType,
);
const price = mostly(
  fc.oneof(fc.nat(500), fc.double({ min: 0, max: 1e6, noNaN: true })),
  fc.constantFrom(-0, -1, -0.01, NaN, Infinity, -Infinity, Number.MAX_VALUE, '10', null),
  fc.double(),
);
const priceCurrency = mostly(
  fc.constantFrom('EUR', 'USD', 'CHF', 'GBP'),
  fc.constantFrom('eur', 'Eur', 'EURO', 'EU', '€', ' EUR', 'EUR ', 'EUR\n', 'ÉUR', 'E1R', ''),
  wrongType,
);

const meetup = fc
  .record({
    times: startAndEnd,
    fields: withExtraKeys(
      fc.record(
        {
          id: orUndefined(text(LIMITS.id)),
          title: text(LIMITS.title),
          timezone,
          status,
          previousStart: orUndefined(previousStart),
          sequence: orUndefined(sequence),
          attendance: orUndefined(attendance),
          venue: orUndefined(text(LIMITS.venue)),
          address: orUndefined(text(LIMITS.address)),
          description: orUndefined(text(LIMITS.description)),
          image: orUndefined(url),
          organizer: orUndefined(organizer),
          price: orUndefined(price),
          priceCurrency: orUndefined(priceCurrency),
          registrationUrl: orUndefined(url),
          streamUrl: orUndefined(url),
          replayUrl: orUndefined(url),
          agenda: orUndefined(agenda),
        },
        { requiredKeys: ['title'] },
      ),
    ),
    missing: mostly(fc.constant(undefined), fc.constantFrom('title', 'start', 'end')) as fc.Arbitrary<
      string | undefined
    >,
  })
  .map(({ times, fields, missing }) => {
    const value: Record<string, unknown> = { ...fields, ...times };
    if (missing) delete value[missing];
    return value;
  });

/**
 * A valid meetup with one field gone wrong, half the time ending when it starts: whether zod still
 * checks that the end is after the start depends on the kind of problem (see check-meetup-feed.ts).
 */
const validMeetup = meetup.filter((value) => z.safeParse(MeetupSchema, value).success);
const talk = (durationMinutes: unknown) => ({ title: 'Talk', durationMinutes });
const oneMiss: fc.Arbitrary<[string, unknown]> = fc.oneof(
  ...Object.entries({
    id: fc.oneof(padded(fc.constant('')), nearLength(LIMITS.id), wrongType),
    title: fc.oneof(padded(fc.constant('')), nearLength(LIMITS.title), wrongType, fc.constant(undefined)),
    start: fc.oneof(nearTime, validTime, wrongType, fc.constant(undefined)),
    end: fc.oneof(nearTime, validTime, wrongType),
    timezone: fc.oneof(fc.constantFrom('Mars/Olympus', ''), wrongType),
    status: fc.oneof(fc.constantFrom('canceled', 'rescheduled', 'rescheduled', ''), wrongType),
    previousStart: fc.oneof(nearTime, wrongType, fc.constant(undefined)),
    sequence: fc.constantFrom(-1, LIMITS.sequence + 1, 0.5, NaN, 1e300, '1', null),
    attendance: fc.oneof(fc.constantFrom('hybrid', ''), wrongType),
    image: fc.oneof(nearLength(LIMITS.url), wrongType),
    organizer: fc.oneof(
      wrongType,
      fc.oneof(padded(fc.constant('')), nearLength(LIMITS.organizer), wrongType).map((name) => ({ name })),
      fc.oneof(nearLength(LIMITS.url), wrongType).map((url) => ({ name: 'OpenLLM', url })),
    ),
    price: fc.constantFrom(-1, -0.01, NaN, Infinity, -Infinity, '10', null),
    priceCurrency: fc.oneof(fc.constantFrom('eur', 'EURO', ' EUR', ''), wrongType),
    description: fc.oneof(nearLength(LIMITS.description), wrongType),
    registrationUrl: fc.oneof(nearLength(LIMITS.url), wrongType),
    agenda: fc.oneof(
      wrongType,
      nearLength(LIMITS.agenda),
      fc.constantFrom(LIMITS.agenda + 1, LIMITS.agenda).map((length) => Array<unknown>(length).fill(talk(30))),
      fc.constantFrom(0, -0, 1.5, NaN, 1e300, -1e300, 1441, '30', undefined).map((minutes) => [talk(minutes)]),
      fc.oneof(padded(fc.constant('')), nearLength(LIMITS.title), wrongType).map((title) => [{ ...talk(30), title }]),
    ),
  }).map(([key, value]) => value.map((miss): [string, unknown] => [key, miss])),
);
const meetupWithOneMiss = fc
  .tuple(validMeetup, oneMiss, fc.boolean())
  .map(([value, [key, miss], early]) => ({ ...value, ...(early && { end: value.start }), [key]: miss }));

const feed: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: meetup },
  {
    weight: 4,
    arbitrary: withExtraKeys(
      fc.record({
        meetups: mostly(
          fc.array(meetup, { minLength: 1, maxLength: 3 }),
          fc
            .tuple(meetup, fc.constantFrom(0, LIMITS.meetups, LIMITS.meetups + 1))
            .map(([item, length]) => Array<unknown>(length).fill(item)),
          wrongType,
        ),
      }),
    ),
  },
  { weight: 1, arbitrary: fc.oneof(wrongType, fc.constantFrom(undefined, '', 'meetups'), fc.anything()) },
);

// ---------------------------------------------------------------------------------------------

/** The light answer, after checking that zod gives the same. */
const signupAgrees = (fields: Record<string, unknown>) => {
  const light = checkSignupFields(fields);
  expect(light).to.deep.equal(zodSignupFields(fields));
  return light;
};
const feedAgrees = (input: unknown) => {
  const light = checkMeetupFeed(input);
  expect(light).to.deep.equal(parseMeetupFeed(input));
  return light;
};

describe('contract checks without zod', () => {
  describe('agree with the zod contracts on generated input', () => {
    it('sign-up fields: same fields out, or the same invalid field names', () => {
      fc.assert(
        fc.property(signupFields, (fields) => void signupAgrees(fields)),
        RUNS,
      );
    });

    it('meetup feeds: same meetups out, or the same problems in the same order', () => {
      fc.assert(
        fc.property(feed, (input) => void feedAgrees(input)),
        RUNS,
      );
    });

    it('meetups with one problem: the end checked after the start exactly when zod does', () => {
      fc.assert(
        fc.property(meetupWithOneMiss, (input) => void feedAgrees(input)),
        RUNS,
      );
    });

    it('dates and date-times: the same strings accepted', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            nearTime,
            validTime,
            startAndEnd.map(({ start }) => start),
          ),
          (value) => {
            const [date, dateTime] = [z.safeParse(zodDate, value).success, z.safeParse(zodDateTime, value).success];
            expect(DATE_PATTERN.test(String(value))).to.equal(date);
            expect(DATETIME_PATTERN.test(String(value))).to.equal(dateTime);
            expect(DATE_OR_DATETIME_PATTERN.test(String(value))).to.equal(date || dateTime);
          },
        ),
        { numRuns: 2000 },
      );
    });

    it('generates both valid and invalid input, in fair shares', () => {
      const share = <T>(values: T[], valid: (value: T) => boolean) => values.filter(valid).length / values.length;
      const signups = share(fc.sample(signupFields, 1000), (fields) => 'fields' in checkSignupFields(fields));
      const feeds = share(fc.sample(feed, 1000), (input) => 'meetups' in checkMeetupFeed(input));
      for (const valid of [signups, feeds]) expect(valid).to.be.within(0.2, 0.8);
    });
  });

  it('tell dates and date-times exactly as zod’s patterns do, every day of leap and common years', () => {
    const pad = (value: number, width = 2) => String(value).padStart(width, '0');
    const times = [
      '',
      'T18:30:00Z',
      'T18:30:00.123+02:00',
      'T23:59:59-12:00',
      'T24:00:00Z',
      'T18:30Z',
      'T18:30:00',
      'T18:30:00+2:00',
      'T18:30:00z',
      'T18:60:00Z',
      ' ',
      'T18:30:00+02:00 ',
    ];
    for (const year of [0, 4, 100, 400, 1900, 1996, 2000, 2023, 2024, 2100, 2400, 9999])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++)
          for (const time of times) {
            const value = `${pad(year, 4)}-${pad(month)}-${pad(day)}${time}`;
            const expected = DATE_PATTERN.test(value) ? 'date' : DATETIME_PATTERN.test(value) ? 'date-time' : undefined;
            expect(kindOf(value), value).to.equal(expected);
          }
    for (const odd of ['', '2026-1-01', '02026-01-01', '２０２６-01-01', '2026-01-01T', 'x2026-01-01', '2026-02-29'])
      expect(kindOf(odd), odd).to.equal(DATE_OR_DATETIME_PATTERN.test(odd) ? 'date' : undefined);
  });

  it('use the very patterns zod builds for z.iso.datetime({ offset: true }) and z.iso.date()', () => {
    const same = (copy: RegExp, zods: (RegExp | undefined)[]) => {
      for (const pattern of zods) {
        expect(copy.source).to.equal(pattern!.source);
        expect(copy.flags).to.equal(pattern!.flags);
      }
    };
    same(DATETIME_PATTERN, [
      zodDateTime._zod.def.pattern,
      z.core.regexes.datetime({ offset: true, local: false, precision: undefined }),
    ]);
    same(DATE_PATTERN, [zodDate._zod.def.pattern, z.core.regexes.date]);
    // The JSON Schemas carry the combined pattern, which a receiver's validator reads as ECMA-262.
    for (const key of ['start', 'end', 'previousStart'] as const)
      expect(z.toJSONSchema(MeetupSchema.shape[key])).to.have.property('pattern', DATE_OR_DATETIME_PATTERN.source);
    expect(z.toJSONSchema(MeetupSchema.shape.priceCurrency)).to.have.property('pattern', CURRENCY_PATTERN.source);
  });

  describe('follow zod 4 where it surprises', () => {
    const meetup = { title: 'Atelier', start: '2026-11-24T18:00:00+01:00', end: '2026-11-24T20:00:00+01:00' };
    const early = '2026-11-24T17:00:00+01:00';

    it('count lengths in code points, not UTF-16 units', () => {
      expect(feedAgrees({ ...meetup, title: '😀'.repeat(300) })).to.have.property('meetups');
      expect(feedAgrees({ ...meetup, title: '😀'.repeat(301) })).to.deep.equal({
        problems: ['title: too long (at most 300)'],
      });
      expect(signupAgrees({ email: 'a@b.co', name: '😀'.repeat(200), consent: true })).to.have.property('fields');
    });

    it('also measure a value of the wrong type that has a length', () => {
      expect(feedAgrees({ ...meetup, title: [] })).to.deep.equal({
        problems: ['title: expected string', 'title: too short (at least 1)'],
      });
      expect(feedAgrees({ ...meetup, agenda: 'x'.repeat(51) })).to.deep.equal({
        problems: ['agenda: expected array', 'agenda: too long (at most 50)'],
      });
      expect(feedAgrees({ meetups: '' })).to.deep.equal({
        problems: ['meetups: expected array', 'meetups: too short (at least 1)'],
      });
    });

    it('check that the end is after the start unless a field has the wrong type', () => {
      expect(feedAgrees({ ...meetup, title: 'x'.repeat(301), end: early })).to.deep.equal({
        problems: ['title: too long (at most 300)', 'end: must be after start'],
      });
      expect(feedAgrees({ ...meetup, start: 'tonight' })).to.deep.equal({
        problems: ['start: expected an ISO 8601 date, or date-time with offset', 'end: must be after start'],
      });
      // The end check reads the times with Date.parse, which takes more than the pattern does.
      expect(feedAgrees({ ...meetup, start: '2026-11-24 18:00:00+01:00' })).to.deep.equal({
        problems: ['start: expected an ISO 8601 date, or date-time with offset'],
      });
      expect(feedAgrees({ ...meetup, timezone: 'Mars/Olympus', end: early })).to.deep.equal({
        problems: ['timezone: not a known IANA time zone', 'end: must be after start'],
      });
      expect(feedAgrees({ ...meetup, title: undefined, end: early })).to.deep.equal({
        problems: ['title: expected string'],
      });
      expect(feedAgrees({ ...meetup, end: meetup.start })).to.deep.equal({ problems: ['end: must be after start'] });
    });

    it('refuse a list over its limit whole, without reading its items', () => {
      expect(feedAgrees({ ...meetup, end: early, agenda: Array<unknown>(51).fill(null) })).to.deep.equal({
        problems: ['agenda: too long (at most 50)'],
      });
      expect(feedAgrees({ meetups: Array<unknown>(201).fill(null) })).to.deep.equal({
        problems: ['meetups: too long (at most 200)'],
      });
      expect(feedAgrees({ meetups: [] })).to.deep.equal({ problems: ['meetups: too short (at least 1)'] });
      expect(feedAgrees({ meetups: [1, { ...meetup, end: early }] })).to.deep.equal({
        problems: ['meetups[0]: expected object', 'meetups[1].end: must be after start'],
      });
    });

    it('read the holes of a sparse array as undefined items', () => {
      expect(feedAgrees({ ...meetup, agenda: new Array<unknown>(2) })).to.deep.equal({
        problems: ['agenda[0]: expected object', 'agenda[1]: expected object'],
      });
    });

    it('bound an integer to the safe range before the minimum and the maximum', () => {
      const agenda = (durationMinutes: unknown) => ({ ...meetup, agenda: [{ title: 'Talk', durationMinutes }] });
      expect(feedAgrees(agenda(1e300))).to.deep.equal({
        problems: [
          'agenda[0].durationMinutes: too long (at most 9007199254740991)',
          'agenda[0].durationMinutes: too long (at most 1440)',
        ],
      });
      expect(feedAgrees(agenda(1.5))).to.deep.equal({ problems: ['agenda[0].durationMinutes: expected int'] });
      expect(feedAgrees(agenda(-0))).to.deep.equal({ problems: ['agenda[0].durationMinutes: too short (at least 0)'] });
      expect(feedAgrees(agenda(NaN))).to.deep.equal({ problems: ['agenda[0].durationMinutes: expected number'] });
    });

    it('keep an optional key given as undefined, and default only an undefined time zone', () => {
      const signup = signupAgrees({ email: ' Jean@Example.ORG ', name: undefined, consent: true, extra: 1 });
      expect(signup).to.deep.equal({ fields: { email: 'Jean@example.org', name: undefined, consent: true } });
      expect('fields' in signup && Object.keys(signup.fields)).to.deep.equal(['email', 'name', 'consent']);
      const feed = feedAgrees({ ...meetup, id: undefined, timezone: undefined, status: undefined });
      expect(feed).to.deep.equal({
        meetups: [{ ...meetup, id: undefined, timezone: 'Europe/Paris', status: 'scheduled' }],
      });
      expect(feedAgrees({ ...meetup, timezone: null })).to.deep.equal({ problems: ['timezone: expected string'] });
    });

    it('measure an e-mail address after lower-casing its domain', () => {
      // İ lower-cases to two code points: 254 before, 258 after.
      expect(signupAgrees({ email: `${'a'.repeat(248)}@İİ.İİ`, consent: true })).to.deep.equal({ invalid: ['email'] });
      expect(signupAgrees({ email: `${'a'.repeat(242)}@EXAMPLE.ORG`, consent: true })).to.deep.equal({
        fields: { email: `${'a'.repeat(242)}@example.org`, consent: true },
      });
      expect(signupAgrees({ email: 'a@b.c', profile: 'Researcher', consent: 'yes' })).to.deep.equal({
        invalid: ['email', 'profile', 'consent'],
      });
    });

    it('require seconds and an offset in a date-time, and a real date', () => {
      for (const start of [
        '2026-11-24T18:00Z',
        '2026-11-24T18:00:00',
        '2026-11-24T18:00:00+0100',
        '2023-02-29T18:00:00Z',
      ])
        expect(feedAgrees({ ...meetup, start })).to.have.nested.property(
          'problems[0]',
          'start: expected an ISO 8601 date, or date-time with offset',
        );
      expect(
        feedAgrees({ ...meetup, start: '2024-02-29T00:00:00.123456Z', end: '2024-02-29T01:00:00-00:00' }),
      ).to.have.property('meetups');
    });

    it('read anything with a meetups key as a list, and refuse what is no object', () => {
      for (const input of [null, undefined, [], 'x', 0])
        expect(feedAgrees(input)).to.deep.equal({ problems: ['(root): expected object'] });
      expect(feedAgrees({ meetups: [meetup], title: 'ignored' })).to.deep.equal({
        meetups: [{ ...meetup, timezone: 'Europe/Paris', status: 'scheduled' }],
      });
    });
  });

  describe('agree on the rules of all-day meetups, status and the other optional fields', () => {
    const meetup = { title: 'Atelier', start: '2026-11-24T18:00:00+01:00', end: '2026-11-24T20:00:00+01:00' };
    const defaults = { timezone: 'Europe/Paris', status: 'scheduled' };
    const day = { title: 'Journée', start: '2026-11-24', end: '2026-11-24' };
    const NOT_A_TIME = 'expected an ISO 8601 date, or date-time with offset';
    const KIND = 'end: must be a date when start is a date, and a date-time when start is a date-time';

    it('take an all-day meetup from a date to a last day, the same day or later', () => {
      expect(feedAgrees(day)).to.deep.equal({ meetups: [{ ...day, ...defaults }] });
      expect(feedAgrees({ ...day, end: '2026-11-26' })).to.have.property('meetups');
      expect(feedAgrees({ ...day, start: '2024-02-29', end: '2024-03-01' })).to.have.property('meetups');
      expect(feedAgrees({ ...day, end: '2026-11-23' })).to.deep.equal({ problems: ['end: must be after start'] });
      expect(feedAgrees({ ...day, start: '2026-12-01', end: '2026-11-30' })).to.deep.equal({
        problems: ['end: must be after start'],
      });
      for (const start of ['2023-02-29', '2026-11-31', '2026-13-01', '2026-1-24', '20261124', '2026-11-24Z'])
        expect(feedAgrees({ ...day, start, end: '2026-12-24' })).to.have.nested.property(
          'problems[0]',
          `start: ${NOT_A_TIME}`,
        );
    });

    it('ask for one kind of start and end, and only then for their order', () => {
      expect(feedAgrees({ ...day, end: '2026-11-24T20:00:00+01:00' })).to.deep.equal({ problems: [KIND] });
      expect(feedAgrees({ ...meetup, end: '2026-11-25' })).to.deep.equal({ problems: [KIND] });
      expect(feedAgrees({ ...meetup, end: '2026-11-23' })).to.deep.equal({ problems: [KIND] });
      // A malformed time has no kind, but still fails the order, as a malformed date-time did.
      expect(feedAgrees({ ...day, end: 'tomorrow' })).to.deep.equal({
        problems: [`end: ${NOT_A_TIME}`, 'end: must be after start'],
      });
      expect(feedAgrees({ ...day, start: 'today' })).to.deep.equal({
        problems: [`start: ${NOT_A_TIME}`, 'end: must be after start'],
      });
      // A problem of type stops both, as it stops the order.
      expect(feedAgrees({ ...day, end: meetup.end, title: 1 })).to.deep.equal({ problems: ['title: expected string'] });
    });

    it('default the status, and ask a rescheduled meetup for its previous start', () => {
      for (const status of ['cancelled', 'postponed', 'scheduled'])
        expect(feedAgrees({ ...meetup, status })).to.deep.equal({ meetups: [{ ...meetup, ...defaults, status }] });
      const rescheduled = { ...meetup, status: 'rescheduled' };
      const problem = 'previousStart: required when status is rescheduled';
      expect(feedAgrees(rescheduled)).to.deep.equal({ problems: [problem] });
      expect(feedAgrees({ ...rescheduled, previousStart: undefined })).to.deep.equal({ problems: [problem] });
      for (const previousStart of ['2026-10-24', '2026-10-24T18:00:00Z'])
        expect(feedAgrees({ ...rescheduled, previousStart })).to.deep.equal({
          meetups: [{ ...rescheduled, ...defaults, status: 'rescheduled', previousStart }],
        });
      expect(feedAgrees({ ...rescheduled, previousStart: 'last month' })).to.deep.equal({
        problems: [`previousStart: ${NOT_A_TIME}`],
      });
      expect(feedAgrees({ ...meetup, previousStart: '2026-10-24' })).to.have.property('meetups');
      // A status out of the list is a problem of type: the meetup's own checks are skipped.
      expect(feedAgrees({ ...meetup, status: 'canceled', end: meetup.start })).to.deep.equal({
        problems: ['status: expected one of scheduled, cancelled, postponed, rescheduled'],
      });
      expect(feedAgrees({ ...meetup, status: null })).to.have.nested.property(
        'problems[0]',
        'status: expected one of scheduled, cancelled, postponed, rescheduled',
      );
      expect(feedAgrees({ ...meetup, attendance: 'hybrid' })).to.deep.equal({
        problems: ['attendance: expected one of in-person, online, mixed'],
      });
      expect(feedAgrees({ ...meetup, attendance: 'mixed' })).to.deep.equal({
        meetups: [{ ...meetup, ...defaults, attendance: 'mixed' }],
      });
    });

    it('bound the sequence to the integers from 0 to a million', () => {
      for (const sequence of [0, 1, 1_000_000]) expect(feedAgrees({ ...meetup, sequence })).to.have.property('meetups');
      expect(feedAgrees({ ...meetup, sequence: -1 })).to.deep.equal({ problems: ['sequence: too short (at least 0)'] });
      expect(feedAgrees({ ...meetup, sequence: 1_000_001 })).to.deep.equal({
        problems: ['sequence: too long (at most 1000000)'],
      });
      expect(feedAgrees({ ...meetup, sequence: 0.5 })).to.deep.equal({ problems: ['sequence: expected int'] });
      expect(feedAgrees({ ...meetup, sequence: '1' })).to.deep.equal({ problems: ['sequence: expected number'] });
      expect(feedAgrees({ ...meetup, sequence: -1e300 })).to.deep.equal({
        problems: ['sequence: too short (at least -9007199254740991)', 'sequence: too short (at least 0)'],
      });
    });

    it('take a price from 0 in a currency of three capital letters', () => {
      const paid = { ...meetup, price: 12.5, priceCurrency: 'EUR' };
      expect(feedAgrees(paid)).to.deep.equal({ meetups: [{ ...paid, ...defaults }] });
      expect(feedAgrees({ ...meetup, price: 0 })).to.have.property('meetups');
      expect(feedAgrees({ ...meetup, price: -1, end: meetup.start })).to.deep.equal({
        problems: ['price: too short (at least 0)', 'end: must be after start'],
      });
      for (const price of [NaN, Infinity, '10'])
        expect(feedAgrees({ ...meetup, price })).to.deep.equal({ problems: ['price: expected number'] });
      for (const priceCurrency of ['eur', 'EURO', ' EUR', '€'])
        expect(feedAgrees({ ...meetup, priceCurrency })).to.deep.equal({
          problems: ['priceCurrency: expected an ISO 4217 currency code'],
        });
    });

    it('take an organizer with a name and maybe a link, and an image link', () => {
      const organizer = { name: ' OpenLLM France ', url: ' https://openllm-france.fr ', extra: 1 };
      expect(feedAgrees({ ...meetup, organizer, image: ' https://x.fr/a.png ' })).to.deep.equal({
        meetups: [
          {
            ...meetup,
            ...defaults,
            organizer: { name: 'OpenLLM France', url: 'https://openllm-france.fr' },
            image: 'https://x.fr/a.png',
          },
        ],
      });
      expect(feedAgrees({ ...meetup, organizer: {} })).to.deep.equal({ problems: ['organizer.name: expected string'] });
      expect(feedAgrees({ ...meetup, organizer: 'OpenLLM' })).to.deep.equal({
        problems: ['organizer: expected object'],
      });
      expect(feedAgrees({ ...meetup, organizer: { name: ' ', url: 'x'.repeat(2001) } })).to.deep.equal({
        problems: ['organizer.name: too short (at least 1)', 'organizer.url: too long (at most 2000)'],
      });
    });
  });
});
