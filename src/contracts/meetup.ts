import * as z from 'zod/mini';
import {
  CURRENCY_PATTERN,
  DATE_OR_DATETIME_PATTERN,
  DEFAULT_TIME_ZONE,
  endsAfterStart,
  isTimeZone,
  MEETUP_ATTENDANCES,
  MEETUP_LIMITS,
  MEETUP_STATUSES,
  NO_PREVIOUS_START,
  NOT_A_CURRENCY,
  NOT_A_DATETIME,
  NOT_A_TIME_ZONE,
  NOT_AFTER_START,
  NOT_SAME_KIND,
  notOneOf,
  sameKind,
  tellsPreviousStart,
} from './meetup-rules.js';

/**
 * The meetup contract: one meetup, or a feed `{ "meetups": [ … ] }`. Times are ISO 8601 date-times
 * with an offset, or dates `YYYY-MM-DD` for an all-day meetup (`end` is then its last day);
 * `timezone` (IANA, default Europe/Paris) is the zone the meetup is shown in.
 */

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
/** URLs are checked for their scheme when rendered (safe-url.ts), so a bad one is reported, not fatal. */
const url = z.string().check(z.trim(), z.maxLength(MEETUP_LIMITS.url));
/** A date (all day) or a date-time with offset. */
const time = z.string().check(z.regex(DATE_OR_DATETIME_PATTERN, NOT_A_DATETIME));

export const AgendaItemSchema = z.object({
  title: text(MEETUP_LIMITS.title),
  speaker: z.optional(text(MEETUP_LIMITS.speaker)),
  durationMinutes: z.number().check(z.int(), z.positive(), z.maximum(MEETUP_LIMITS.durationMinutes)),
});

export const OrganizerSchema = z.object({
  name: text(MEETUP_LIMITS.organizer),
  url: z.optional(url),
});

export const MeetupSchema = z
  .object({
    id: z.optional(text(MEETUP_LIMITS.id)),
    title: text(MEETUP_LIMITS.title),
    start: time,
    end: time,
    timezone: z._default(z.string().check(z.refine(isTimeZone, NOT_A_TIME_ZONE)), DEFAULT_TIME_ZONE),
    /** `rescheduled` asks for `previousStart`, the start announced before. */
    status: z._default(z.enum(MEETUP_STATUSES), 'scheduled'),
    previousStart: z.optional(time),
    /** A revision counter for calendars: raise it when the meetup changes. */
    sequence: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(MEETUP_LIMITS.sequence))),
    attendance: z.optional(z.enum(MEETUP_ATTENDANCES)),
    venue: z.optional(text(MEETUP_LIMITS.venue)),
    address: z.optional(text(MEETUP_LIMITS.address)),
    description: z.optional(text(MEETUP_LIMITS.description)),
    image: z.optional(url),
    organizer: z.optional(OrganizerSchema),
    price: z.optional(z.number().check(z.minimum(0))),
    priceCurrency: z.optional(z.string().check(z.regex(CURRENCY_PATTERN, NOT_A_CURRENCY))),
    registrationUrl: z.optional(url),
    streamUrl: z.optional(url),
    replayUrl: z.optional(url),
    agenda: z.optional(z.array(AgendaItemSchema).check(z.maxLength(MEETUP_LIMITS.agenda))),
  })
  .check(
    z.refine(sameKind, { message: NOT_SAME_KIND, path: ['end'] }),
    z.refine(endsAfterStart, { message: NOT_AFTER_START, path: ['end'] }),
    z.refine(tellsPreviousStart, { message: NO_PREVIOUS_START, path: ['previousStart'] }),
  );

export const MeetupListSchema = z.object({
  meetups: z.array(MeetupSchema).check(z.minLength(1), z.maxLength(MEETUP_LIMITS.meetups)),
});

/** A feed: one meetup or a list of them. */
export const MeetupFeedSchema = z.union([MeetupSchema, MeetupListSchema]);

export type AgendaItem = z.infer<typeof AgendaItemSchema>;
export type Organizer = z.infer<typeof OrganizerSchema>;
export type Meetup = z.output<typeof MeetupSchema>;
export type MeetupInput = z.input<typeof MeetupSchema>;
export type MeetupFeed = z.input<typeof MeetupFeedSchema>;
export type MeetupStatus = (typeof MEETUP_STATUSES)[number];
export type MeetupAttendance = (typeof MEETUP_ATTENDANCES)[number];

/** Readable problems: `meetups[0].start: expected an ISO 8601 date, or date-time with offset`. */
function describe(issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
  // The contract's own problems (refinements, patterns) carry their message; zod/mini's are generic.
  let problem = issue.message;
  if (issue.code === 'invalid_type') problem = `expected ${issue.expected}`;
  else if (issue.code === 'invalid_value') problem = notOneOf(issue.values.map(String));
  else if (issue.code === 'invalid_format' && issue.format !== 'regex') problem = `expected ${issue.format}`;
  else if (issue.code === 'too_big') problem = `too long (at most ${String(issue.maximum)})`;
  else if (issue.code === 'too_small') problem = `too short (at least ${String(issue.minimum)})`;
  return `${path || '(root)'}: ${problem}`;
}

/**
 * Parses a feed into its meetups, or lists what is wrong. A feed with a `meetups` key is read as a
 * list (so problems name `meetups[i]`), anything else as one meetup.
 */
export function parseMeetupFeed(input: unknown): { meetups: Meetup[] } | { problems: string[] } {
  const isList = typeof input === 'object' && input !== null && 'meetups' in input;
  const result = isList ? z.safeParse(MeetupListSchema, input) : z.safeParse(MeetupSchema, input);
  if (!result.success) return { problems: result.error.issues.map(describe) };
  return { meetups: 'meetups' in result.data ? result.data.meetups : [result.data] };
}
