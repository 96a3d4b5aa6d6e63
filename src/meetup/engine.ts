/**
 * The data half of `<openllm-meetup>`: feed loading, validation (zod) and calendar files. Loaded with
 * a dynamic import when a meetup connects, so that pages without one never pay for it.
 */
export { fetchJson } from './feed.js';
export { parseMeetupFeed } from '../contracts/meetup.js';
export { googleCalendarUrl, outlookCalendarUrl, toIcs } from './calendar.js';
