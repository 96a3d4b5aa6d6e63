// @openllm-france/signup-receiver: start a receiver from settings, or build its parts yourself.
import { buildApp } from './app.mjs';
import { readConfig } from './config.mjs';
import { openStore } from './store/index.mjs';

export { buildApp, DEFAULT_TIMEOUTS } from './app.mjs';
export { ConfigError, readConfig } from './config.mjs';
export { importJsonl, describeImport } from './import.mjs';
export { openStore, StoreError } from './store/index.mjs';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Checks the store, then listens. `settings` is what readConfig returns (or an environment
 * object, read with it); `options` are passed to buildApp (logStream, timeouts…). Resolves to
 * `{ app, store, url, port, close }`; rejects with a StoreError when the store is unusable.
 */
export async function startReceiver(settings = process.env, options = {}) {
  const config = 'port' in settings ? settings : readConfig(settings);
  let app;
  const store = openStore({
    ...config,
    onIdleError: (error) => app?.log.warn({ err: error }, 'database connection lost'),
  });
  try {
    await store.check();
    app = await buildApp({ store, ...config, ...options });
    await app.listen({ port: config.port, host: config.host, listenTextResolver: () => 'listening' });
  } catch (error) {
    await app?.close();
    await store.close();
    throw error;
  }
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
