import { expect } from '@open-wc/testing';
import type { Signup } from '../src/contracts/index.js';
import type { DeliveryTarget } from '../src/join/delivery/target.js';
import { deliver, type DeliveryClock } from '../src/join/delivery/transport.js';
import { addToOutbox, readOutbox, removeFromOutbox, replayOutbox } from '../src/join/delivery/outbox.js';

// Delivery and the outbox on their own: fetch answers from a script, and a fake clock whose sleep
// only moves its own time, so that backoff and Retry-After waits of seconds take none.

const TARGET: DeliveryTarget = { endpoint: 'https://signups.example.org/api', adapter: 'json', lists: [] };
const signup = (submissionId = crypto.randomUUID()) =>
  ({
    submissionId,
    email: 'ada@example.org',
    locale: 'fr',
    consent: { given: true, at: new Date().toISOString(), text: 'Oui', noticeVersion: '1' },
    source: { page: 'https://partner.example.org/' },
    elapsedMs: 4000,
    client: { name: '@openllm-france/widgets', version: '0.1.0' },
  }) as Signup;

/** A clock that starts at 0 and records each wait. */
function fakeClock(random = 0.5): DeliveryClock & { waits: number[] } {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    random: () => random,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
  };
}

type Scripted = Response | 'network-error';
let requests: Request[] = [];
const realFetch = window.fetch;

/** Makes fetch answer with `answers`, in order (the last one again when they run out). */
function answerWith(...answers: Scripted[]) {
  requests = [];
  window.fetch = async (input, init) => {
    requests.push(new Request(input, init));
    const answer = answers[Math.min(requests.length, answers.length) - 1]!;
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    return answer.clone();
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('deliver', () => {
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('honours Retry-After in seconds, then delivers, with the same idempotency key', async () => {
    answerWith(json(503, {}, { 'Retry-After': '2' }), json(201, {}));
    const clock = fakeClock();
    const result = await deliver(TARGET, signup(), {}, clock);
    expect(result).to.deep.equal({ outcome: 'delivered', status: 201, pendingOptin: false });
    expect(clock.waits).to.deep.equal([2000]);
    const keys = requests.map((request) => request.headers.get('Idempotency-Key'));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('honours Retry-After as an HTTP date, counted from its own clock', async () => {
    answerWith(json(429, {}, { 'Retry-After': new Date(3000).toUTCString() }), json(200, { status: 'pending-optin' }));
    const clock = fakeClock();
    const result = await deliver(TARGET, signup(), {}, clock);
    expect(result).to.deep.equal({ outcome: 'delivered', status: 200, pendingOptin: true });
    expect(clock.waits).to.deep.equal([3000]);
  });

  it('stops at a Retry-After beyond the cap: undelivered, to be kept', async () => {
    answerWith(json(503, {}, { 'Retry-After': '120' }));
    const clock = fakeClock();
    const result = await deliver(TARGET, signup(), { maxRetryAfterMs: 30_000 }, clock);
    expect(result).to.deep.equal({ outcome: 'undelivered', status: 503, reason: 'http' });
    expect(requests).to.have.length(1);
    expect(clock.waits).to.deep.equal([]);
  });

  it('backs off exponentially with jitter, up to maxAttempts', async () => {
    answerWith(json(500, {}));
    const clock = fakeClock(0.5);
    const result = await deliver(TARGET, signup(), { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 1500 }, clock);
    expect(result).to.deep.equal({ outcome: 'undelivered', status: 500, reason: 'http' });
    expect(requests).to.have.length(4);
    // Half of min(max, base × 2^n): 250, 500, then the ceiling's half.
    expect(clock.waits).to.deep.equal([250, 500, 750]);
  });

  it('starts no retry past the deadline, so the person is not kept waiting', async () => {
    answerWith(json(503, {}, { 'Retry-After': '10' }));
    const clock = fakeClock();
    const result = await deliver(TARGET, signup(), { deadlineMs: 25_000, maxAttempts: 10 }, clock);
    expect(result.outcome).to.equal('undelivered');
    expect(clock.waits).to.deep.equal([10_000, 10_000]);
    expect(requests).to.have.length(3);
  });

  it('does not retry a refusal, and returns its field errors and message', async () => {
    answerWith(json(422, { errors: { email: 'Adresse refusée' }, message: 'Invalide' }));
    const clock = fakeClock();
    const result = await deliver(TARGET, signup(), {}, clock);
    expect(result).to.deep.equal({
      outcome: 'rejected',
      status: 422,
      fieldErrors: { email: 'Adresse refusée' },
      message: 'Invalide',
    });
    expect(requests).to.have.length(1);
    expect(clock.waits).to.deep.equal([]);
  });

  it('reports a network failure as undelivered after every attempt, never as a throw', async () => {
    answerWith('network-error');
    const clock = fakeClock(0);
    const result = await deliver(TARGET, signup(), { maxAttempts: 3 }, clock);
    expect(result).to.deep.equal({ outcome: 'undelivered', reason: 'network' });
    expect(requests).to.have.length(3);
  });
});

describe('outbox', () => {
  beforeEach(() => localStorage.removeItem('openllm-join-outbox'));
  afterEach(() => localStorage.removeItem('openllm-join-outbox'));

  it('keeps a sign-up once, and forgets it when removed', () => {
    const kept = signup();
    expect(addToOutbox(TARGET, kept)).to.equal(true);
    expect(addToOutbox(TARGET, kept)).to.equal(true);
    expect(readOutbox().map((entry) => entry.signup.submissionId)).to.deep.equal([kept.submissionId]);
    removeFromOutbox(kept.submissionId);
    expect(readOutbox()).to.deep.equal([]);
    expect(localStorage.getItem('openllm-join-outbox')).to.equal(null);
  });

  it('drops entries older than 30 days, from storage too', () => {
    addToOutbox(TARGET, signup());
    const thirtyOneDays = Date.now() + 31 * 24 * 3600 * 1000;
    expect(readOutbox(thirtyOneDays)).to.deep.equal([]);
    expect(localStorage.getItem('openllm-join-outbox')).to.equal(null);
  });

  it('replays each waiting sign-up once, keeping only those still undelivered', async () => {
    const delivered = signup();
    const waiting = signup();
    const refused = signup();
    for (const entry of [delivered, waiting, refused]) addToOutbox(TARGET, entry);
    const outcomes = {
      [delivered.submissionId]: { outcome: 'delivered', status: 201, pendingOptin: false },
      [waiting.submissionId]: { outcome: 'undelivered', reason: 'network' },
      [refused.submissionId]: { outcome: 'rejected', status: 422, fieldErrors: {} },
    } as const;
    const sent: string[] = [];
    const heard: string[] = [];
    await replayOutbox(
      async (entry) => {
        sent.push(entry.signup.submissionId);
        return outcomes[entry.signup.submissionId]!;
      },
      (entry, result) => heard.push(`${entry.signup.submissionId} ${result.outcome}`),
    );
    expect(sent).to.deep.equal([delivered.submissionId, waiting.submissionId, refused.submissionId]);
    expect(heard).to.have.length(3);
    expect(readOutbox().map((entry) => entry.signup.submissionId)).to.deep.equal([waiting.submissionId]);
  });

  it('joins a replay already running instead of sending twice', async () => {
    addToOutbox(TARGET, signup());
    let sends = 0;
    const send = async () => {
      sends++;
      return { outcome: 'delivered', status: 201, pendingOptin: false } as const;
    };
    await Promise.all([replayOutbox(send), replayOutbox(send)]);
    expect(sends).to.equal(1);
  });
});
