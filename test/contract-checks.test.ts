import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import * as z from 'zod/mini';
import { checkMeetupFeed } from '../src/contracts/check-meetup-feed.js';
import { checkSignupFields } from '../src/contracts/check-signup-fields.js';
import { MeetupSchema, parseMeetupFeed } from '../src/contracts/meetup.js';
import { PROFILES } from '../src/contracts/profiles.js';
import { DATETIME_PATTERN, MEETUP_LIMITS } from '../src/contracts/meetup-rules.js';
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

const offset = fc.constantFrom(0, 0, 60, 120, -300, 330, 345, -570, 840, -720);
/** A start and an end, mostly a valid pair (the end up to two hours early), sometimes a near miss. */
const startAndEnd = mostly(
  fc
    .tuple(
      fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }),
      fc.integer({ min: -120, max: 24 * 60 }),
      offset,
      offset,
      fc.constantFrom(19, 23),
    )
    .map(([start, minutes, startOffset, endOffset, length]) => ({
      start: isoAt(start, startOffset, length),
      end: isoAt(start + minutes * 60_000, endOffset, length),
    })),
  fc.record({ start: nearDateTime, end: nearDateTime }),
  fc.record({ start: fc.oneof(nearDateTime, wrongType), end: fc.oneof(nearDateTime, wrongType) }),
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
const meetup = fc
  .record({
    times: startAndEnd,
    fields: withExtraKeys(
      fc.record(
        {
          id: orUndefined(text(LIMITS.id)),
          title: text(LIMITS.title),
          timezone,
          venue: orUndefined(text(LIMITS.venue)),
          address: orUndefined(text(LIMITS.address)),
          description: orUndefined(text(LIMITS.description)),
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
    start: fc.oneof(nearDateTime, wrongType, fc.constant(undefined)),
    end: fc.oneof(nearDateTime, wrongType),
    timezone: fc.oneof(fc.constantFrom('Mars/Olympus', ''), wrongType),
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

    it('date-times: the same strings accepted', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            nearDateTime,
            startAndEnd.map(({ start }) => start),
          ),
          (value) => {
            expect(DATETIME_PATTERN.test(String(value))).to.equal(z.safeParse(zodDateTime, value).success);
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

  it('use the very pattern zod builds for z.iso.datetime({ offset: true })', () => {
    const zods = [
      zodDateTime._zod.def.pattern,
      MeetupSchema.shape.start._zod.def.pattern,
      z.core.regexes.datetime({ offset: true, local: false, precision: undefined }),
    ];
    for (const pattern of zods) {
      expect(DATETIME_PATTERN.source).to.equal(pattern!.source);
      expect(DATETIME_PATTERN.flags).to.equal(pattern!.flags);
    }
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
        problems: ['start: expected an ISO 8601 date-time with offset', 'end: must be after start'],
      });
      // The end check reads the times with Date.parse, which takes more than the pattern does.
      expect(feedAgrees({ ...meetup, start: '2026-11-24 18:00:00+01:00' })).to.deep.equal({
        problems: ['start: expected an ISO 8601 date-time with offset'],
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
      const feed = feedAgrees({ ...meetup, id: undefined, timezone: undefined });
      expect(feed).to.deep.equal({ meetups: [{ ...meetup, id: undefined, timezone: 'Europe/Paris' }] });
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
          'start: expected an ISO 8601 date-time with offset',
        );
      expect(
        feedAgrees({ ...meetup, start: '2024-02-29T00:00:00.123456Z', end: '2024-02-29T01:00:00-00:00' }),
      ).to.have.property('meetups');
    });

    it('read anything with a meetups key as a list, and refuse what is no object', () => {
      for (const input of [null, undefined, [], 'x', 0])
        expect(feedAgrees(input)).to.deep.equal({ problems: ['(root): expected object'] });
      expect(feedAgrees({ meetups: [meetup], title: 'ignored' })).to.deep.equal({
        meetups: [{ ...meetup, timezone: 'Europe/Paris' }],
      });
    });
  });
});
