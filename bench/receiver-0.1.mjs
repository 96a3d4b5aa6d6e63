// The 0.1 reference receiver, kept unchanged (but for this note) as the baseline of
// `npm run bench:receiver`: hand-written node:http, one JSON Lines file, state in memory.
// Its faults are why it was replaced (see server/README.md); never deploy it.
import { createServer } from 'node:http';
import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { safeParse } from 'zod/mini';
import { SignupSchema } from '../dist/contracts/index.js';

const MAX_BODY_BYTES = 16 * 1024;
/** Faster than a person can read the form and type an address: a bot. */
const MIN_ELAPSED_MS = 1500;

/** Answers as JSON, with the CORS headers of the request's origin when it is allowed. */
function reply(response, status, body, headers = {}) {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

/** One CSV cell: quoted, and defused against spreadsheet formulas. */
function csvCell(value) {
  const text = value === undefined || value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

const CSV_COLUMNS = [
  ['submissionId', (r) => r.signup.submissionId],
  ['receivedAt', (r) => r.receivedAt],
  ['email', (r) => r.signup.email],
  ['name', (r) => r.signup.name],
  ['profile', (r) => r.signup.profile],
  ['organization', (r) => r.signup.organization],
  ['locale', (r) => r.signup.locale],
  ['consentAt', (r) => r.signup.consent.at],
  ['consentText', (r) => r.signup.consent.text],
  ['noticeVersion', (r) => r.signup.consent.noticeVersion],
  ['sourcePage', (r) => r.signup.source.page],
  ['sourceTag', (r) => r.signup.source.tag],
];

/** Per-IP token buckets: `limit` requests per `windowMs`, refilled continuously. */
function rateLimiter(limit, windowMs) {
  const buckets = new Map();
  return (key, now = Date.now()) => {
    const bucket = buckets.get(key) ?? { tokens: limit, at: now };
    bucket.tokens = Math.min(limit, bucket.tokens + ((now - bucket.at) * limit) / windowMs);
    bucket.at = now;
    buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - bucket.tokens) * windowMs) / limit / 1000); // seconds until a token
  };
}

/** Field messages of a zod error, one per field: `{ "email": "not a valid e-mail address" }`. */
function fieldErrors(issues) {
  const describe = (issue) => {
    if (issue.code === 'invalid_type') return issue.input === undefined ? 'required' : `expected ${issue.expected}`;
    if (issue.message === 'invalid-email') return 'not a valid e-mail address';
    if (issue.code === 'too_big') return `too long (at most ${issue.maximum})`;
    if (issue.code === 'invalid_format') return `not a valid ${issue.format}`;
    return 'invalid value';
  };
  const errors = {};
  for (const issue of issues) errors[issue.path[0] === undefined ? 'body' : String(issue.path[0])] ??= describe(issue);
  return errors;
}

/**
 * The receiver as a request handler plus its store. Options: dataDir, allowedOrigins (array),
 * exportToken, rateLimit (requests per minute per IP), log (a function taking one line).
 */
export async function createReceiver({
  dataDir = 'data',
  allowedOrigins = [],
  exportToken = '',
  rateLimit = 20,
  log = (line) => console.log(line),
} = {}) {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, 'signups.jsonl');
  /** submissionId → { digest, answer }: the idempotency table, rebuilt from the store. */
  const seen = new Map();
  const records = [];
  const stored = await readFile(file, 'utf8').catch(() => '');
  for (const line of stored.split('\n').filter(Boolean)) {
    const record = JSON.parse(line);
    records.push(record);
    seen.set(record.signup.submissionId, { digest: record.digest, answer: record.answer });
  }
  const limited = rateLimiter(rateLimit, 60_000);

  async function append(record) {
    const handle = await open(file, 'a');
    try {
      await handle.appendFile(`${JSON.stringify(record)}\n`);
      await handle.datasync(); // on disk before the 2xx answer
    } finally {
      await handle.close();
    }
  }

  function corsHeaders(origin) {
    if (!origin || !allowedOrigins.includes(origin)) return {};
    return {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
      'Access-Control-Expose-Headers': 'Retry-After',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    };
  }

  async function readBody(request) {
    let size = 0;
    const chunks = [];
    for await (const chunk of request) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return undefined;
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  async function receive(request, response, cors) {
    const wait = limited(request.socket.remoteAddress ?? 'unknown');
    if (wait) return reply(response, 429, { error: 'too many requests' }, { ...cors, 'Retry-After': String(wait) });
    if (!request.headers['content-type']?.startsWith('application/json'))
      return reply(response, 415, { error: 'expected application/json' }, cors);
    const text = await readBody(request);
    if (text === undefined) return reply(response, 413, { error: 'body too large' }, { ...cors, Connection: 'close' });
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      return reply(response, 400, { errors: { body: 'not JSON' } }, cors);
    }
    // Bots: answered like a success, stored nowhere.
    if (body?.website || (typeof body?.elapsedMs === 'number' && body.elapsedMs < MIN_ELAPSED_MS))
      return reply(response, 201, { status: 'subscribed' }, cors);
    const parsed = safeParse(SignupSchema, body);
    if (!parsed.success) return reply(response, 422, { errors: fieldErrors(parsed.error.issues) }, cors);
    const signup = parsed.data;
    const digest = createHash('sha256').update(JSON.stringify(signup)).digest('hex');
    const previous = seen.get(signup.submissionId);
    if (previous) {
      if (previous.digest !== digest)
        return reply(response, 422, { errors: { submissionId: 'already used for another sign-up' } }, cors);
      return reply(response, 201, previous.answer, { ...cors, 'Idempotent-Replayed': 'true' });
    }
    const answer = { status: 'subscribed' };
    const record = { receivedAt: new Date().toISOString(), digest, answer, signup };
    seen.set(signup.submissionId, { digest, answer }); // before the write: a concurrent replay waits for nothing
    try {
      await append(record);
    } catch (error) {
      seen.delete(signup.submissionId);
      throw error;
    }
    records.push(record);
    return reply(response, 201, answer, cors);
  }

  function exportCsv(request, response) {
    const given = Buffer.from(request.headers.authorization ?? '');
    const expected = Buffer.from(`Bearer ${exportToken}`);
    if (!exportToken || given.length !== expected.length || !timingSafeEqual(given, expected))
      return reply(response, 401, { error: 'a valid bearer token is required' }, { 'WWW-Authenticate': 'Bearer' });
    const lines = [
      CSV_COLUMNS.map(([name]) => name).join(','),
      ...records.map((r) => CSV_COLUMNS.map(([, get]) => csvCell(get(r))).join(',')),
    ];
    response.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="signups.csv"',
      'Cache-Control': 'no-store',
    });
    response.end(`${lines.join('\r\n')}\r\n`);
  }

  /** Handles /api/signups and /api/signups.csv; answers 404 to anything else. */
  async function handle(request, response) {
    const started = Date.now();
    const path = new URL(request.url, 'http://receiver').pathname;
    const origin = request.headers.origin;
    const cors = corsHeaders(origin);
    try {
      if (origin && !cors['Access-Control-Allow-Origin'] && path === '/api/signups') {
        reply(response, 403, { error: 'origin not allowed' });
      } else if (path === '/api/signups' && request.method === 'OPTIONS') {
        reply(response, 204, undefined, cors);
      } else if (path === '/api/signups' && request.method === 'POST') {
        await receive(request, response, cors);
      } else if (path === '/api/signups.csv' && request.method === 'GET') {
        exportCsv(request, response);
      } else {
        reply(response, 404, { error: 'not found' });
      }
    } catch (error) {
      reply(response, 500, { error: 'could not store the sign-up' }, cors);
      log(JSON.stringify({ level: 'error', message: error.message }));
    } finally {
      // One line per request, without personal data: no IP, no body.
      log(
        JSON.stringify({
          time: new Date().toISOString(),
          method: request.method,
          path,
          status: response.statusCode,
          ms: Date.now() - started,
        }),
      );
    }
  }

  return { handle, records };
}

/** Reads the configuration from the environment and listens; resolves to the running server. */
export async function startReceiver(env = process.env, options = {}) {
  const receiver = await createReceiver({
    dataDir: env.DATA_DIR ?? 'data',
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    exportToken: env.EXPORT_TOKEN ?? '',
    rateLimit: Number(env.RATE_LIMIT ?? 20),
    ...options,
  });
  const server = createServer(receiver.handle);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(env.PORT ?? 8787), env.HOST ?? '127.0.0.1', resolve);
  });
  return { server, receiver };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { server } = await startReceiver();
  const { address, port } = server.address();
  console.error(`OpenLLM sign-up receiver: http://${address}:${port}/api/signups  (Ctrl-C to stop)`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
