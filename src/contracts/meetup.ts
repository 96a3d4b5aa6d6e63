import * as z from 'zod/mini';

/**
 * The meetup contract: one meetup, or a feed `{ "meetups": [ … ] }`. Times are ISO 8601 with an
 * offset; `timezone` (IANA, default Europe/Paris) is the zone the meetup is shown in.
 */

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
/** URLs are checked for their scheme when rendered (safe-url.ts), so a bad one is reported, not fatal. */
const url = z.string().check(z.trim(), z.maxLength(2000));

/** Zones already found valid: checking one means creating a formatter, which is slow. */
const knownZones = new Set<string>();
const isTimeZone = (zone: string): boolean => {
  if (knownZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    knownZones.add(zone);
    return true;
  } catch {
    return false;
  }
};

export const AgendaItemSchema = z.object({
  title: text(300),
  speaker: z.optional(text(200)),
  durationMinutes: z.number().check(z.int(), z.positive(), z.maximum(24 * 60)),
});

export const MeetupSchema = z
  .object({
    id: z.optional(text(200)),
    title: text(300),
    start: z.iso.datetime({ offset: true }),
    end: z.iso.datetime({ offset: true }),
    timezone: z._default(z.string().check(z.refine(isTimeZone, 'not a known IANA time zone')), 'Europe/Paris'),
    venue: z.optional(text(300)),
    address: z.optional(text(500)),
    description: z.optional(text(2000)),
    registrationUrl: z.optional(url),
    streamUrl: z.optional(url),
    replayUrl: z.optional(url),
    agenda: z.optional(z.array(AgendaItemSchema).check(z.maxLength(50))),
  })
  .check(
    z.refine((meetup) => Date.parse(meetup.end) > Date.parse(meetup.start), {
      message: 'must be after start',
      path: ['end'],
    }),
  );

export const MeetupListSchema = z.object({ meetups: z.array(MeetupSchema).check(z.minLength(1), z.maxLength(200)) });

/** A feed: one meetup or a list of them. */
export const MeetupFeedSchema = z.union([MeetupSchema, MeetupListSchema]);

export type AgendaItem = z.infer<typeof AgendaItemSchema>;
export type Meetup = z.output<typeof MeetupSchema>;
export type MeetupInput = z.input<typeof MeetupSchema>;
export type MeetupFeed = z.input<typeof MeetupFeedSchema>;

/** Readable problems: `meetups[0].start: expected an ISO 8601 date-time with offset`. */
function describe(issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
  let problem = issue.message;
  if (issue.code === 'invalid_type') problem = `expected ${issue.expected}`;
  else if (issue.code === 'invalid_format')
    problem = issue.format === 'datetime' ? 'expected an ISO 8601 date-time with offset' : `expected ${issue.format}`;
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
