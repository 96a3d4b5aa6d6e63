import type { Signup } from '../schemas.js';

/** How a sign-up is encoded for the receiving service. */
export const ADAPTERS = ['json', 'form', 'listmonk'] as const;
export type AdapterName = (typeof ADAPTERS)[number];

/** Where and how a sign-up goes; stored with it in the outbox. */
export interface DeliveryTarget {
  endpoint: string;
  adapter: AdapterName;
  /** Listmonk list UUIDs. */
  lists: string[];
}

/** Flattens nested objects into dotted keys: `consent.at`, `source.page`… */
function formFields(value: object, prefix = ''): [string, string][] {
  return Object.entries(value).flatMap(([key, item]): [string, string][] => {
    if (item === undefined) return [];
    const name = prefix + key;
    return typeof item === 'object' && item !== null ? formFields(item, `${name}.`) : [[name, String(item)]];
  });
}

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

/** The HTTP request that sends `signup` to `target`. */
export function buildRequest(target: DeliveryTarget, signup: Signup): { url: string; init: RequestInit } {
  // `manual`: a redirect would turn the POST into a GET and lose the sign-up; it is reported instead.
  const base: RequestInit = {
    method: 'POST',
    credentials: 'omit',
    mode: 'cors',
    cache: 'no-store',
    redirect: 'manual',
  };
  switch (target.adapter) {
    case 'form':
      // Like a plain HTML form: only CORS-safelisted headers, and `no-cors`, so that a handler that
      // sends no CORS headers still receives it (its answer is then unreadable: see transport.ts).
      // `no-cors` needs `follow`; a redirect after a form post is the usual "done, see this page".
      return {
        url: target.endpoint,
        init: {
          ...base,
          mode: 'no-cors',
          redirect: 'follow',
          headers: { Accept: 'application/json' },
          body: new URLSearchParams(formFields(signup)),
        },
      };
    case 'listmonk':
      return {
        url: `${target.endpoint.replace(/\/+$/, '')}/api/public/subscription`,
        init: {
          ...base,
          headers: JSON_HEADERS,
          body: JSON.stringify({ email: signup.email, name: signup.name ?? '', list_uuids: target.lists }),
        },
      };
    default:
      return {
        url: target.endpoint,
        init: {
          ...base,
          // A structured-field string, as in the IETF Idempotency-Key draft: quoted.
          headers: { ...JSON_HEADERS, 'Idempotency-Key': `"${signup.submissionId}"` },
          body: JSON.stringify(signup),
        },
      };
  }
}

/** Whether a 2xx answer asks the person to confirm by e-mail (ours or Listmonk's way of saying it). */
export function asksForOptIn(body: unknown): boolean {
  const answer = body as { status?: unknown; data?: { has_optin?: unknown } } | null;
  return answer?.status === 'pending-optin' || answer?.data?.has_optin === true;
}

/** Longest server message shown to the person; a hostile or verbose server gets cut here. */
const MAX_MESSAGE_LENGTH = 300;

/**
 * The refusal's own words, to show the person: Listmonk's `{ "message" }`, or an RFC 9457 problem's
 * `detail`, else its `title`. Undefined when the answer has none.
 */
export function serverMessageOf(body: unknown): string | undefined {
  const answer = body as { message?: unknown; detail?: unknown; title?: unknown } | null;
  const text = [answer?.message, answer?.detail, answer?.title].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  return text?.trim().slice(0, MAX_MESSAGE_LENGTH);
}

/** Listmonk list identifiers are UUIDs; anything else makes Listmonk answer 500 or subscribe to nothing. */
export const isListUuid = (id: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** Field messages of a 400/422 answer `{ "errors": { "email": "…" } }`, strings only. */
export function fieldErrorsOf(body: unknown): Record<string, string> {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!errors || typeof errors !== 'object') return {};
  return Object.fromEntries(
    Object.entries(errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
