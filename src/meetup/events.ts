import { OpenLlmEvent } from '../core/events.js';

/** The .ics file, Google Calendar, Outlook.com, or Microsoft 365 (Outlook for work and school). */
export type CalendarKind = 'ics' | 'google' | 'outlook' | 'microsoft365';

/** The person chose a way to add the meetup to their calendar. */
export class MeetupCalendarEvent extends OpenLlmEvent<{ kind: CalendarKind }> {
  static readonly eventName = 'openllm-meetup-calendar';
  constructor(kind: CalendarKind) {
    super(MeetupCalendarEvent.eventName, { kind });
  }
}

/** The person followed the registration link. */
export class MeetupRegisterEvent extends OpenLlmEvent<{ url: string; meetupId?: string }> {
  static readonly eventName = 'openllm-meetup-register';
  constructor(detail: { url: string; meetupId?: string }) {
    super(MeetupRegisterEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'openllm-meetup-calendar': MeetupCalendarEvent;
    'openllm-meetup-register': MeetupRegisterEvent;
  }
}
