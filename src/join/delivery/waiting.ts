/** Where the outbox lives in localStorage; the key is removed when the outbox empties. */
export const OUTBOX_KEY = 'openllm-join-outbox';

/**
 * Whether sign-ups wait in this device's outbox: a key lookup, so that a form loads its sending
 * code at once only when there is something to replay.
 */
export function hasWaitingSignups(): boolean {
  try {
    return window.localStorage?.getItem(OUTBOX_KEY) != null;
  } catch {
    return false; // storage blocked: nothing can be waiting
  }
}
