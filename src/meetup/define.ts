import { define } from '../core/define.js';
import { OpenLlmMeetup } from './meetup.js';

export { OpenLlmMeetup, type MeetupLayout, type MeetupLifecycle } from './meetup.js';
export * from './events.js';
export type { Meetup, MeetupFeed, AgendaItem } from '../contracts/meetup.js';
export { setLocale, getLocale } from '../core/locale.js';

define('openllm-meetup', OpenLlmMeetup);
