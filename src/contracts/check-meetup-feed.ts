import type { Meetup } from './meetup.js';
import {
  DATETIME_PATTERN,
  DEFAULT_TIME_ZONE,
  endsAfterStart,
  isTimeZone,
  MEETUP_LIMITS,
  NOT_A_DATETIME,
  NOT_A_TIME_ZONE,
  NOT_AFTER_START,
} from './meetup-rules.js';

/**
 * `parseMeetupFeed` without zod, for the browser: same meetups, same problems in the same order
 * (test/contract-checks.test.ts compares them on generated input). It follows zod 4's quirks:
 * - a value of the wrong type stops the meetup's own check (end after start), a value that is too
 *   long, badly formatted or in an unknown zone does not;
 * - length limits still apply to a value of the wrong type that has a `length` (`"title": []` is
 *   also too short), and count code points in strings;
 * - a list longer than its limit is refused as a whole, without looking at its items;
 * - an optional key given as `undefined` stays in the output; a missing time zone is defaulted.
 * No difference from zod is known: the test would show one, after a zod upgrade too.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** The fields zod skips when undefined (`z.optional`), in a meetup or an agenda item. */
const OPTIONAL = new Set([
  'id',
  'speaker',
  'venue',
  'address',
  'description',
  'registrationUrl',
  'streamUrl',
  'replayUrl',
  'agenda',
]);

type Check = (path: string, value: unknown) => unknown;

export function checkMeetupFeed(input: unknown): { meetups: Meetup[] } | { problems: string[] } {
  const problems: string[] = [];
  /** Whether the current meetup has a value of the wrong type, which skips its end-after-start check. */
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

  /** The fields, checked in the schema's order; unknown keys are left out, as zod does. */
  const object =
    (fields: Record<string, Check>): Check =>
    (path, value) => {
      if (!isObject(value)) return report(path, 'expected object', true);
      const output: Json = {};
      for (const [key, check] of Object.entries(fields)) {
        const field = value[key];
        // An undefined optional field is skipped, but its key kept when the input has it.
        if (field === undefined && OPTIONAL.has(key)) {
          if (key in value) output[key] = undefined;
        } else output[key] = check(join(path, key), field);
      }
      return output;
    };

  const dateTime: Check = (path, value) => {
    if (typeof value !== 'string') report(path, 'expected string', true);
    else if (!DATETIME_PATTERN.test(value)) report(path, NOT_A_DATETIME);
    return value;
  };

  const url = text(MEETUP_LIMITS.url, 0);

  const meetupFields = object({
    id: text(MEETUP_LIMITS.id),
    title: text(MEETUP_LIMITS.title),
    start: dateTime,
    end: dateTime,
    timezone: (path, value) => {
      if (value === undefined) return DEFAULT_TIME_ZONE;
      if (typeof value !== 'string') report(path, 'expected string', true);
      else if (!isTimeZone(value)) report(path, NOT_A_TIME_ZONE);
      return value;
    },
    venue: text(MEETUP_LIMITS.venue),
    address: text(MEETUP_LIMITS.address),
    description: text(MEETUP_LIMITS.description),
    registrationUrl: url,
    streamUrl: url,
    replayUrl: url,
    agenda: list(
      MEETUP_LIMITS.agenda,
      object({
        title: text(MEETUP_LIMITS.title),
        speaker: text(MEETUP_LIMITS.speaker),
        durationMinutes: (path, value) => {
          if (typeof value !== 'number' || !Number.isFinite(value)) return report(path, 'expected number', true);
          if (!Number.isInteger(value)) return report(path, 'expected int', true);
          // zod's `int()` first bounds an integer to the safe range.
          if (!Number.isSafeInteger(value))
            report(
              path,
              value > 0
                ? `too long (at most ${Number.MAX_SAFE_INTEGER})`
                : `too short (at least ${Number.MIN_SAFE_INTEGER})`,
            );
          if (value <= 0) report(path, 'too short (at least 0)');
          if (value > MEETUP_LIMITS.durationMinutes)
            report(path, `too long (at most ${MEETUP_LIMITS.durationMinutes})`);
          return value;
        },
      }),
    ),
  });

  const meetup: Check = (path, value) => {
    stopped = false;
    const output = meetupFields(path, value) as Meetup | undefined;
    if (output && !stopped && !endsAfterStart(output)) report(join(path, 'end'), NOT_AFTER_START);
    return output;
  };

  // As parseMeetupFeed: anything with a `meetups` key is a list, the rest one meetup.
  const isList = typeof input === 'object' && input !== null && 'meetups' in input;
  const output = isList ? object({ meetups: list(MEETUP_LIMITS.meetups, meetup, 1) })('', input) : meetup('', input);
  if (problems.length) return { problems };
  return { meetups: isList ? (output as { meetups: Meetup[] }).meetups : [output as Meetup] };
}
