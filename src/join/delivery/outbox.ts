import type { Signup } from '../../contracts/signup.js';
import { safeEndpoint } from './endpoint.js';
import { ADAPTERS, type DeliveryTarget } from './target.js';
import type { DeliveryResult } from './transport.js';
import { OUTBOX_KEY } from './waiting.js';

/** A sign-up waiting to be delivered, with where it goes. */
export interface OutboxEntry {
  target: DeliveryTarget;
  signup: Signup;
  queuedAt: string;
}

const KEY = OUTBOX_KEY;
const LOCK = OUTBOX_KEY;
/** Personal data is not kept forever: an entry undelivered after 30 days is dropped. */
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

/** localStorage, or undefined where it is blocked (sandboxed iframes, privacy settings). */
function storage(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** A stored entry is trusted no more than an attribute: its endpoint passes the same check. */
function isEntry(value: unknown): value is OutboxEntry {
  const entry = value as OutboxEntry | null;
  return (
    typeof entry?.signup?.submissionId === 'string' &&
    safeEndpoint(entry.target?.endpoint) === entry.target.endpoint &&
    ADAPTERS.includes(entry.target.adapter) &&
    Array.isArray(entry.target.lists)
  );
}

/** The waiting sign-ups. Unreadable and expired entries are dropped, from storage too. */
export function readOutbox(now = Date.now()): OutboxEntry[] {
  let stored: unknown;
  try {
    stored = JSON.parse(storage()?.getItem(KEY) ?? '[]');
  } catch {
    stored = undefined;
  }
  const entries = Array.isArray(stored) ? stored : [];
  const kept = entries.filter((entry) => isEntry(entry) && now - Date.parse(entry.queuedAt) < MAX_AGE_MS);
  if (kept.length !== entries.length || !Array.isArray(stored)) writeOutbox(kept);
  return kept;
}

/** Writes the list, removing the key when it is empty. False when storage refused. */
function writeOutbox(entries: OutboxEntry[]): boolean {
  const store = storage();
  try {
    if (!store) return false;
    if (entries.length) store.setItem(KEY, JSON.stringify(entries));
    else store.removeItem(KEY);
    return true;
  } catch {
    return false;
  }
}

/** Keeps a sign-up for later (once: a sign-up already waiting keeps its place and date); false when storage is unavailable or full. */
export function addToOutbox(target: DeliveryTarget, signup: Signup): boolean {
  const entries = readOutbox();
  if (entries.some((entry) => entry.signup.submissionId === signup.submissionId)) return true;
  return writeOutbox([...entries, { target, signup, queuedAt: new Date().toISOString() }]);
}

/** Deletes a sign-up (and so its personal data) once delivered or refused for good. */
export function removeFromOutbox(submissionId: string): void {
  writeOutbox(readOutbox().filter((entry) => entry.signup.submissionId !== submissionId));
}

export type Sender = (entry: OutboxEntry) => Promise<DeliveryResult>;
export type ReplayListener = (entry: OutboxEntry, result: DeliveryResult) => void;

let replaying: Promise<void> | undefined;
const listeners = new Set<ReplayListener>();

/**
 * Tries every waiting sign-up once. One replay at a time in the page (a call during a replay
 * joins it, listener included) and, through the Web Locks API where the browser has it, in all
 * tabs: another tab already replaying means nothing to do here. Without Web Locks two tabs may
 * both send, which the receiver's idempotency absorbs.
 */
export function replayOutbox(send: Sender, onResult?: ReplayListener): Promise<void> {
  if (!readOutbox().length) return replaying ?? Promise.resolve();
  if (onResult) listeners.add(onResult);
  const run = async () => {
    for (const entry of readOutbox()) {
      const result = await send(entry);
      if (result.outcome !== 'undelivered') removeFromOutbox(entry.signup.submissionId);
      for (const listener of listeners) listener(entry, result);
    }
  };
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  const runLocked = async () => {
    if (!locks) return run();
    await locks.request(LOCK, { ifAvailable: true }, async (lock) => {
      if (lock) await run();
    });
  };
  replaying ??= runLocked().finally(() => {
    replaying = undefined;
    listeners.clear();
  });
  return replaying;
}
