import * as z from 'zod/mini';
import { SignupFieldsSchema } from './signup-fields.js';

/** A sign-up as the widget sends it (the body of the `json` adapter); what a receiver validates. */
export const SignupSchema = z.extend(z.omit(SignupFieldsSchema, { consent: true }), {
  submissionId: z.uuid(),
  locale: z.string().check(z.minLength(2), z.maxLength(35)),
  consent: z.object({
    given: z.literal(true),
    at: z.iso.datetime({ offset: true }),
    text: z.string().check(z.minLength(1), z.maxLength(2000)),
    noticeVersion: z.string().check(z.minLength(1), z.maxLength(100)),
  }),
  source: z.object({
    page: z.string().check(z.maxLength(2000)),
    tag: z.optional(z.string().check(z.maxLength(200))),
  }),
  elapsedMs: z.number().check(z.int(), z.nonnegative()),
  client: z.object({ name: z.string().check(z.maxLength(100)), version: z.string().check(z.maxLength(50)) }),
});

export type Signup = z.infer<typeof SignupSchema>;
