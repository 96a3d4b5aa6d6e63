import type { Meetup } from './meetup.js';
import {
  CURRENCY_PATTERN,
  kindOf,
  DEFAULT_TIME_ZONE,
  endsAfterStart,
  isTimeZone,
  MEETUP_ATTENDANCES,
  MEETUP_LIMITS,
  MEETUP_STATUSES,
  NO_PREVIOUS_START,
  NOT_A_CURRENCY,
  NOT_A_DATETIME,
  NOT_A_TIME_ZONE,
  NOT_AFTER_START,
  NOT_SAME_KIND,
  notOneOf,
  sameKind,
  tellsPreviousStart,
} from './meetup-rules.js';

/**
 * `parseMeetupFeed` without zod, for the browser: same meetups, same problems in the same order
 * (test/contract-checks.test.ts compares them on generated input). It follows zod 4's quirks:
 * - a value of the wrong type or not in its list stops the meetup's own checks (the kinds and order
 *   of start and end, the previous start), a value that is too long or too small, badly formatted
 *   or in an unknown zone does not;
 * - length limits still apply to a value of the wrong type that has a `length` (`"title": []` is
 *   also too short), and count code points in strings;
 * - a list longer than its limit is refused as a whole, without looking at its items;
 * - an optional key given as `undefined` stays in the output; a missing time zone or status is
 *   defaulted.
 * No difference from zod is known: the test would show one, after a zod upgrade too.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

type Check = (path: string, value: unknown) => unknown;

/** A field that may be undefined (`z.optional`), or that is then `fallback` (`z._default`). */
const optional =
  (check: Check, fallback?: unknown): Check =>
  (path, value) =>
    value === undefined ? fallback : check(path, value);

export function checkMeetupFeed(input: unknown): { meetups: Meetup[] } | { problems: string[] } {
  const problems: string[] = [];
  /** Whether the current meetup has a value of the wrong type, which skips its own checks. */
  let stopped = false;
  const report = (path: string, problem: string, stops = false) => {
    problems.push(`${path || '(root)'}: ${problem}`);
    stopped ||= stops;
  };

  /** zod's length checks: code points in a string, and also run on a wrong type that has a `length`. */
  const lengths = (path: string, value: unknown, max: number, min: number) => {
    const length = typeof value === 'string' ? [...value].length : (value as { length?: number } | null)?.length;
    if (length === undefined) return;
    // Negated so that a `length` that is no number fails, as in zod.
    if (min && !(length >= min)) report(path, `too short (at least ${min})`);
    if (!(length <= max)) report(path, `too long (at most ${max})`);
  };

  const text =
    (max: number, min = 1): Check =>
    (path, value) => {
      if (typeof value === 'string') value = value.trim();
      else report(path, 'expected string', true);
      lengths(path, value, max, min);
      return value;
    };

  /** An array of at most `max` items; a longer one is refused whole, its items unread. */
  const list =
    (max: number, item: Check, min = 0): Check =>
    (path, value) => {
      if (!Array.isArray(value)) {
        report(path, 'expected array', true);
        lengths(path, value, max, min);
      } else if (value.length > max) report(path, `too long (at most ${max})`, true);
      else {
        if (value.length < min) report(path, `too short (at least ${min})`);
        // Array.from visits holes, as zod's loop does (map would skip them).
        return Array.from(value, (element, index) => item(`${path}[${index}]`, element));
      }
    };

  /**
   * The fields, checked in the schema's order; unknown keys are left out, as zod does. An undefined
   * optional field is skipped, but its key kept when the input has it.
   */
  const object =
    (fields: Record<string, Check>): Check =>
    (path, value) => {
      if (!isObject(value)) return report(path, 'expected object', true);
      const output: Json = {};
      for (const [key, check] of Object.entries(fields)) {
        const field = check(join(path, key), value[key]);
        if (field !== undefined || key in value) output[key] = field;
      }
      return output;
    };

  /** A string that passes `pattern` (a RegExp, or a test of its own). */
  const matching =
    (pattern: { test: (value: string) => boolean }, problem: string): Check =>
    (path, value) => {
      if (typeof value !== 'string') report(path, 'expected string', true);
      else if (!pattern.test(value)) report(path, problem);
      return value;
    };

  /** One of `values` (`z.enum`). */
  const oneOf =
    (values: readonly unknown[]): Check =>
    (path, value) => {
      if (!values.includes(value)) report(path, notOneOf(values as string[]), true);
      return value;
    };

  /** A finite number from 0 (excluded when `positive`) to `max`, an integer when `int`. */
  const number =
    (max: number, int?: boolean, positive?: boolean): Check =>
    (path, value) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) return report(path, 'expected number', true);
      if (int) {
        if (!Number.isInteger(value)) return report(path, 'expected int', true);
        // zod's `int()` first bounds an integer to the safe range.
        if (!Number.isSafeInteger(value))
          report(
            path,
            value > 0
              ? `too long (at most ${Number.MAX_SAFE_INTEGER})`
              : `too short (at least ${Number.MIN_SAFE_INTEGER})`,
          );
      }
      if (positive ? value <= 0 : value < 0) report(path, 'too short (at least 0)');
      if (value > max) report(path, `too long (at most ${max})`);
      return value;
    };

  const time = matching({ test: (value) => !!kindOf(value) }, NOT_A_DATETIME);
  const url = optional(text(MEETUP_LIMITS.url, 0));

  const meetupFields = object({
    id: optional(text(MEETUP_LIMITS.id)),
    title: text(MEETUP_LIMITS.title),
    start: time,
    end: time,
    timezone: optional(matching({ test: isTimeZone }, NOT_A_TIME_ZONE), DEFAULT_TIME_ZONE),
    status: optional(oneOf(MEETUP_STATUSES), MEETUP_STATUSES[0]),
    previousStart: optional(time),
    sequence: optional(number(MEETUP_LIMITS.sequence, true)),
    attendance: optional(oneOf(MEETUP_ATTENDANCES)),
    venue: optional(text(MEETUP_LIMITS.venue)),
    address: optional(text(MEETUP_LIMITS.address)),
    description: optional(text(MEETUP_LIMITS.description)),
    image: url,
    organizer: optional(object({ name: text(MEETUP_LIMITS.organizer), url })),
    price: optional(number(Infinity)),
    priceCurrency: optional(matching(CURRENCY_PATTERN, NOT_A_CURRENCY)),
    registrationUrl: url,
    streamUrl: url,
    replayUrl: url,
    agenda: optional(
      list(
        MEETUP_LIMITS.agenda,
        object({
          title: text(MEETUP_LIMITS.title),
          speaker: optional(text(MEETUP_LIMITS.speaker)),
          durationMinutes: number(MEETUP_LIMITS.durationMinutes, true, true),
        }),
      ),
    ),
  });

  const meetup: Check = (path, value) => {
    stopped = false;
    const output = meetupFields(path, value) as Meetup | undefined;
    if (output && !stopped) {
      if (!sameKind(output)) report(join(path, 'end'), NOT_SAME_KIND);
      if (!endsAfterStart(output)) report(join(path, 'end'), NOT_AFTER_START);
      if (!tellsPreviousStart(output)) report(join(path, 'previousStart'), NO_PREVIOUS_START);
    }
    return output;
  };

  // As parseMeetupFeed: anything with a `meetups` key is a list, the rest one meetup.
  const isList = typeof input === 'object' && input !== null && 'meetups' in input;
  const output = isList ? object({ meetups: list(MEETUP_LIMITS.meetups, meetup, 1) })('', input) : meetup('', input);
  if (problems.length) return { problems };
  return { meetups: isList ? (output as { meetups: Meetup[] }).meetups : [output as Meetup] };
}
