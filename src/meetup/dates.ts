/**
 * A meetup's times as instants. `start` and `end` are either ISO 8601 date-times with an offset,
 * or both plain dates (`2026-12-10`) for an all-day meetup, whose `end` is its last day, inclusive.
 * An all-day meetup lasts from midnight of its first day to midnight after its last day, in its
 * own zone: the instants depend on the zone's offset on each of those days (DST included).
 */

import { format } from './time.js';

const DAY = 86_400_000;

/** Whether a value is a plain date, `YYYY-MM-DD`: an all-day meetup's start or end. */
export const isDateOnly = (value: string): boolean => /^\d{4}-\d\d-\d\d$/.test(value);

/** The day after a plain date: `2026-12-31` → `2027-01-01`. */
export const nextDay = (date: string): string => new Date(Date.parse(date) + DAY).toISOString().slice(0, 10);

/** The zone's offset from UTC at an instant, in milliseconds (`GMT+05:30` → 19 800 000). */
function offsetAt(at: number, timeZone: string): number {
  const formatter = format('en', timeZone, { timeZoneName: 'longOffset' });
  const name = formatter.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const [, sign, hours, minutes] = /([+-])(\d+):(\d+)/.exec(name) ?? [];
  return sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000 : 0;
}

/**
 * The instant a day begins in a zone: its midnight. Where the clock skips midnight (Chile's summer
 * time starts at 00:00), the day begins when the clock jumps; where midnight happens twice, at the
 * first one.
 */
export function startOfDay(date: string, timeZone: string): Date {
  const wall = Date.parse(date);
  // The offsets on either side of that midnight; the one in force then gives the instant.
  const candidates = [offsetAt(wall - DAY, timeZone), offsetAt(wall + DAY, timeZone)].map((offset) => wall - offset);
  const valid = candidates.filter((at) => at + offsetAt(at, timeZone) === wall);
  return new Date(valid.length ? Math.min(...valid) : Math.max(...candidates));
}

/**
 * The instant a meetup's `start` (or `previousStart`) stands for: itself, or the midnight that
 * begins that day in the meetup's zone.
 */
export const instantOf = (value: string, timeZone: string): Date =>
  isDateOnly(value) ? startOfDay(value, timeZone) : new Date(value);

/** The instant a meetup's `end` stands for: itself, or the midnight after that last day (exclusive). */
export const endInstantOf = (value: string, timeZone: string): Date =>
  isDateOnly(value) ? startOfDay(nextDay(value), timeZone) : new Date(value);
