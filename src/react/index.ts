/**
 * @openllm-france/widgets/react: React components for the three elements, made with @lit/react.
 * Props set the element's properties; events come as typed callbacks (`onJoinSuccess`, …).
 * Importing this module registers the tags, and types the bare tags in TSX as well.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';

import { OpenLlmManifesto as ManifestoElement, type JoinRequestEvent } from '../manifesto/define.js';
import {
  OpenLlmMeetup as MeetupElement,
  type MeetupCalendarEvent,
  type MeetupRegisterEvent,
} from '../meetup/define.js';
import {
  OpenLlmJoin as JoinElement,
  type JoinErrorEvent,
  type JoinQueuedEvent,
  type JoinSubmitEvent,
  type JoinSuccessEvent,
} from '../join/define.js';
import type { OpenLlmJsxElements } from '../generated/jsx.js';

/** `<openllm-manifesto>`; `onJoinRequest` fires when the person asks to join and no `joinHref` is set. */
export const OpenLlmManifesto = createComponent({
  react: React,
  tagName: 'openllm-manifesto',
  elementClass: ManifestoElement,
  displayName: 'OpenLlmManifesto',
  events: {
    onJoinRequest: 'openllm-join-request' as EventName<JoinRequestEvent>,
  },
});

/** `<openllm-meetup>`; `onMeetupCalendar` and `onMeetupRegister` report the person's choices. */
export const OpenLlmMeetup = createComponent({
  react: React,
  tagName: 'openllm-meetup',
  elementClass: MeetupElement,
  displayName: 'OpenLlmMeetup',
  events: {
    onMeetupCalendar: 'openllm-meetup-calendar' as EventName<MeetupCalendarEvent>,
    onMeetupRegister: 'openllm-meetup-register' as EventName<MeetupRegisterEvent>,
  },
});

/** `<openllm-join>`; one callback per step of a sign-up: submit, success, queued, error. */
export const OpenLlmJoin = createComponent({
  react: React,
  tagName: 'openllm-join',
  elementClass: JoinElement,
  displayName: 'OpenLlmJoin',
  events: {
    onJoinSubmit: 'openllm-join-submit' as EventName<JoinSubmitEvent>,
    onJoinSuccess: 'openllm-join-success' as EventName<JoinSuccessEvent>,
    onJoinQueued: 'openllm-join-queued' as EventName<JoinQueuedEvent>,
    onJoinError: 'openllm-join-error' as EventName<JoinErrorEvent>,
  },
});

export type * from '../generated/jsx.js';
export { setLocale, getLocale } from '../core/locale.js';

type TagProps<Tag extends keyof OpenLlmJsxElements> = React.DetailedHTMLProps<
  React.HTMLAttributes<HTMLElementTagNameMap[Tag]>,
  HTMLElementTagNameMap[Tag]
> &
  OpenLlmJsxElements[Tag];

// The bare tags in TSX, for pages that use the elements without the wrappers.
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'openllm-manifesto': TagProps<'openllm-manifesto'>;
      'openllm-meetup': TagProps<'openllm-meetup'>;
      'openllm-join': TagProps<'openllm-join'>;
    }
  }
}
