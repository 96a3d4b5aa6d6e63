import type { Meetup, MeetupAttendance, MeetupStatus } from '../contracts/meetup.js';
import { safeUrl } from '../core/safe-url.js';
import { toUtcStamp, type CalendarEvent } from './calendar.js';
import { endInstantOf, instantOf, isDateOnly } from './dates.js';

/**
 * What `<openllm-meetup>` shows of its data at a given time: each meetup's lifecycle, its links
 * that are safe to render, its calendar entry. Pure functions of the data and the clock; the
 * element computes them once per update.
 */

export type MeetupLifecycle = 'upcoming' | 'live' | 'past';
export type { MeetupAttendance, MeetupStatus };

export interface SafeLinks {
  registrationUrl?: string;
  streamUrl?: string;
  replayUrl?: string;
  /** The raw values of the links that are not safe, shown as text: field → value. */
  unsafe: Record<string, string>;
}

export interface MeetupView {
  meetup: Meetup;
  lifecycle: MeetupLifecycle;
  links: SafeLinks;
  calendar: CalendarEvent;
  /** Whether `start` and `end` are plain dates: the meetup takes whole days, `end` included. */
  allDay: boolean;
  status: MeetupStatus;
  attendance: MeetupAttendance;
  /** When it begins and ends (exclusive): an all-day meetup from midnight to midnight in its zone. */
  startAt: Date;
  endAt: Date;
  /** When it was to begin, for a rescheduled meetup. */
  previousStartAt?: Date;
}

/** The host of UIDs: an entry's UID stays the same while the meetup stays the same. */
const UID_HOST = 'openllm-france.fr';

const statusOf = (meetup: Meetup): MeetupStatus => meetup.status ?? 'scheduled';

/** When the meetup begins and ends (exclusive), as instants; see dates.ts for all-day ones. */
export const instantsOf = (meetup: Meetup): { startAt: Date; endAt: Date } => ({
  startAt: instantOf(meetup.start, meetup.timezone),
  endAt: endInstantOf(meetup.end, meetup.timezone),
});

const lifecycleAt = ({ startAt, endAt }: { startAt: Date; endAt: Date }, now: Date): MeetupLifecycle =>
  now < startAt ? 'upcoming' : now < endAt ? 'live' : 'past';

export const lifecycleOf = (meetup: Meetup, now: Date): MeetupLifecycle => lifecycleAt(instantsOf(meetup), now);

/** The meetup's links that are safe to render (http(s), and mailto for registration), and the others. */
export function linksOf(meetup: Meetup): SafeLinks {
  const checked = {
    registrationUrl: safeUrl(meetup.registrationUrl, { schemes: ['https:', 'http:', 'mailto:'] }),
    streamUrl: safeUrl(meetup.streamUrl),
    replayUrl: safeUrl(meetup.replayUrl),
  };
  const unsafe = Object.fromEntries(
    (Object.keys(checked) as (keyof typeof checked)[])
      .filter((field) => meetup[field] && !checked[field])
      .map((field) => [field, meetup[field] as string]),
  );
  return { ...checked, unsafe };
}

/** How people attend: as the data says, else from where it is (a place, a livestream, or both). */
export function attendanceOf(meetup: Meetup, links: SafeLinks): MeetupAttendance {
  if (meetup.attendance) return meetup.attendance;
  if (!links.streamUrl) return 'in-person';
  return meetup.venue || meetup.address ? 'mixed' : 'online';
}

/**
 * The calendar entry's UID (RFC 5545 §3.8.4.7), which must not change while the meetup is the same:
 * from the meetup's `id`; else from its start, the one announced before when it was rescheduled
 * (`previousStart`), so that calendars update the entry they have; never from the title, which is
 * translated. Only an `id` survives a second rescheduling.
 */
export function uidOf(meetup: Meetup): string {
  if (meetup.id) return `${meetup.id}@${UID_HOST}`;
  const start = meetup.previousStart ?? meetup.start;
  return `meetup-${isDateOnly(start) ? start.replace(/-/g, '') : toUtcStamp(start)}@${UID_HOST}`;
}

const CALENDAR_STATUS = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
} as const;

function calendarEventOf(meetup: Meetup, links: SafeLinks): CalendarEvent {
  const agenda = (meetup.agenda ?? []).map((item) => `- ${item.title}${item.speaker ? ` (${item.speaker})` : ''}`);
  const status = statusOf(meetup);
  return {
    uid: uidOf(meetup),
    title: meetup.title,
    start: meetup.start,
    end: meetup.end,
    allDay: isDateOnly(meetup.start),
    status: CALENDAR_STATUS[status],
    // A calendar that imported the entry replaces its copy only with a higher SEQUENCE (RFC 5545
    // §3.8.7.4, RFC 5546 §2.1.5). Without one in the data, a meetup that was cancelled, postponed or
    // rescheduled is at least one revision after the scheduled one that people may have imported.
    sequence: meetup.sequence ?? (status === 'scheduled' ? 0 : 1),
    organizer: meetup.organizer?.name ?? 'OpenLLM France',
    description: [meetup.description, ...agenda, links.streamUrl].filter(Boolean).join('\n') || undefined,
    location: [meetup.venue, meetup.address].filter(Boolean).join(', ') || undefined,
    url: links.registrationUrl ?? links.streamUrl,
  };
}

/** Everything shown of one meetup at `now`. */
export function viewOf(meetup: Meetup, now: Date): MeetupView {
  const links = linksOf(meetup);
  const calendar = calendarEventOf(meetup, links);
  // The instants take a formatter per zone (all-day meetups): computed once per view.
  const instants = instantsOf(meetup);
  return {
    meetup,
    lifecycle: lifecycleAt(instants, now),
    links,
    calendar,
    allDay: calendar.allDay,
    status: statusOf(meetup),
    attendance: attendanceOf(meetup, links),
    ...instants,
    previousStartAt: meetup.previousStart ? instantOf(meetup.previousStart, meetup.timezone) : undefined,
  };
}

/**
 * The meetups to show, in order: upcoming and live ones first, soonest first, then past ones,
 * latest first. `card` shows the first of them; `list` shows them all.
 */
export function viewsOf(meetups: readonly Meetup[], now: Date, layout: 'card' | 'list'): MeetupView[] {
  const views = meetups.map((meetup) => viewOf(meetup, now));
  const start = (view: MeetupView) => view.startAt.getTime();
  const ahead = views.filter((view) => view.lifecycle !== 'past').sort((a, b) => start(a) - start(b));
  const past = views.filter((view) => view.lifecycle === 'past').sort((a, b) => start(b) - start(a));
  const ordered = [...ahead, ...past];
  return layout === 'list' ? ordered : ordered.slice(0, 1);
}
