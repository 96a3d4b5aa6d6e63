#!/usr/bin/env node
// openllm-signup-receiver            serve, configured by environment variables (README)
// openllm-signup-receiver import F   bring a 0.1 data file (signups.jsonl) into the store
import { access } from 'node:fs/promises';
import {
  ConfigError,
  describeImport,
  importJsonl,
  openStore,
  readConfig,
  startReceiver,
  StoreError,
} from '../src/index.mjs';

/** One line an operator can act on, instead of a stack trace. */
function explain(error, config) {
  if (error instanceof ConfigError) return error.message;
  if (error instanceof StoreError) return `${error.message}: ${error.cause?.message ?? 'unknown reason'}`;
  if (error.code === 'EADDRINUSE') return `port ${config?.port} on ${config?.host} is already in use (set PORT)`;
  if (error.code === 'EADDRNOTAVAIL') return `HOST ${config?.host} is not an address of this machine`;
  if (error.code === 'EACCES') return `not allowed to listen on port ${config?.port} (use a port above 1023)`;
  return error.message;
}

function fail(error, config) {
  console.error(`openllm-signup-receiver: ${explain(error, config)}`);
  process.exit(1);
}

async function serve(config) {
  const receiver = await startReceiver(config);
  console.error(
    `OpenLLM sign-up receiver: ${receiver.url}/api/signups, ${receiver.store.engine} store ${receiver.store.where} (Ctrl-C to stop)`,
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) process.exit(1); // a second signal: stop now
    stopping = true;
    await receiver.close(); // requests in flight finish first
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function importFile(config, file) {
  if (!file) throw new Error('usage: openllm-signup-receiver import FILE.jsonl');
  await access(file).catch(() => {
    throw new Error(`cannot read ${file}`);
  });
  // Imported sign-ups were never asked to confirm by e-mail: no confirmation mail, no expiry.
  const store = openStore({ ...config, optin: undefined });
  try {
    await store.check();
    console.log(describeImport(await importJsonl(store, file)));
  } finally {
    await store.close();
  }
}

let config;
try {
  config = readConfig();
  const [command, file] = process.argv.slice(2);
  if (command === 'import') await importFile(config, file);
  else if (command === undefined || command === 'serve') await serve(config);
  else throw new Error(`unknown command ${JSON.stringify(command)} (serve, import FILE.jsonl)`);
} catch (error) {
  fail(error, config);
}
