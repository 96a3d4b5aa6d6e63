/**
 * The sign-up contract's rules, free of zod: the zod schema (signup-fields.ts) and the browser's
 * light check (check-signup-fields.ts) both read them from here, so a limit or a pattern is written
 * once; test/contract-checks.test.ts proves the two sides agree.
 */

/** One `@`, no spaces, a dotted domain whose last label has two or more characters; Unicode allowed. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*\.[^\s@.]{2,}$/u;

/** The address with its domain lower-cased (the local part may be case-sensitive). */
export const lowerCaseDomain = (email: string): string => {
  const at = email.lastIndexOf('@');
  return at < 0 ? email : email.slice(0, at) + email.slice(at).toLowerCase();
};

/** The largest lengths, in code points as zod counts them. */
export const SIGNUP_LIMITS = { email: 254, name: 200, organization: 200 } as const;
