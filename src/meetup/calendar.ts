import { nextDay } from './dates.js';

/**
 * Calendar entries and the links that add one to Google Calendar, Outlook.com or Microsoft 365
 * (the .ics file is written by ics.ts, loaded when someone asks for it).
 *
 * What a calendar entry needs. `start` and `end` are instants (ISO 8601 with offset) or, when
 * `allDay`, plain dates `YYYY-MM-DD` with `end` the last day, inclusive, as in the meetup's data:
 * each writer below turns that into the exclusive end calendars expect.
 */
export interface CalendarEvent {
  uid: string;
  title: string;
  start: string;
  end: string;
  allDay: boolean;
  /** RFC 5545 §3.8.1.11: a postponed meetup is TENTATIVE until it has a new date. */
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /** RFC 5545 §3.8.7.4: the revision; a calendar replaces its copy only with a higher one. */
  sequence: number;
  /** Who organises it, by name (the .ics `ORGANIZER`'s `CN`). */
  organizer: string;
  description?: string;
  location?: string;
  url?: string;
}

/** `20230628T163000Z`: an instant in UTC, as iCalendar and Google Calendar write it. */
export function toUtcStamp(iso: string | Date): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** `20261210` from `2026-12-10`: a DATE value (RFC 5545 §3.3.4). */
export const compactDate = (date: string): string => date.replace(/-/g, '');

/** The exclusive end of an all-day event: the day after its last day (RFC 5545 §3.6.1). */
export const endDay = (event: CalendarEvent): string => nextDay(event.end);

/** A Google Calendar "add event" link: UTC times shown in `timeZone`, or whole days. */
export function googleCalendarUrl(event: CalendarEvent, timeZone: string): string {
  const params = new URLSearchParams({ action: 'TEMPLATE', text: event.title });
  if (event.allDay) params.set('dates', `${compactDate(event.start)}/${compactDate(endDay(event))}`);
  else {
    params.set('dates', `${toUtcStamp(event.start)}/${toUtcStamp(event.end)}`);
    params.set('ctz', timeZone);
  }
  if (event.description) params.set('details', event.description);
  if (event.location) params.set('location', event.location);
  return `https://calendar.google.com/calendar/render?${params}`;
}

/**
 * `encodeURIComponent` that cannot throw: a lone surrogate (a title cut in the middle of an emoji)
 * becomes U+FFFD instead of a URIError in the middle of a render.
 */
export const encodeText = (value: string): string =>
  encodeURIComponent(
    value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );

/** `2026-12-10T17:30:00Z`, the form Outlook reads: UTC, no milliseconds. */
const outlookTime = (iso: string): string => new Date(iso).toISOString().replace(/\.\d{3}/, '');

/**
 * An Outlook "new event" link: `live` for Outlook.com (personal accounts), `office` for
 * Microsoft 365 (work and school accounts). Values are percent-encoded, spaces as `%20`: Outlook
 * shows a `+` as it is.
 */
export function outlookCalendarUrl(event: CalendarEvent, host: 'live' | 'office' = 'live'): string {
  const { allDay } = event;
  const params: [string, string | undefined][] = [
    ['rru', 'addevent'],
    ['allday', allDay ? 'true' : undefined],
    ['startdt', allDay ? event.start : outlookTime(event.start)],
    ['enddt', allDay ? endDay(event) : outlookTime(event.end)],
    ['subject', event.title],
    ['body', event.description],
    ['location', event.location],
  ];
  const query = params
    .filter((param): param is [string, string] => Boolean(param[1]))
    .map(([name, value]) => `${name}=${encodeText(value)}`)
    .join('&');
  return `https://outlook.${host}.com/calendar/0/action/compose?${query}`;
}
