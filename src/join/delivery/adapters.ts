import type { Signup } from '../../contracts/signup.js';
import type { DeliveryTarget } from './target.js';

/** The HTTP request of each adapter: loaded with the sending code, when a sign-up is sent. */

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
