// `npm run bench:receiver`: autocannon on 127.0.0.1 sends valid sign-ups, each with its own
// submissionId, to the receiver on SQLite, on PostgreSQL and, in the same run, to the 0.1 receiver
// (bench/receiver-0.1.mjs), in five interleaved rounds; prints the median requests per second and
// p50/p99 latency, and checks that every acknowledged sign-up was stored. Exits 1 if an engine is
// slower than 0.1.
// Options: --amount N (2000), --connections N (20), --quick (200 sign-ups, no speed verdict).
// PostgreSQL: DATABASE_URL's server (a throwaway database is made and dropped), or else a private
// server started from Debian's postgresql binaries when they are installed.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { eventually, postgresBinaries, privatePostgres, signup, throwawayDatabase } from '../server/test/helpers.mjs';

const { values } = parseArgs({
  options: {
    amount: { type: 'string', default: '2000' },
    connections: { type: 'string', default: '20' },
    quick: { type: 'boolean', default: false },
  },
});
const amount = values.quick ? 200 : Number(values.amount);
const connections = Number(values.connections);

/** Starts a receiver script in its own process; resolves to `{ url, stop }` once it listens. */
async function launch(script, env) {
  const child = spawn(process.execPath, [script], {
    env: { PATH: process.env.PATH, PORT: '0', RATE_LIMIT: '100000000', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = await eventually(() => output.match(/(http:\/\/127\.0\.0\.1:\d+)\/api\/signups/)?.[1], {
    attempts: 300,
    what: `${script} listening`,
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Sends `count` distinct sign-ups; resolves to the figures. */
async function load(url, count = amount) {
  // Made beforehand, so that the load generator spends its time sending, not building.
  const bodies = Array.from({ length: count + connections }, () => signup());
  const payloads = bodies.map((body) => JSON.stringify(body));
  const sent = [];
  const started = performance.now();
  let finished = started;
  const run = autocannon({
    url: `${url}/api/signups`,
    connections,
    amount: count,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          sent.push(bodies[sent.length].submissionId);
          return { ...request, body: payloads[sent.length - 1] };
        },
      },
    ],
  });
  // autocannon notices the end on its one-second tick: time the last answer instead.
  run.on('response', () => (finished = performance.now()));
  const result = await run;
  const seconds = (finished - started) / 1000;
  return {
    rps: Math.round(result.requests.total / seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    sent,
  };
}

async function exportedIds(url, token) {
  const response = await fetch(`${url}/api/signups.jsonl`, { headers: { Authorization: `Bearer ${token}` } });
  return (await response.text())
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line).submissionId);
}

const TOKEN = 'bench';
const targets = [];
const cleanups = [];
/** A temporary folder, removed at the end. */
async function temporaryDir(prefix) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}
try {
  targets.push({
    name: 'SQLite',
    script: 'server/bin/receiver.mjs',
    env: { DATA_DIR: await temporaryDir('bench-receiver-sqlite-'), EXPORT_TOKEN: TOKEN },
  });

  let databaseUrl;
  if (process.env.DATABASE_URL) {
    const database = await throwawayDatabase();
    cleanups.push(() => database.drop());
    databaseUrl = database.url;
  } else if (postgresBinaries()) {
    const server = await privatePostgres();
    cleanups.push(() => server.destroy());
    databaseUrl = server.url;
  }
  if (databaseUrl)
    targets.push({
      name: 'PostgreSQL',
      script: 'server/bin/receiver.mjs',
      env: { DATABASE_URL: databaseUrl, EXPORT_TOKEN: TOKEN },
    });
  else console.log('PostgreSQL: skipped (no DATABASE_URL and no postgresql binaries)');

  targets.push({
    name: '0.1 (JSON Lines)',
    script: 'bench/receiver-0.1.mjs',
    env: { DATA_DIR: await temporaryDir('bench-receiver-0.1-'), EXPORT_TOKEN: TOKEN },
  });

  const ROUNDS = values.quick ? 1 : 5;
  const running = [];
  for (const target of targets) running.push({ ...target, ...(await launch(target.script, target.env)), runs: [] });
  try {
    for (const receiver of running) await load(receiver.url, 200); // warm-up: JIT, connections, caches
    // Rounds in turn, each target once per round, so that a busy moment of the machine hits all.
    for (let round = 0; round < ROUNDS; round++)
      for (const receiver of running) receiver.runs.push(await load(receiver.url));
    for (const receiver of running.filter((r) => r.script.startsWith('server'))) {
      const stored = new Set(await exportedIds(receiver.url, TOKEN));
      const sent = receiver.runs.flatMap((run) => run.sent);
      const missing = sent.filter((id) => !stored.has(id));
      if (missing.length) throw new Error(`${receiver.name}: ${missing.length} acknowledged sign-up(s) not stored`);
    }
  } finally {
    for (const receiver of running) await receiver.stop();
  }

  const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
  const rows = running.map(({ name, runs }) => ({
    name,
    rps: median(runs.map((run) => run.rps)),
    each: runs.map((run) => run.rps),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  }));
  const baseline = rows.at(-1);
  console.log(
    `\n${amount} valid sign-ups at ${connections} connections on 127.0.0.1, ${ROUNDS} round(s), medians; Node ${process.versions.node}\n`,
  );
  console.log('| receiver | requests/s | each round | p50 ms | p99 ms | non-2xx | errors | vs 0.1 |');
  console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows)
    console.log(
      `| ${row.name} | ${row.rps} | ${row.each.join(', ')} | ${row.p50} | ${row.p99} | ${row.non2xx} | ${row.errors} | ${(row.rps / baseline.rps).toFixed(2)}× |`,
    );
  const failed = rows.filter((row) => row.non2xx || row.errors);
  if (failed.length) throw new Error(`failed requests: ${failed.map((row) => row.name).join(', ')}`);
  const slower = rows.slice(0, -1).filter((row) => row.rps < baseline.rps);
  if (slower.length && !values.quick) {
    console.error(`Slower than 0.1: ${slower.map((row) => row.name).join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
}
