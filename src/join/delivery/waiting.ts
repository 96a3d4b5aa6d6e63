import type { Signup } from '../../contracts/signup.js';
import type { DeliveryTarget } from './target.js';

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

/**
 * Keeps a sign-up in the outbox when the sending code itself could not be loaded (offline before
 * the form was first used), in the outbox's own format: it is sent from there as soon as the
 * sending code loads. False when storage refuses; the form's retry button still holds it.
 */
export function keepUnsent(target: DeliveryTarget, signup: Signup): boolean {
  try {
    const waiting: unknown = JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]');
    const entries = Array.isArray(waiting) ? waiting : [];
    localStorage.setItem(
      OUTBOX_KEY,
      JSON.stringify([...entries, { target, signup, queuedAt: new Date().toISOString() }]),
    );
    return true;
  } catch {
    return false;
  }
}
