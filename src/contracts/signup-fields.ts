import * as z from 'zod/mini';
import { PROFILES } from './profiles.js';

/**
 * What the person types in the sign-up form: the part of the contract the browser checks. Kept
 * apart from `schemas.ts` so that the widgets' bundle leaves out the UUID and date checks.
 */

export { PROFILES, type Profile } from './profiles.js';

/** One `@`, no spaces, a dotted domain whose last label has two or more characters; Unicode allowed. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*\.[^\s@.]{2,}$/u;

const lowerCaseDomain = (email: string): string => {
  const at = email.lastIndexOf('@');
  return at < 0 ? email : email.slice(0, at) + email.slice(at).toLowerCase();
};

/** An e-mail address, trimmed, with its domain lower-cased. */
export const EmailSchema = z
  .string()
  .check(z.trim(), z.overwrite(lowerCaseDomain), z.maxLength(254), z.regex(EMAIL_PATTERN, 'invalid-email'));

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));

/** The form's fields, as validated before a payload is built. */
export const SignupFieldsSchema = z.object({
  email: EmailSchema,
  name: z.optional(text(200)),
  profile: z.optional(z.enum(PROFILES)),
  organization: z.optional(text(200)),
  consent: z.literal(true),
});

export type SignupFields = z.infer<typeof SignupFieldsSchema>;
