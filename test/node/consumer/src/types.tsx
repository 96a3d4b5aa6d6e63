// Type-checked only (tsc --noEmit): every entry point, the tags and the events as a consumer
// writes them. Each `@ts-expect-error` is a mistake the typings must catch; if the types were
// `any`, the unused directive would fail the check.
import {
  OpenLlmJoin,
  OpenLlmManifesto,
  OpenLlmMeetup,
  JoinSuccessEvent,
  getLocale,
  resolveLocale,
  safeUrl,
  setLocale,
  type Locale,
  type Signup,
  type Theme,
} from '@openllm-france/widgets';
import { OpenLlmManifesto as ManifestoClass, JoinRequestEvent } from '@openllm-france/widgets/manifesto';
import { OpenLlmMeetup as MeetupClass, type MeetupCalendarEvent } from '@openllm-france/widgets/meetup';
import { OpenLlmJoin as JoinClass, type JoinErrorEvent, type JoinState } from '@openllm-france/widgets/join';
import { MeetupSchema, SignupSchema, parseMeetupFeed } from '@openllm-france/widgets/schemas';
import * as Wrappers from '@openllm-france/widgets/react';
import type { OpenLlmJsxElements, OpenLlmJoinJsxProps } from '@openllm-france/widgets/jsx';
import signupSchema from '@openllm-france/widgets/schemas/signup.schema.json';
import manifest from '@openllm-france/widgets/custom-elements.json';

// Classes, tags and the DOM's own typings.
const join: OpenLlmJoin = document.createElement('openllm-join');
join.endpoint = 'https://example.org/signups';
join.timeout = 5000;
// @ts-expect-error: timeout is a number
join.timeout = 'soon';
const manifesto: ManifestoClass = document.querySelector('openllm-manifesto')!;
manifesto.variant = 'summary';
// @ts-expect-error: not a variant
manifesto.variant = 'short';
const meetup: MeetupClass = new OpenLlmMeetup();
meetup.headingLevel = 3;
const sameClass: typeof OpenLlmManifesto = ManifestoClass;
const sameJoin: typeof OpenLlmJoin = JoinClass;
const theme: Theme = 'dark';
join.theme = theme;

// Events: typed by name on every element and on the document.
join.addEventListener('openllm-join-success', (event) => {
  const id: string = event.detail.submissionId;
  const status: 'subscribed' | 'pending-optin' = event.detail.status;
  // @ts-expect-error: no such field
  void event.detail.email;
  void [id, status];
});
join.addEventListener('openllm-join-submit', (event) => {
  const signup: Signup = event.detail;
  event.preventDefault();
  void signup.email;
});
join.addEventListener('openllm-join-error', (event: JoinErrorEvent) => void event.detail.reason);
document.addEventListener('openllm-join-request', (event) => void (event satisfies JoinRequestEvent));
meetup.addEventListener('openllm-meetup-calendar', (event: MeetupCalendarEvent) => {
  const kind: 'ics' | 'google' | 'outlook' | 'microsoft365' = event.detail.kind;
  void kind;
});
const success = new JoinSuccessEvent({ submissionId: 'x', status: 'subscribed' });
const state: JoinState = 'success';

// Locales and helpers.
const locale: Locale = resolveLocale('de-AT');
void setLocale('nl').then(() => getLocale() satisfies Locale);
// @ts-expect-error: setLocale takes a tag string
void setLocale(42);
const link: string | undefined = safeUrl('https://openllm-france.fr');

// Schemas and JSON files.
const parsed = SignupSchema.safeParse({});
if (parsed.success) void (parsed.data satisfies Signup);
void MeetupSchema;
void parseMeetupFeed;
const required: string[] = signupSchema.required;
const tags: string[] = manifest.modules.flatMap((module) => module.declarations?.map((d) => d.name) ?? []);

// React wrappers: element properties as props, events as typed callbacks.
export const wrapped = (
  <>
    <Wrappers.OpenLlmManifesto variant="summary" headingLevel={3} onJoinRequest={(event) => void event.type} />
    <Wrappers.OpenLlmMeetup src="/meetups.json" onMeetupRegister={(event) => void event.detail.url} />
    <Wrappers.OpenLlmJoin
      endpoint="https://example.org/signups"
      adapter="listmonk"
      onJoinSubmit={(event) => void event.detail.consent.given}
      onJoinSuccess={(event) => void event.detail.submissionId}
      onJoinQueued={(event) => void event.detail.reason}
      onJoinError={(event) => void event.detail.status}
    />
    {/* @ts-expect-error: not an adapter */}
    <Wrappers.OpenLlmJoin adapter="smtp" />
    {/* @ts-expect-error: the success detail has no email */}
    <Wrappers.OpenLlmJoin onJoinSuccess={(event) => void event.detail.email} />
  </>
);

// The bare tags in TSX (typed by the react entry's JSX declarations).
export const bare = (
  <>
    <openllm-manifesto variant="summary" heading-level={2} onopenllm-join-request={(event) => void event.type} />
    <openllm-meetup title="Meetup" start="2026-12-01T18:30:00+01:00" timezone="Europe/Paris" layout="list" />
    <openllm-join
      endpoint="https://example.org/signups"
      timeout="8000"
      fields="name"
      className="signup"
      onopenllm-join-success={(event) => void event.detail.status}
    />
    {/* @ts-expect-error: not a theme */}
    <openllm-join theme="blue" />
    {/* @ts-expect-error: not a variant */}
    <openllm-manifesto variant="short" />
  </>
);

// The framework-neutral map, for Preact, Solid or one's own JSX declarations.
const props: OpenLlmJsxElements['openllm-join'] = { endpoint: '/signups', 'onopenllm-join-queued': () => {} };
const joinProps: OpenLlmJoinJsxProps = props;

void [sameClass, sameJoin, success, state, locale, link, required, tags, joinProps];
