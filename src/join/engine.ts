import { safeParse } from 'zod/mini';
import { SignupFieldsSchema, type SignupFields } from '../contracts/signup-fields.js';
import type { FieldName } from './fields.js';

/**
 * The sending half of `<openllm-join>`: validation (zod), delivery and the outbox. Loaded with a
 * dynamic import as soon as a form connects, so that pages without a form never pay for it.
 */
export { deliver } from './delivery/transport.js';
export { addToOutbox, removeFromOutbox, replayOutbox } from './delivery/outbox.js';

/** The valid fields, or the names of the invalid ones. */
export function validateFields(fields: Record<string, unknown>): { fields: SignupFields } | { invalid: FieldName[] } {
  const parsed = safeParse(SignupFieldsSchema, fields);
  if (parsed.success) return { fields: parsed.data };
  return { invalid: [...new Set(parsed.error.issues.map((issue) => issue.path[0] as FieldName))] };
}
