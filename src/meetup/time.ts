/** Date and time formatting with `Intl`, always in an explicit time zone (correct across DST). */

const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

/** Formatters are costly to create (the largest cost of rendering a meetup) and few: keep them. */
const formatters = new Map<string, Intl.DateTimeFormat>();
export function format(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone })));
  return formatter;
}

/** The zone's name at that date, e.g. "heure d’été d’Europe centrale" (so summer or winter time). */
export function zoneName(date: Date, timeZone: string, locale: string): string {
  const parts = format(locale, timeZone, { timeZoneName: 'long' }).formatToParts(date);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** "18:30" in the zone. */
export function formatTime(date: Date, timeZone: string, locale: string): string {
  return format(locale, timeZone, TIME).format(date);
}

/**
 * The span of an event in a zone, as two parts: the day(s) and the times, e.g. "mercredi 28 juin
 * 2023" and "18:30 – 22:30". An event over several days gives the whole range in `day`.
 */
export function formatSpan(start: Date, end: Date, timeZone: string, locale: string): { day: string; time: string } {
  const day = format(locale, timeZone, DAY);
  if (day.format(start) === day.format(end)) {
    return { day: day.format(start), time: format(locale, timeZone, TIME).formatRange(start, end) };
  }
  return { day: format(locale, timeZone, { ...DAY, ...TIME }).formatRange(start, end), time: '' };
}

/** "mercredi 28 juin 2023", with the time when `withTime` ("mercredi 28 juin 2023 à 18:30"). */
export function formatDay(date: Date, timeZone: string, locale: string, withTime = false): string {
  return format(locale, timeZone, withTime ? { ...DAY, ...TIME } : DAY).format(date);
}

/**
 * The days of an all-day meetup, from `start` to `end` (exclusive: the midnight after its last
 * day): "samedi 28 juin 2026", or "28 – 29 juin 2026" as the language writes a range.
 */
export function formatDays(start: Date, end: Date, timeZone: string, locale: string): string {
  return format(locale, timeZone, DAY).formatRange(start, new Date(end.getTime() - 1));
}

/** Whether two zones show the same clock time at that date (Paris and Brussels do, say). */
export function sameClock(date: Date, zoneA: string, zoneB: string): boolean {
  const offset = (timeZone: string) => format('en', timeZone, { timeZoneName: 'longOffset' }).format(date);
  return offset(zoneA) === offset(zoneB);
}

const relativeFormatters: Record<string, Intl.RelativeTimeFormat> = {};

/** "dans 3 jours", "in 2 hours", "tomorrow": how far `date` is from `now`. */
export function relativeTime(date: Date, now: Date, locale: string): string {
  const minutes = Math.round((date.getTime() - now.getTime()) / 60_000);
  const relative = (relativeFormatters[locale] ??= new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  if (Math.abs(minutes) < 48 * 60) return relative.format(Math.round(minutes / 60), 'hour');
  return relative.format(Math.round(minutes / (24 * 60)), 'day');
}
