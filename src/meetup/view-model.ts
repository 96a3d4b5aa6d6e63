import type { Meetup } from '../contracts/meetup.js';
import { safeUrl } from '../core/safe-url.js';
import type { CalendarEvent } from './calendar.js';

/**
 * What `<openllm-meetup>` shows of its data at a given time: each meetup's lifecycle, its links
 * that are safe to render, its calendar entry. Pure functions of the data and the clock; the
 * element computes them once per update.
 */

export type MeetupLifecycle = 'upcoming' | 'live' | 'past';

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
}

export function lifecycleOf(meetup: Meetup, now: Date): MeetupLifecycle {
  if (now.getTime() < Date.parse(meetup.start)) return 'upcoming';
  return now.getTime() < Date.parse(meetup.end) ? 'live' : 'past';
}

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

function calendarEventOf(meetup: Meetup, links: SafeLinks): CalendarEvent {
  const agenda = (meetup.agenda ?? []).map((item) => `- ${item.title}${item.speaker ? ` (${item.speaker})` : ''}`);
  return {
    uid: `${meetup.id ?? `${meetup.start}-${meetup.title}`}@openllm-france.fr`,
    title: meetup.title,
    start: meetup.start,
    end: meetup.end,
    description: [meetup.description, ...agenda, links.streamUrl].filter(Boolean).join('\n') || undefined,
    location: [meetup.venue, meetup.address].filter(Boolean).join(', ') || undefined,
    url: links.registrationUrl ?? links.streamUrl,
  };
}

/**
 * The meetups to show, in order: upcoming and live ones first, soonest first, then past ones,
 * latest first. `card` shows the first of them; `list` shows them all.
 */
export function viewsOf(meetups: readonly Meetup[], now: Date, layout: 'card' | 'list'): MeetupView[] {
  const views = meetups.map((meetup) => {
    const links = linksOf(meetup);
    return { meetup, lifecycle: lifecycleOf(meetup, now), links, calendar: calendarEventOf(meetup, links) };
  });
  const start = (view: MeetupView) => Date.parse(view.meetup.start);
  const ahead = views.filter((view) => view.lifecycle !== 'past').sort((a, b) => start(a) - start(b));
  const past = views.filter((view) => view.lifecycle === 'past').sort((a, b) => start(b) - start(a));
  const ordered = [...ahead, ...past];
  return layout === 'list' ? ordered : ordered.slice(0, 1);
}

/** schema.org `Event`s of the shown meetups, for search engines. */
export function structuredDataOf(views: readonly MeetupView[]): object[] {
  return views.map(({ meetup, links }) => ({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: meetup.title,
    startDate: meetup.start,
    endDate: meetup.end,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: links.streamUrl
      ? 'https://schema.org/MixedEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: meetup.venue, address: meetup.address },
    url: links.registrationUrl,
    organizer: { '@type': 'Organization', name: 'OpenLLM France', url: 'https://github.com/OpenLLM-France' },
  }));
}

/** A file name for the meetup's .ics: its title in lower-case ASCII words. */
export function icsFileName(title: string): string {
  const words = title
    .normalize('NFD')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${words || 'meetup'}.ics`;
}
