/**
 * @openllm-france/widgets: registers every element and exports their classes, events, the data
 * contracts' types and the locale controls. The contracts themselves (zod schemas, for receivers)
 * are `@openllm-france/widgets/schemas`: the elements do not need zod, and a page that imports the
 * schemas gets no element registered with them.
 */
export * from './manifesto/define.js';
export * from './meetup/define.js';
export * from './join/define.js';
export type {
  Meetup,
  MeetupAttendance,
  MeetupFeed,
  MeetupInput,
  MeetupStatus,
  Organizer,
  Profile,
  Signup,
  SignupFields,
} from './contracts/index.js';
export { setLocale, getLocale, resolveLocale, type Locale } from './core/locale.js';
export { safeUrl } from './core/safe-url.js';
export type { Theme } from './core/base-element.js';
