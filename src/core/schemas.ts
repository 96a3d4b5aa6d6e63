import * as z from 'zod/mini';

/**
 * The public data contracts. Browser code uses `zod/mini` (about a fifth of full zod); a receiver
 * can import the same schemas from `@openllm-france/widgets/schemas` to validate what it gets.
 */

/** The people the manifesto welcomes, plus organisations. */
export const PROFILES = ['researcher', 'developer', 'language-specialist', 'user', 'curious', 'organization'] as const;
export type Profile = (typeof PROFILES)[number];

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

/** A sign-up as the widget sends it (the body of the `json` adapter). */
export const SignupSchema = z.object({
  submissionId: z.uuid(),
  email: EmailSchema,
  name: z.optional(text(200)),
  profile: z.optional(z.enum(PROFILES)),
  organization: z.optional(text(200)),
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

/** What the person types in the form, checked before a payload is built. */
export const SignupFieldsSchema = z.extend(
  z.pick(SignupSchema, { email: true, name: true, profile: true, organization: true }),
  { consent: z.literal(true) },
);

export type SignupFields = z.infer<typeof SignupFieldsSchema>;
