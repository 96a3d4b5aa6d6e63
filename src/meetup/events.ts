const options = { bubbles: true, composed: true };

export type CalendarKind = 'ics' | 'google' | 'outlook';

/** The person chose a way to add the meetup to their calendar. */
export class MeetupCalendarEvent extends CustomEvent<{ kind: CalendarKind }> {
  constructor(kind: CalendarKind) {
    super('openllm-meetup-calendar', { ...options, detail: { kind } });
  }
}

/** The person followed the registration link. */
export class MeetupRegisterEvent extends CustomEvent<{ url: string; meetupId?: string }> {
  constructor(detail: { url: string; meetupId?: string }) {
    super('openllm-meetup-register', { ...options, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'openllm-meetup-calendar': MeetupCalendarEvent;
    'openllm-meetup-register': MeetupRegisterEvent;
  }
}
