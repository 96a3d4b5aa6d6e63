// Shared by the receiver's tests: sign-ups, the two engines (SQLite in a temporary folder, and a
// throwaway PostgreSQL database when DATABASE_URL names a server), receivers on free ports, and
// the receiver's own process for the tests that kill or signal it.
import { spawn, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openStore, startReceiver } from '../src/index.mjs';

export const ORIGIN = 'https://partner.example';
export const TOKEN = 'export-token-for-tests';
export const BIN = fileURLToPath(new URL('../bin/receiver.mjs', import.meta.url));

export const signup = (overrides = {}) => ({
  submissionId: randomUUID(),
  email: 'marie.curie@example.org',
  name: 'Marie Curie',
  profile: 'researcher',
  locale: 'fr',
  consent: { given: true, at: new Date().toISOString(), text: 'J’accepte d’être contacté·e.', noticeVersion: '1' },
  source: { page: 'https://partner.example/soutien', tag: 'acme' },
  elapsedMs: 12_000,
  client: { name: '@openllm-france/widgets', version: '0.1.0' },
  ...overrides,
});

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `check` every `every` ms until it returns a truthy value, for at most `timeout` ms: sized
 * for a CI machine whose cores are busy with other work (on an idle one, conditions come in well
 * under a second).
 */
export async function eventually(check, { timeout = 30_000, every = 100, what = 'condition' } = {}) {
  let last;
  for (const deadline = Date.now() + timeout; Date.now() < deadline;) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await sleep(every);
  }
  throw new Error(`${what} never came true (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

export const POSTGRES_SKIP =
  !process.env.DATABASE_URL &&
  'DATABASE_URL is not set: give it a PostgreSQL server (the tests make and drop their own databases) to run these';

/** A PostgreSQL database of its own on the DATABASE_URL server, dropped by `drop()`. */
export async function throwawayDatabase(serverUrl = process.env.DATABASE_URL) {
  const name = `receiver_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * The engines every suite runs against: `{ name, skip, make }`, where make() resolves to
 * `{ settings, cleanup }` (the settings a receiver or store needs to reach a fresh, empty store).
 */
export const ENGINES = [
  {
    name: 'SQLite',
    skip: false,
    async make() {
      const dataDir = await mkdtemp(join(tmpdir(), 'receiver-test-'));
      return { settings: { dataDir }, cleanup: () => rm(dataDir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'PostgreSQL',
    skip: POSTGRES_SKIP,
    async make() {
      const database = await throwawayDatabase();
      return { settings: { databaseUrl: database.url, dataDir: '' }, cleanup: () => database.drop() };
    },
  },
];

/** Collects the JSON log lines a receiver writes. */
export function logCollector() {
  const lines = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(line);
      done();
    },
  });
  return { lines, stream };
}

/** Settings as readConfig gives them, for a receiver on a free port of 127.0.0.1. */
export const settingsFor = (storeSettings, overrides = {}) => ({
  port: 0,
  host: '127.0.0.1',
  dataDir: '',
  databaseUrl: undefined,
  allowedOrigins: [ORIGIN],
  exportToken: TOKEN,
  rateLimit: 1_000_000,
  trustProxy: false,
  retentionDays: undefined,
  logLevel: 'info',
  ...storeSettings,
  ...overrides,
});

/** A receiver in this process, with helpers to post and to read back; its log lines in `logs`. */
export async function startTestReceiver(storeSettings, overrides = {}, options = {}) {
  const logs = logCollector();
  const receiver = await startReceiver(settingsFor(storeSettings, overrides), { logStream: logs.stream, ...options });
  return Object.assign(withClient(receiver), { logs: logs.lines });
}

/** Adds `post`, `operator` (a bearer-token request) and `exported` to anything with a `url`. */
export function withClient(receiver) {
  const post = (body, headers = {}) =>
    fetch(`${receiver.url}/api/signups`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const operator = (path, init = {}) =>
    fetch(`${receiver.url}${path}`, { ...init, headers: { Authorization: `Bearer ${TOKEN}`, ...init.headers } });
  /** Every stored record, from the JSON Lines export. */
  const exported = async () => {
    const response = await operator('/api/signups.jsonl');
    if (response.status !== 200) throw new Error(`export answered ${response.status}`);
    return (await response.text())
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  };
  return Object.assign(receiver, { post, operator, exported });
}

/** Opens the store alone (no HTTP), for reading what a stopped receiver left. */
export async function storedIds(storeSettings) {
  const store = openStore(settingsFor(storeSettings));
  try {
    const ids = [];
    for (
      let page = await store.page({ since: '' });
      page.length;
      page = await store.page({ since: '', afterId: page.at(-1).id })
    )
      ids.push(...page.map((record) => record.submissionId));
    return ids;
  } finally {
    await store.close();
  }
}

/** The environment variables that give the receiver process these store settings. */
export const envFor = ({ dataDir, databaseUrl }) => ({
  DATA_DIR: dataDir || '',
  DATABASE_URL: databaseUrl || '',
});

/**
 * Runs the receiver's command in a process of its own. Resolves, once it listens, to
 * `{ child, url, output, exited }` (`exited` resolves to the exit code).
 */
export async function spawnReceiver(env, args = []) {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH, PORT: '0', EXPORT_TOKEN: TOKEN, ALLOWED_ORIGINS: ORIGIN, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  const url = await Promise.race([
    eventually(() => output.match(/(http:\/\/127\.0\.0\.1:\d+)\/api\/signups/)?.[1], {
      timeout: 60_000,
      what: 'the receiver listening',
    }),
    exited.then((code) => {
      throw new Error(`the receiver exited (${code}): ${output}`);
    }),
  ]);
  return { child, url, exited, output: () => output };
}

/** Runs the receiver's command to its end: `{ code, output }`. */
export function runReceiver(env, args = []) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** A free TCP port on 127.0.0.1. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** The newest PostgreSQL server binaries installed from Debian's packages, if any. */
export function postgresBinaries() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const version = readdirSync(root)
    .filter((entry) => existsSync(join(root, entry, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a))[0];
  return version && join(root, version, 'bin');
}

/**
 * A PostgreSQL server of the test's own (initdb in a temporary folder, on a free port of
 * 127.0.0.1), which the test may stop and start. As root, it runs as the `postgres` user.
 */
export async function privatePostgres() {
  const bin = postgresBinaries();
  const dir = await mkdtemp(join(tmpdir(), 'receiver-pg-'));
  const asRoot = userInfo().uid === 0;
  const run = (tool, args) =>
    execFileSync(
      asRoot ? 'runuser' : join(bin, tool),
      asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args,
      {
        stdio: 'pipe',
      },
    );
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    await chown(dir, uid, gid);
  }
  const port = await freePort();
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  const start = () => run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  const stop = () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async destroy() {
      try {
        stop();
      } catch {
        // already stopped
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
