// Reading a receiver's answer, which decides what the person is told. Only the sending engine
// needs it, so it stays out of the element's own chunk.

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
  for (const text of [answer?.message, answer?.detail, answer?.title])
    if (typeof text === 'string' && text.trim()) return text.trim().slice(0, MAX_MESSAGE_LENGTH);
  return undefined;
}

/** Field messages of a 400/422 answer `{ "errors": { "email": "…" } }`, strings only. */
export function fieldErrorsOf(body: unknown): Record<string, string> {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!errors || typeof errors !== 'object') return {};
  return Object.fromEntries(
    Object.entries(errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
