// @openllm-france/signup-receiver: start a receiver from settings, or build its parts yourself.
import { buildApp } from './app.mjs';
import { ConfigError, readConfig } from './config.mjs';
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
 * Checks the store (and Listmonk, with the relay), then listens. `settings` is what readConfig
 * returns (or an environment object, read with it); `options` are passed to buildApp (logStream,
 * timeouts…), but `relay` (`{ pollMs, baseDelayMs }`, the queue's pace). Resolves to
 * `{ app, store, url, port, close }`; rejects with a StoreError when the store is unusable, a
 * ConfigError when Listmonk refuses the credentials or lacks a list.
 */
export async function startReceiver(settings = process.env, { relay: relayPace, ...options } = {}) {
  const config = 'port' in settings ? settings : readConfig(settings);
  const listmonk = config.listmonk && listmonkClient(config.listmonk);
  let app;
  let relay;
  const store = openStore({
    ...config,
    onIdleError: (error) => app?.log.warn({ err: error }, 'database connection lost'),
  });
  try {
    await store.check();
    const problem = await listmonk?.check();
    if (problem) throw new ConfigError(problem);
    app = await buildApp({ store, ...config, relay: Boolean(listmonk), ...options });
    await app.listen({ port: config.port, host: config.host, listenTextResolver: () => 'listening' });
  } catch (error) {
    await app?.close();
    await store.close();
    throw error;
  }
  if (listmonk)
    relay = startRelay({
      store,
      log: app.log,
      ...relayPace,
      handle: (job) => {
        if (job.kind === 'erase') return listmonk.erase(job.email);
        return job.signup ? listmonk.subscribe(job.signup) : { refuse: 'the sign-up was erased before it was relayed' };
      },
    });
  const purge = config.retentionDays && schedulePurge(app, store, config.retentionDays * DAY);
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
      await store.close();
    },
  };
}

/** Deletes records older than `maxAgeMs` now, then every hour. */
function schedulePurge(app, store, maxAgeMs) {
  const run = () =>
    store
      .purge(new Date(Date.now() - maxAgeMs).toISOString())
      .then((records) => records && app.log.info({ event: 'retention', records }, 'purged old records'))
      .catch((error) => app.log.error({ err: error }, 'retention purge failed'));
  run();
  return setInterval(run, HOUR).unref();
}
