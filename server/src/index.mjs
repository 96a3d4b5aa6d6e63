// @openllm-france/signup-receiver: start a receiver from settings, or build its parts yourself.
import { randomBytes } from 'node:crypto';
import { buildApp } from './app.mjs';
import { ConfigError, readConfig } from './config.mjs';
import { optinMailer } from './optin/mailer.mjs';
import { hashToken } from './optin/token.mjs';
import { listmonkClient } from './relay/listmonk.mjs';
import { startRelay } from './relay/queue.mjs';
import { openStore } from './store/index.mjs';

export { buildApp, DEFAULT_TIMEOUTS } from './app.mjs';
export { ConfigError, readConfig } from './config.mjs';
export { importJsonl, describeImport } from './import.mjs';
export { openStore, StoreError } from './store/index.mjs';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Checks the store (and Listmonk or the SMTP server, when configured), then listens. `settings` is what readConfig
 * returns (or an environment object, read with it); `options` are passed to buildApp (logStream,
 * timeouts…), but `relay` (`{ pollMs, baseDelayMs }`, the queue's pace). Resolves to
 * `{ app, store, url, port, close }`; rejects with a StoreError when the store is unusable, a
 * ConfigError when Listmonk refuses the credentials or lacks a list, or SMTP does not answer.
 */
export async function startReceiver(settings = process.env, { relay: relayPace, ...options } = {}) {
  const config = 'port' in settings ? settings : readConfig(settings);
  const listmonk = config.listmonk && listmonkClient(config.listmonk);
  const mailer = config.optin && optinMailer(config.optin);
  let app;
  let relay;
  const store = openStore({
    ...config,
    onIdleError: (error) => app?.log.warn({ err: error }, 'database connection lost'),
  });
  try {
    await store.check();
    const problem = (await listmonk?.check()) ?? (await mailer?.check());
    if (problem) throw new ConfigError(problem);
    app = await buildApp({ store, ...config, relay: Boolean(listmonk || mailer), ...options });
    await app.listen({ port: config.port, host: config.host, listenTextResolver: () => 'listening' });
  } catch (error) {
    await app?.close();
    await store.close();
    mailer?.close();
    throw error;
  }
  if (listmonk || mailer)
    relay = startRelay({ store, log: app.log, ...relayPace, handle: handOver({ store, listmonk, mailer, config }) });
  const purge = schedulePurge(app, store, config);
  const { port } = app.server.address();
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    app,
    store,
    port,
    url: `http://${host}:${port}`,
    /** Stops taking requests, lets those in flight finish, then closes the store. */
    async close() {
      clearInterval(purge);
      await app.close();
      await relay?.stop();
      mailer?.close();
      await store.close();
    },
  };
}

/** What the queue does with each job: subscribe or erase in Listmonk, or mail a confirmation link. */
function handOver({ store, listmonk, mailer, config }) {
  return async (job) => {
    if (job.kind === 'erase') return listmonk.erase(job.email);
    if (!job.signup) return { refuse: 'the sign-up was erased before it was handed over' };
    if (job.kind === 'subscribe') return listmonk.subscribe(job.signup);
    // A new link on every attempt: only its hash is kept, so the last one sent is the valid one.
    const token = randomBytes(24).toString('base64url');
    const expiresAt = new Date(Date.now() + config.optin.expiryDays * DAY).toISOString();
    await store.setOptinToken(job.signup.submissionId, hashToken(token), expiresAt);
    return mailer.send(job.signup, token);
  };
}

/**
 * Now, then every hour: deletes the records older than RETENTION_DAYS, and the sign-ups left
 * unconfirmed past OPTIN_EXPIRY_DAYS. Undefined when neither applies.
 */
function schedulePurge(app, store, { retentionDays, optin }) {
  if (!retentionDays && !optin) return undefined;
  const ago = (days) => new Date(Date.now() - days * DAY).toISOString();
  const run = async () => {
    try {
      const purged = retentionDays ? await store.purge(ago(retentionDays)) : 0;
      if (purged) app.log.info({ event: 'retention', records: purged }, 'purged old records');
      const expired = optin ? await store.expireUnconfirmed(ago(optin.expiryDays)) : 0;
      if (expired) app.log.info({ event: 'optin-expiry', records: expired }, 'erased unconfirmed sign-ups');
    } catch (error) {
      app.log.error({ err: error }, 'purge failed');
    }
  };
  run();
  return setInterval(run, HOUR).unref();
}
