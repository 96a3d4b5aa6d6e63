import type { Signup } from '../../contracts/signup.js';
import { buildRequest } from './adapters.js';
import type { DeliveryTarget } from './target.js';
import { asksForOptIn, fieldErrorsOf, serverMessageOf } from './answers.js';
import { backoffDelay, parseRetryAfter, RETRYABLE_STATUSES } from './retry.js';

/** What became of a sign-up after all attempts. */
export type DeliveryResult =
  | { outcome: 'delivered'; status: number; pendingOptin: boolean }
  /**
   * Refused for good (a 4xx other than 408, 425 and 429): the person must change something, or cannot
   * sign up here. `message` is the server's own explanation, when it gave one.
   */
  | { outcome: 'rejected'; status: number; fieldErrors: Record<string, string>; message?: string }
  /** Redirected, or another status that retrying will not change (501…). */
  | { outcome: 'failed'; status: number; reason: 'http' | 'redirect' }
  /** Could not be delivered now, but may be later: keep it and try again. */
  | { outcome: 'undelivered'; status?: number; reason: 'network' | 'timeout' | 'http' };

/** The retry policy; an element's `deliveryOptions` sets it. */
export interface DeliveryOptions {
  /** Time allowed for one request (default 10 s). */
  timeoutMs?: number;
  /** Requests in all, the first one included (default 4). */
  maxAttempts?: number;
  /** Backoff base and ceiling (defaults 500 ms and 8 s). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Longest `Retry-After` honoured; longer waits end the attempts (default 30 s). */
  maxRetryAfterMs?: number;
  /** No retry starts after this long, so the person is not kept waiting: the sign-up is queued (default 30 s). */
  deadlineMs?: number;
}

/** Time and chance as delivery sees them; tests pass a fake one, so that retries take no real time. */
export interface DeliveryClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

const realClock: DeliveryClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

async function readBody(response: Response): Promise<unknown> {
  if (!response.headers.get('Content-Type')?.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** One request; network failures (CORS ones included) and timeouts come back as results, never as throws. */
type Answer = { response: Response; body: unknown } | { fault: 'network' | 'timeout' };

async function attempt(target: DeliveryTarget, signup: Signup, timeoutMs: number): Promise<Answer> {
  const { url, init } = buildRequest(target, signup);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { ...init, signal: controller.signal });
    return { response, body: await readBody(response) };
  } catch {
    return { fault: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends a sign-up with retries: exponential backoff with full jitter, `Retry-After` honoured up to
 * a cap, the same `submissionId` every time.
 */
export async function deliver(
  target: DeliveryTarget,
  signup: Signup,
  options: DeliveryOptions = {},
  clock: DeliveryClock = realClock,
): Promise<DeliveryResult> {
  const {
    timeoutMs = 10_000,
    maxAttempts = 4,
    baseDelayMs = 500,
    maxDelayMs = 8_000,
    maxRetryAfterMs = 30_000,
    deadlineMs = 30_000,
  } = options;
  const started = clock.now();
  let last: DeliveryResult = { outcome: 'undelivered', reason: 'network' };
  for (let tries = 1; ; tries++) {
    const answer = await attempt(target, signup, timeoutMs);
    let retryAfter: number | undefined;
    if ('fault' in answer) {
      last = { outcome: 'undelivered', reason: answer.fault };
    } else {
      const { status, type } = answer.response;
      // A cross-origin `form` post without CORS: the request was received; its answer can't be read.
      if (type === 'opaque') return { outcome: 'delivered', status, pendingOptin: false };
      if (type === 'opaqueredirect') return { outcome: 'failed', status, reason: 'redirect' };
      if (answer.response.ok) return { outcome: 'delivered', status, pendingOptin: asksForOptIn(answer.body) };
      if (status >= 400 && status < 500 && !RETRYABLE_STATUSES.has(status))
        return {
          outcome: 'rejected',
          status,
          fieldErrors: fieldErrorsOf(answer.body),
          message: serverMessageOf(answer.body),
        };
      if (!RETRYABLE_STATUSES.has(status)) return { outcome: 'failed', status, reason: 'http' };
      last = { outcome: 'undelivered', status, reason: 'http' };
      retryAfter = parseRetryAfter(answer.response.headers.get('Retry-After'), clock.now());
    }
    const delay = retryAfter ?? backoffDelay(tries - 1, baseDelayMs, maxDelayMs, clock.random);
    if (tries >= maxAttempts || delay > maxRetryAfterMs || clock.now() - started + delay > deadlineMs) return last;
    await clock.sleep(delay);
  }
}
