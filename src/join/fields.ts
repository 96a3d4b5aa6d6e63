import { msg } from '@lit/localize';
import type { SignupFields } from '../contracts/signup-fields.js';
import type { fieldMessages } from './messages.js';

/** A field of the form (the consent checkbox included), named as in the payload. */
export type FieldName = keyof SignupFields;

/** The optional fields a partner may show (`fields` attribute), in the form's order. */
export const OPTIONAL_FIELDS = ['name', 'profile', 'organization'] as const;
export type OptionalField = (typeof OPTIONAL_FIELDS)[number];

export interface FieldSpec {
  name: Exclude<FieldName, 'consent'>;
  label: () => string;
  /** `email`: the required address; `text`: free text up to 200 characters; `select`: the profiles. */
  kind: 'email' | 'text' | 'select';
  /** The input's `autocomplete` token (not for the select). */
  autocomplete?: string;
  /** What the person is told when the field is refused. */
  problem: keyof ReturnType<typeof fieldMessages>;
}

/**
 * The form's fields, in order. Their markup, how they are read into the payload and the message of
 * a refused one all come from this table; the consent checkbox, which records proof, is apart.
 */
export const FIELDS: readonly FieldSpec[] = [
  {
    name: 'email',
    kind: 'email',
    label: () => msg('Adresse e-mail', { id: 'join.label.email' }),
    autocomplete: 'email',
    problem: 'emailInvalid',
  },
  {
    name: 'name',
    kind: 'text',
    label: () => msg('Nom', { id: 'join.label.name' }),
    autocomplete: 'name',
    problem: 'tooLong',
  },
  {
    name: 'profile',
    kind: 'select',
    label: () => msg('Profil', { id: 'join.label.profile' }),
    problem: 'invalid',
  },
  {
    name: 'organization',
    kind: 'text',
    label: () => msg('Organisation', { id: 'join.label.organization' }),
    autocomplete: 'organization',
    problem: 'tooLong',
  },
];

/** The payload's fields from the form's data: text trimmed, empty optional fields left out. */
export function readFields(data: FormData): Record<string, unknown> {
  const fields: Record<string, unknown> = { email: data.get('email') ?? '', consent: data.get('consent') === 'yes' };
  for (const name of OPTIONAL_FIELDS) {
    const value = (data.get(name) as string | null)?.trim();
    if (value) fields[name] = value;
  }
  return fields;
}

/** Which message a refused field gets (an e-mail left empty is missing, not invalid). */
export function problemOf(field: FieldName, value: unknown): keyof ReturnType<typeof fieldMessages> {
  if (field === 'consent') return 'consent';
  if (field === 'email' && !String(value ?? '').trim()) return 'emailMissing';
  return FIELDS.find((spec) => spec.name === field)!.problem;
}
