import { safeUrl } from '../core/safe-url.js';
import type { MeetupView } from './view-model.js';

/**
 * schema.org `Event`s for search engines, as Google's event rich results read them. Loaded only by
 * a meetup with `structured-data`.
 */

const SCHEMA = 'https://schema.org/';

const EVENT_STATUS = {
  scheduled: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
} as const;

const ATTENDANCE_MODE = { 'in-person': 'Offline', online: 'Online', mixed: 'Mixed' } as const;

const OPENLLM_FRANCE = { '@type': 'Organization', name: 'OpenLLM France', url: 'https://github.com/OpenLLM-France' };

/** Where to attend: the place, the livestream, or both, as far as the data tells them. */
function locationOf({ meetup, links, attendance }: MeetupView): object | object[] | undefined {
  const locations: object[] = [];
  if (attendance !== 'online' && (meetup.venue || meetup.address))
    locations.push({
      '@type': 'Place',
      name: meetup.venue,
      address: meetup.address && { '@type': 'PostalAddress', streetAddress: meetup.address },
    });
  if (attendance !== 'in-person' && links.streamUrl)
    locations.push({ '@type': 'VirtualLocation', url: links.streamUrl });
  return locations.length > 1 ? locations : locations[0];
}

/** schema.org `Event` of one meetup, as Google's event rich results read it; only safe URLs. */
function eventOf(view: MeetupView): object {
  const { meetup, links, status } = view;
  // A web page: a mailto registration is a link for people, not an offer's URL.
  const registration = safeUrl(links.registrationUrl);
  const speakers = [...new Set(meetup.agenda?.map((item) => item.speaker).filter(Boolean))];
  const organizer = meetup.organizer;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: meetup.title,
    description: meetup.description,
    // Plain dates for an all-day meetup, its end the last day (inclusive), as Google reads them.
    startDate: meetup.start,
    endDate: meetup.end,
    eventStatus: SCHEMA + EVENT_STATUS[status],
    previousStartDate: status === 'rescheduled' ? meetup.previousStart : undefined,
    eventAttendanceMode: `${SCHEMA}${ATTENDANCE_MODE[view.attendance]}EventAttendanceMode`,
    location: locationOf(view),
    image: safeUrl(meetup.image),
    url: registration,
    organizer: organizer
      ? { '@type': 'Organization', name: organizer.name, url: safeUrl(organizer.url) }
      : OPENLLM_FRANCE,
    performer: speakers.length ? speakers.map((name) => ({ '@type': 'Person', name })) : undefined,
    offers: registration && {
      '@type': 'Offer',
      url: registration,
      price: meetup.price ?? 0,
      priceCurrency: meetup.priceCurrency ?? 'EUR',
      availability: `${SCHEMA}InStock`,
    },
  };
}

/**
 * schema.org `Event`s of the shown meetups, for search engines. Fields without a value are
 * `undefined`, which `JSON.stringify` leaves out.
 */
export const structuredDataOf = (views: readonly MeetupView[]): object[] => views.map(eventOf);
