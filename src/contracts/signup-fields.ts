import * as z from 'zod/mini';
import { PROFILES } from './profiles.js';
import { EMAIL_PATTERN, SIGNUP_LIMITS, lowerCaseDomain } from './signup-rules.js';

/**
 * What the person types in the sign-up form: the part of the contract the browser checks. Kept
 * apart from `schemas.ts` so that the widgets' bundle leaves out the UUID and date checks.
 */

export { PROFILES, type Profile } from './profiles.js';

/** An e-mail address, trimmed, with its domain lower-cased. */
export const EmailSchema = z
  .string()
  .check(
    z.trim(),
    z.overwrite(lowerCaseDomain),
    z.maxLength(SIGNUP_LIMITS.email),
    z.regex(EMAIL_PATTERN, 'invalid-email'),
  );

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));

/** The form's fields, as validated before a payload is built. */
export const SignupFieldsSchema = z.object({
  email: EmailSchema,
  name: z.optional(text(SIGNUP_LIMITS.name)),
  profile: z.optional(z.enum(PROFILES)),
  organization: z.optional(text(SIGNUP_LIMITS.organization)),
  consent: z.literal(true),
});

export type SignupFields = z.infer<typeof SignupFieldsSchema>;
