// Listmonk's admin API, as its source defines it (cmd/handlers.go, cmd/subscribers.go): API users
// authenticate with `Authorization: token user:token`; answers are `{ "data": … }`, refusals
// `{ "message": … }`. Each call resolves to an outcome the relay queue acts on:
// `{ done }`, `{ retry, afterMs? }` (network, 429, 5xx) or `{ refuse }` (any other refusal).

const TIMEOUT_MS = 10_000;

/** Retry-After in milliseconds (seconds or an HTTP date), when the answer has a usable one. */
function retryAfterMs(value) {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** What a sign-up tells Listmonk besides the address and name: the proof of consent and its context. */
function attribsOf(signup) {
  return {
    openllm: {
      submissionId: signup.submissionId,
      consent: { text: signup.consent.text, at: signup.consent.at, noticeVersion: signup.consent.noticeVersion },
      profile: signup.profile,
      organization: signup.organization,
      locale: signup.locale,
      source: signup.source,
    },
  };
}

/**
 * @param {{ url: string, user: string, token: string, lists: number[] }} settings
 */
export function listmonkClient({ url, user, token, lists }) {
  const base = url.replace(/\/+$/, '');
  const headers = {
    Authorization: `token ${user}:${token}`,
    Accept: 'application/json',
    'Content-Type': 'application/json',
  };

  /** One request: `{ data }` on success, else an outcome for the queue. */
  async function call(method, path, body) {
    let response;
    try {
      response = await fetch(base + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      return { retry: `Listmonk unreachable (${error.cause?.code ?? error.name})` };
    }
    const payload = await response.json().catch(() => undefined);
    if (response.ok) return { data: payload?.data };
    const reason = `Listmonk ${response.status}: ${typeof payload?.message === 'string' ? payload.message : response.statusText}`;
    if (response.status === 429 || response.status >= 500)
      return { retry: reason, afterMs: retryAfterMs(response.headers.get('retry-after')) };
    return { refuse: reason, status: response.status };
  }

  /** The subscribers whose address is `email` (Listmonk keeps addresses in lower case). */
  async function find(email) {
    const found = await call('GET', `/api/subscribers?search=${encodeURIComponent(email)}&per_page=50`);
    if (!('data' in found)) return found;
    const wanted = email.toLowerCase();
    return { subscribers: (found.data?.results ?? []).filter((s) => s.email?.toLowerCase() === wanted) };
  }

  return {
    /** Resolves to undefined when the credentials work and every list exists, else to what is wrong. */
    async check() {
      const answer = await call('GET', '/api/lists?per_page=all');
      if (answer.retry) return `cannot use Listmonk at ${base}: ${answer.retry}`;
      if (answer.refuse)
        return answer.status === 401 || answer.status === 403
          ? `Listmonk refused LISTMONK_USER/LISTMONK_TOKEN (${answer.refuse})`
          : `cannot use Listmonk at ${base}: ${answer.refuse}`;
      const known = new Set((answer.data?.results ?? []).map((list) => list.id));
      const missing = lists.filter((id) => !known.has(id));
      if (missing.length)
        return `LISTMONK_LISTS: Listmonk has no list ${missing.join(', ')} (it has ${[...known].join(', ') || 'none'})`;
      return undefined;
    },

    /**
     * Subscribes the person to the lists, unconfirmed, so that Listmonk's double opt-in applies,
     * with the consent record in `attribs`. An address Listmonk already has is added to the lists.
     */
    async subscribe(signup) {
      const created = await call('POST', '/api/subscribers', {
        email: signup.email,
        name: signup.name ?? '',
        status: 'enabled',
        lists,
        attribs: attribsOf(signup),
        preconfirm_subscriptions: false,
      });
      if ('data' in created) return { done: true };
      if (created.status !== 409) return created;
      const found = await find(signup.email);
      if (!found.subscribers) return found;
      const [existing] = found.subscribers;
      if (!existing) return { retry: 'Listmonk said the address exists but did not find it' };
      // Listmonk binds a PATCH over the stored subscriber, so `attribs.openllm` is replaced and the
      // subscriber's other attributes and subscriptions stay as they are.
      const patched = await call('PATCH', `/api/subscribers/${existing.id}`, { attribs: attribsOf(signup) });
      if (!('data' in patched)) return patched;
      const added = await call('PUT', '/api/subscribers/lists', {
        ids: [existing.id],
        action: 'add',
        target_list_ids: lists,
        status: 'unconfirmed',
      });
      if (!('data' in added)) return added;
      // Listmonk sends its opt-in e-mail by itself only for a new subscriber: ask for it.
      const optin = await call('POST', `/api/subscribers/${existing.id}/optin`);
      return 'data' in optin || optin.refuse ? { done: true } : optin;
    },

    /** Deletes every Listmonk subscriber with this address. */
    async erase(email) {
      const found = await find(email);
      if (!found.subscribers) return found;
      for (const subscriber of found.subscribers) {
        const deleted = await call('DELETE', `/api/subscribers/${subscriber.id}`);
        if (!('data' in deleted) && deleted.status !== 404) return deleted;
      }
      return { done: true };
    },
  };
}
