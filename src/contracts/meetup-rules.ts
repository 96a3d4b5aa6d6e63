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
} as const;

/**
 * An ISO 8601 date-time with seconds and a `Z` or `±hh:mm` offset: zod's own pattern for
 * `z.iso.datetime({ offset: true })`, copied so the browser need not build it (the test checks the copy).
 */
export const DATETIME_PATTERN =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

/** The zone a meetup is shown in when its feed names none. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** Whether a meetup ends after it starts (false when either time does not parse). */
export const endsAfterStart = (meetup: { start: string; end: string }): boolean =>
  Date.parse(meetup.end) > Date.parse(meetup.start);

/** The problems that are the contract's own words rather than zod's. */
export const NOT_A_TIME_ZONE = 'not a known IANA time zone';
export const NOT_AFTER_START = 'must be after start';
export const NOT_A_DATETIME = 'expected an ISO 8601 date-time with offset';

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
