// The reference receiver over real HTTP on 127.0.0.1: validation, CORS, limits, idempotency,
// durability across a restart, CSV export, and logs without personal data.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver } from '../../server/receiver.mjs';

const ORIGIN = 'https://partner.example';

const signup = (overrides = {}) => ({
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

/** A receiver on a free port, with its data folder, log lines and a `post` helper. */
async function start(dataDir, options = {}) {
  const logs = [];
  const receiver = await createReceiver({
    dataDir,
    allowedOrigins: [ORIGIN],
    exportToken: 'secret-token',
    log: (line) => logs.push(line),
    ...options,
  });
  const server = createServer(receiver.handle);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  const post = (body, headers = {}) =>
    fetch(`${url}/api/signups`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const stop = () => new Promise((resolve) => server.close(resolve));
  return { url, post, logs, stop };
}

const storedLines = async (dataDir) =>
  (await readFile(join(dataDir, 'signups.jsonl'), 'utf8').catch(() => '')).split('\n').filter(Boolean);

describe('reference receiver', () => {
  let dataDir;
  let receiver;

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'openllm-receiver-'));
    receiver = await start(dataDir);
  });

  after(async () => {
    await receiver.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stores a valid sign-up with its consent record, and answers 201', async () => {
    const body = signup();
    const response = await receiver.post(body);
    assert.equal(response.status, 201);
    assert.deepEqual(await response.json(), { status: 'subscribed' });
    const record = JSON.parse((await storedLines(dataDir)).at(-1));
    assert.equal(record.signup.submissionId, body.submissionId);
    assert.deepEqual(record.signup.consent, body.consent);
  });

  it('rejects an invalid sign-up with a message per field', async () => {
    const response = await receiver.post(signup({ email: 'foo@bar', consent: { given: false } }));
    assert.equal(response.status, 422);
    const { errors } = await response.json();
    assert.equal(errors.email, 'not a valid e-mail address');
    assert.ok(errors.consent);
    assert.equal((await receiver.post('{not json')).status, 400);
    assert.equal((await receiver.post('email=x', { 'Content-Type': 'application/x-www-form-urlencoded' })).status, 415);
  });

  it('allows the configured origins only, with a preflight that exposes Retry-After', async () => {
    const preflight = await fetch(`${receiver.url}/api/signups`, {
      method: 'OPTIONS',
      headers: {
        Origin: ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,idempotency-key',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(preflight.headers.get('access-control-allow-headers'), /Idempotency-Key/);
    assert.equal(preflight.headers.get('access-control-expose-headers'), 'Retry-After');
    const foreign = await receiver.post(signup(), { Origin: 'https://evil.example' });
    assert.equal(foreign.status, 403);
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
  });

  it('refuses bodies over the size limit', async () => {
    const response = await receiver.post(signup({ name: 'x'.repeat(20_000) }));
    assert.equal(response.status, 413);
  });

  it('answers a honeypot hit or an implausibly fast sign-up like a success, and stores nothing', async () => {
    const before = (await storedLines(dataDir)).length;
    assert.equal((await receiver.post({ ...signup(), website: 'http://spam.example' })).status, 201);
    assert.equal((await receiver.post(signup({ elapsedMs: 300 }))).status, 201);
    assert.equal((await storedLines(dataDir)).length, before);
  });

  it('is idempotent by submissionId, and refuses a reused key with another payload', async () => {
    const body = signup();
    const first = await receiver.post(body);
    const again = await receiver.post(body);
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.deepEqual(await again.json(), { status: 'subscribed' });
    const stored = (await storedLines(dataDir)).filter((line) => line.includes(body.submissionId));
    assert.equal(stored.length, 1);
    const reused = await receiver.post({ ...body, email: 'someone.else@example.org' });
    assert.equal(reused.status, 422);
    assert.ok((await reused.json()).errors.submissionId);
  });

  it('keeps every sign-up across a restart', async () => {
    const body = signup({ name: '=HYPERLINK("http://evil.example")' });
    await receiver.post(body);
    await receiver.stop();
    receiver = await start(dataDir);
    const replay = await receiver.post(body);
    assert.equal(replay.status, 201);
    const csv = await fetch(`${receiver.url}/api/signups.csv`, { headers: { Authorization: 'Bearer secret-token' } });
    assert.match(await csv.text(), new RegExp(body.submissionId));
    assert.equal((await storedLines(dataDir)).filter((line) => line.includes(body.submissionId)).length, 1);
  });

  it('exports the sign-ups as CSV for the bearer token only, with formulas defused', async () => {
    assert.equal((await fetch(`${receiver.url}/api/signups.csv`)).status, 401);
    const wrong = await fetch(`${receiver.url}/api/signups.csv`, { headers: { Authorization: 'Bearer nope' } });
    assert.equal(wrong.status, 401);
    const csv = await fetch(`${receiver.url}/api/signups.csv`, { headers: { Authorization: 'Bearer secret-token' } });
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type'), /^text\/csv/);
    const [header, ...rows] = (await csv.text()).trim().split('\r\n');
    assert.equal(
      header,
      'submissionId,receivedAt,email,name,profile,organization,locale,consentAt,consentText,noticeVersion,sourcePage,sourceTag',
    );
    assert.ok(rows.length >= 3);
    assert.ok(rows.some((row) => row.includes(`"'=HYPERLINK(""http://evil.example"")"`)));
  });

  it('limits each IP, answering 429 with Retry-After', async () => {
    const limited = await start(dataDir, { rateLimit: 2 });
    try {
      const statuses = [];
      let retryAfter;
      for (let i = 0; i < 3; i++) {
        const response = await limited.post(signup());
        statuses.push(response.status);
        retryAfter ??= response.headers.get('retry-after') ?? undefined;
      }
      assert.deepEqual(statuses, [201, 201, 429]);
      assert.ok(Number(retryAfter) >= 1 && Number(retryAfter) <= 60, `Retry-After: ${retryAfter}`);
    } finally {
      await limited.stop();
    }
  });

  it('logs one JSON line per request, without personal data', () => {
    const lines = receiver.logs.map((line) => JSON.parse(line));
    assert.ok(lines.length > 0);
    for (const line of lines) assert.deepEqual(Object.keys(line).sort(), ['method', 'ms', 'path', 'status', 'time']);
    assert.ok(!receiver.logs.join('\n').includes('marie.curie'));
    assert.ok(!receiver.logs.join('\n').includes('127.0.0.1'));
  });
});
