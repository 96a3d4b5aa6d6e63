// The relay's worker: takes due jobs from the store's durable queue (written in the same
// transaction as each sign-up, so a stored sign-up is never without its job), hands them over,
// and records the outcome. Failed attempts wait longer each time, or as long as Retry-After says;
// a refusal is kept with its reason. Several receivers on one PostgreSQL share the queue: a job
// is leased to one of them at a time.

const LEASE_MS = 60_000;
const MAX_DELAY_MS = 3_600_000;

/**
 * @param {{ store, handle: (job) => Promise<object>, log, pollMs?: number, baseDelayMs?: number, batch?: number }} options
 *   `handle` resolves to `{ done }`, `{ retry, afterMs? }` or `{ refuse }`.
 */
export function startRelay({ store, handle, log, pollMs = 1000, baseDelayMs = 2000, batch = 10 }) {
  let timer;
  let running;
  let stopped = false;

  const delayAfter = (attempts) => {
    const ceiling = Math.min(MAX_DELAY_MS, baseDelayMs * 2 ** Math.min(attempts, 20));
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
  };

  async function work(job) {
    let outcome;
    try {
      outcome = await handle(job);
    } catch (error) {
      outcome = { retry: error.message };
    }
    const now = Date.now();
    if (outcome.done) return store.finishJob(job.id, 'delivered', null, new Date(now).toISOString());
    if (outcome.refuse) {
      log.warn({ event: 'relay', job: job.id, kind: job.kind, reason: outcome.refuse }, 'refused for good');
      return store.finishJob(job.id, 'refused', outcome.refuse, new Date(now).toISOString());
    }
    const attempts = job.attempts + 1;
    const next = new Date(now + (outcome.afterMs ?? delayAfter(attempts))).toISOString();
    log.warn({ event: 'relay', job: job.id, kind: job.kind, attempts, reason: outcome.retry }, 'will retry');
    return store.retryJob(job.id, attempts, next, outcome.retry);
  }

  async function tick() {
    let claimed = [];
    try {
      claimed = await store.claimJobs({ limit: batch, leaseMs: LEASE_MS });
      for (const [index, job] of claimed.entries()) {
        // Stopping: the jobs not started go back at once, not after their lease (a worker that dies
        // instead leaves them leased, and the next one takes them when the lease ends).
        if (stopped) {
          await store.releaseJobs(claimed.slice(index).map((unstarted) => unstarted.id));
          break;
        }
        await work(job);
      }
    } catch (error) {
      log.error({ err: error }, 'relay queue unavailable');
    }
    if (!stopped) timer = setTimeout(run, claimed.length === batch ? 0 : pollMs);
  }

  function run() {
    running = tick();
  }

  run();
  return {
    /** Finishes the job in hand, then stops. */
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
