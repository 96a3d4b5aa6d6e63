/**
 * The meetup contract's rules, free of zod: the zod schema (meetup.ts) and the browser's light
 * check (check-meetup-feed.ts) both read them from here, so a limit or a pattern is written once;
 * test/contract-checks.test.ts proves the two sides agree.
 */

/** The largest lengths (in code points, as zod counts), item counts and numbers allowed. */
export const MEETUP_LIMITS = {
  id: 200,
  title: 300,
  speaker: 200,
  venue: 300,
  address: 500,
  description: 2000,
  url: 2000,
  agenda: 50,
  meetups: 200,
  durationMinutes: 24 * 60,
  organizer: 200,
  sequence: 1_000_000,
} as const;

/** A meetup's status (`scheduled` when the feed names none) and how people attend it. */
export const MEETUP_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled'] as const;
export const MEETUP_ATTENDANCES = ['in-person', 'online', 'mixed'] as const;

/**
 * An ISO 8601 date-time with seconds and a `Z` or `±hh:mm` offset: zod's own pattern for
 * `z.iso.datetime({ offset: true })`, copied so the browser need not build it (the test checks the copy).
 */
export const DATETIME_PATTERN =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

/** A date `YYYY-MM-DD`: zod's own pattern for `z.iso.date()`, copied likewise. */
export const DATE_PATTERN =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

/** A time of a meetup: a date (an all-day meetup; as an end, its last day) or a date-time with offset. */
export const DATE_OR_DATETIME_PATTERN = /* @__PURE__ */ new RegExp(`${DATE_PATTERN.source}|${DATETIME_PATTERN.source}`);

const DAY = /^(\d{4})-(\d\d)-(\d\d)/;
const CLOCK = /^T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Whether `time` is a date or a date-time with offset, exactly as DATE_PATTERN and
 * DATETIME_PATTERN say (the test compares them), in a few lines rather than their 600 characters,
 * which would go to every browser: a real day of the Gregorian calendar (year % 400 + 2000 has the
 * same leap years), then nothing, or a time with seconds and an offset.
 */
export function kindOf(time: string): 'date' | 'date-time' | undefined {
  const [day, year, month, date] = DAY.exec(time) ?? [];
  if (!day || +month! < 1 || +month! > 12) return undefined;
  if (+date! < 1 || +date! > new Date(Date.UTC(2000 + (+year! % 400), +month!, 0)).getUTCDate()) return undefined;
  const clock = time.slice(10);
  return clock ? (CLOCK.test(clock) ? 'date-time' : undefined) : 'date';
}

/** Three capital letters, as ISO 4217 currency codes are. */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;

/** The zone a meetup is shown in when its feed names none. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

type Times = { start: string; end: string };

const isDate = (time: string) => kindOf(time) === 'date';

/**
 * Whether a meetup's start and end are of one kind, both dates or both date-times; also true when
 * either is no date nor date-time, which is reported on its own.
 */
export const sameKind = ({ start, end }: Times): boolean =>
  isDate(start) === isDate(end) || !(kindOf(start) && kindOf(end));

/**
 * Whether a meetup ends after it starts, or for dates on the same day or later: false when either
 * time does not parse, true when their kinds differ (sameKind reports that).
 */
export const endsAfterStart = (times: Times): boolean => {
  const gap = Date.parse(times.end) - Date.parse(times.start);
  return !sameKind(times) || (isDate(times.start) ? gap >= 0 : gap > 0);
};

/** Whether a rescheduled meetup says when it was to start. */
export const tellsPreviousStart = (meetup: { status: string; previousStart?: string }): boolean =>
  meetup.status !== 'rescheduled' || meetup.previousStart !== undefined;

/** The problems that are the contract's own words rather than zod's. */
export const NOT_A_TIME_ZONE = 'not a known IANA time zone';
export const NOT_AFTER_START = 'must be after start';
export const NOT_A_DATETIME = 'expected an ISO 8601 date, or date-time with offset';
export const NOT_SAME_KIND = 'must be a date when start is a date, and a date-time when start is a date-time';
export const NO_PREVIOUS_START = 'required when status is rescheduled';
export const NOT_A_CURRENCY = 'expected an ISO 4217 currency code';
/** zod's `invalid_value`, for a value not in a list. */
export const notOneOf = (values: readonly string[]) => `expected one of ${values.join(', ')}`;

/** Zones already found valid: checking one means creating a formatter, which is slow. */
const knownZones = new Set<string>();

/** Whether the runtime knows this IANA time zone. */
export const isTimeZone = (zone: string): boolean => {
  if (knownZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    knownZones.add(zone);
    return true;
  } catch {
    return false;
  }
};
