/**
 * The public data contracts, in `zod/mini` (about a fifth of full zod). A receiver imports them
 * from `@openllm-france/widgets/schemas` to validate exactly what the widgets send; JSON Schemas
 * generated from them ship in `dist/schemas/`.
 */
export { EmailSchema, PROFILES, SignupFieldsSchema, type Profile, type SignupFields } from './signup-fields.js';
export {
  AgendaItemSchema,
  MeetupSchema,
  MeetupListSchema,
  MeetupFeedSchema,
  OrganizerSchema,
  parseMeetupFeed,
  type Meetup,
  type MeetupAttendance,
  type MeetupFeed,
  type MeetupInput,
  type MeetupStatus,
  type Organizer,
} from './meetup.js';
export { SignupSchema, type Signup } from './signup.js';
