import type { FieldName } from '../join/fields.js';
import { PROFILES } from './profiles.js';
import { EMAIL_PATTERN, SIGNUP_LIMITS, lowerCaseDomain } from './signup-rules.js';
import type { SignupFields } from './signup-fields.js';

/**
 * `SignupFieldsSchema`'s rules without zod, for the browser: same output, same refused fields
 * (test/contract-checks.test.ts compares them on generated input). Lengths count code points, as zod does.
 */

const REFUSED = Symbol();

const text = (max: number) => (value: unknown) => {
  if (typeof value !== 'string') return REFUSED;
  const trimmed = value.trim();
  return [...trimmed].length <= max ? trimmed : REFUSED;
};

/** Each field's rule, in the schema's order (the order zod reports them in); the result or REFUSED. */
const RULES: Record<FieldName, (value: unknown) => unknown> = {
  email: (value) => {
    if (typeof value !== 'string') return REFUSED;
    const email = lowerCaseDomain(value.trim());
    return [...email].length <= SIGNUP_LIMITS.email && EMAIL_PATTERN.test(email) ? email : REFUSED;
  },
  name: text(SIGNUP_LIMITS.name),
  profile: (value) => ((PROFILES as readonly unknown[]).includes(value) ? value : REFUSED),
  organization: text(SIGNUP_LIMITS.organization),
  consent: (value) => (value === true ? value : REFUSED),
};

const REQUIRED = new Set<string>(['email', 'consent']);

/** The valid fields, or the names of the invalid ones. */
export function checkSignupFields(
  fields: Record<string, unknown>,
): { fields: SignupFields } | { invalid: FieldName[] } {
  const valid: Record<string, unknown> = {};
  const invalid: FieldName[] = [];
  for (const [name, rule] of Object.entries(RULES) as [FieldName, (value: unknown) => unknown][]) {
    const value = fields[name];
    // zod skips an optional field that is undefined, but keeps the key when the input has it.
    if (value === undefined && !REQUIRED.has(name)) {
      if (name in fields) valid[name] = undefined;
      continue;
    }
    const result = rule(value);
    if (result === REFUSED) invalid.push(name);
    else valid[name] = result;
  }
  return invalid.length ? { invalid } : { fields: valid as SignupFields };
}
