// What the receiver decides about one request body, before any storage: bot or person, valid or
// not, and the fingerprint that tells a replay from a reused key.
import { createHash } from 'node:crypto';
import { safeParse } from 'zod/mini';
import { EmailSchema, SignupSchema } from '@openllm-france/widgets/schemas';

/** Faster than a person can read the form and type an address: a bot. */
const MIN_ELAPSED_MS = 1500;

/** A honeypot hit or an implausibly fast submission: answered like a success, stored nowhere. */
export const isBot = (body) =>
  Boolean(body?.website) || (typeof body?.elapsedMs === 'number' && body.elapsedMs < MIN_ELAPSED_MS);

const describe = (issue) => {
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'required' : `expected ${issue.expected}`;
  if (issue.message === 'invalid-email') return 'not a valid e-mail address';
  if (issue.code === 'too_big') return `too long (at most ${issue.maximum})`;
  if (issue.code === 'invalid_format') return `not a valid ${issue.format}`;
  return 'invalid value';
};

/**
 * Validates with the widgets' own schema. Resolves to `{ signup }` or `{ errors }`, one message per
 * top-level field (`{ "email": "not a valid e-mail address" }`), as the widget shows them.
 */
export function validateSignup(body) {
  const parsed = safeParse(SignupSchema, body);
  if (parsed.success) return { signup: parsed.data };
  const errors = {};
  for (const issue of parsed.error.issues) {
    errors[issue.path[0] === undefined ? 'body' : String(issue.path[0])] ??= describe(issue);
  }
  return { errors };
}

/** The same sign-up always has the same digest; another payload under the same key does not. */
export const digestOf = (signup) => createHash('sha256').update(JSON.stringify(signup)).digest('hex');

/**
 * The key that finds every record of one address, for access and erasure requests: the address as
 * the schema normalises it, lower-cased whole, so that `Marie@X.org` and `marie@x.org` meet.
 */
export const emailKeyOf = (validEmail) => validEmail.toLowerCase();

/** The key of an address typed by the operator; undefined when the text is not an address. */
export function emailKey(text) {
  const parsed = safeParse(EmailSchema, text);
  return parsed.success ? emailKeyOf(parsed.data) : undefined;
}
