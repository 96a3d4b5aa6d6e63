// The receiver over real HTTP on 127.0.0.1, once per engine (SQLite, and PostgreSQL when
// DATABASE_URL is set): the endpoint contract the widget relies on, the operator's exports and
// personal-data requests, idempotency under concurrency, and logs without personal data.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../src/index.mjs';
import { digestOf, emailKey } from '../src/signup.mjs';
import {
  ENGINES,
  ORIGIN,
  TOKEN,
  eventually,
  logCollector,
  settingsFor,
  signup,
  startTestReceiver,
} from './helpers.mjs';

for (const engine of ENGINES) {
  describe(`receiver on ${engine.name}`, { skip: engine.skip }, () => {
    let store;
    let receiver;
    const logs = logCollector();

    before(async () => {
      store = await engine.make();
      receiver = await startTestReceiver(store.settings, { trustProxy: true }, { logStream: logs.stream });
    });

    after(async () => {
      await receiver?.close();
      await store?.cleanup();
    });

    it('stores a valid sign-up with its consent record whole, and answers 201', async () => {
      const body = signup({ organization: 'CNRS' });
      const response = await receiver.post(body);
      assert.equal(response.status, 201);
      assert.deepEqual(await response.json(), { status: 'subscribed' });
      assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
      const record = (await receiver.exported()).find((r) => r.submissionId === body.submissionId);
      assert.deepEqual(record.signup, body);
      assert.ok(Date.parse(record.receivedAt) <= Date.now());
    });

    it('answers 422 with one message per field', async () => {
      const response = await receiver.post(signup({ email: 'foo@bar', consent: { given: false } }));
      assert.equal(response.status, 422);
      const { errors } = await response.json();
      assert.equal(errors.email, 'not a valid e-mail address');
      assert.ok(errors.consent);
      const empty = await receiver.post('{}');
      assert.equal((await empty.json()).errors.submissionId, 'required');
    });

    it('takes JSON only: 400 for broken JSON, 415 for anything else, application/jsonfoo included', async () => {
      const broken = await receiver.post('{"email": "marie.curie@example.org"');
      assert.equal(broken.status, 400);
      assert.deepEqual(await broken.json(), { errors: { body: 'not JSON' } });
      for (const type of ['application/jsonfoo', 'text/plain', 'application/x-www-form-urlencoded']) {
        const response = await receiver.post(JSON.stringify(signup()), { 'Content-Type': type });
        assert.equal(response.status, 415, type);
      }
      const withCharset = await receiver.post(signup(), { 'Content-Type': 'application/json; charset=utf-8' });
      assert.equal(withCharset.status, 201);
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
      const refusedPreflight = await fetch(`${receiver.url}/api/signups`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://forgotten-partner.example', 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(refusedPreflight.headers.get('access-control-allow-origin'), null);
      const refusals = logs.lines.map((line) => JSON.parse(line)).filter((line) => line.origin);
      assert.deepEqual(
        refusals.map(({ origin, method }) => [origin, method]),
        [
          ['https://evil.example', 'POST'],
          ['https://forgotten-partner.example', 'OPTIONS'],
        ],
      );
      const fromServer = await fetch(`${receiver.url}/api/signups`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(signup()),
      });
      assert.equal(fromServer.status, 201);
    });

    it('refuses bodies over 16 KiB with 413', async () => {
      const response = await receiver.post(signup({ name: 'x'.repeat(20_000) }));
      assert.equal(response.status, 413);
    });

    it('answers a honeypot hit or an implausibly fast sign-up like a success, and stores nothing', async () => {
      const before = (await receiver.exported()).length;
      const trap = signup();
      assert.equal((await receiver.post({ ...trap, website: 'http://spam.example' })).status, 201);
      const fast = signup({ elapsedMs: 300 });
      assert.equal((await receiver.post(fast)).status, 201);
      const ids = (await receiver.exported()).map((r) => r.submissionId);
      assert.equal(ids.length, before);
      assert.ok(!ids.includes(trap.submissionId) && !ids.includes(fast.submissionId));
    });

    it('is idempotent by submissionId, and refuses a reused key with another payload', async () => {
      const body = signup();
      assert.equal((await receiver.post(body)).status, 201);
      const again = await receiver.post(body);
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await again.json(), { status: 'subscribed' });
      const reused = await receiver.post({ ...body, email: 'someone.else@example.org' });
      assert.equal(reused.status, 422);
      assert.ok((await reused.json()).errors.submissionId);
      const stored = (await receiver.exported()).filter((r) => r.submissionId === body.submissionId);
      assert.equal(stored.length, 1);
      assert.equal(stored[0].signup.email, body.email);
    });

    it('stores one row for 50 copies of one sign-up sent at once', async () => {
      const body = signup();
      const responses = await Promise.all(Array.from({ length: 50 }, () => receiver.post(body)));
      assert.deepEqual(new Set(responses.map((r) => r.status)), new Set([201]));
      assert.equal(responses.filter((r) => r.headers.get('idempotent-replayed') === null).length, 1);
      assert.equal((await receiver.exported()).filter((r) => r.submissionId === body.submissionId).length, 1);
    });

    it('exports CSV and JSON Lines for the bearer token only, with ?since=', async () => {
      for (const path of ['/api/signups.csv', '/api/signups.jsonl']) {
        assert.equal((await fetch(`${receiver.url}${path}`)).status, 401);
        const wrong = await fetch(`${receiver.url}${path}`, { headers: { Authorization: 'Bearer nope' } });
        assert.equal(wrong.status, 401);
        assert.equal(wrong.headers.get('www-authenticate'), 'Bearer');
      }
      const csv = await receiver.operator('/api/signups.csv');
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-type'), /^text\/csv/);
      const [header, ...rows] = (await csv.text()).trim().split('\r\n');
      assert.equal(
        header,
        'submissionId,receivedAt,email,name,profile,organization,locale,consentAt,consentText,noticeVersion,sourcePage,sourceTag,confirmedAt,relayState,relayReason',
      );
      assert.equal(rows.length, (await receiver.exported()).length);

      const cut = new Date().toISOString();
      const later = signup();
      await receiver.post(later);
      const recent = await receiver.operator(`/api/signups.jsonl?since=${encodeURIComponent(cut)}`);
      const lines = (await recent.text())
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
      assert.deepEqual(
        lines.map((line) => line.submissionId),
        [later.submissionId],
      );
      const csvRecent = await (await receiver.operator(`/api/signups.csv?since=${encodeURIComponent(cut)}`)).text();
      assert.equal(csvRecent.trim().split('\r\n').length, 2);
      assert.equal((await receiver.operator('/api/signups.csv?since=yesterday-ish')).status, 400);
    });

    it('streams an export larger than one page, in order, each record once', async () => {
      const cut = new Date().toISOString();
      const bodies = Array.from({ length: 1200 }, () => signup());
      for (let i = 0; i < bodies.length; i += 100)
        await Promise.all(bodies.slice(i, i + 100).map((body) => receiver.post(body)));
      const response = await receiver.operator(`/api/signups.jsonl?since=${encodeURIComponent(cut)}`);
      const ids = (await response.text())
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line).submissionId);
      assert.equal(ids.length, 1200);
      assert.deepEqual(new Set(ids), new Set(bodies.map((body) => body.submissionId)));
    });

    it('defuses spreadsheet formulas in the CSV, after whitespace, line breaks or in fullwidth forms', async () => {
      const hostile = [
        '=HYPERLINK("http://evil.example")',
        ' =1+1',
        '\n=cmd|"/c calc"!A1',
        '\t+1',
        '＝SUM(A1)',
        '@SUM(A1)',
        'Ada\n-2+3',
      ];
      const bodies = hostile.map((name) => signup({ name }));
      for (const body of bodies) assert.equal((await receiver.post(body)).status, 201);
      const csv = await (await receiver.operator('/api/signups.csv')).text();
      const names = csv
        .split('\r\n')
        .filter((row) => bodies.some((body) => row.startsWith(`"${body.submissionId}"`)))
        .map((row) => row.split('","')[3]);
      assert.equal(names.length, hostile.length);
      for (const name of names) assert.match(name, /^'|^Ada/, name);
      assert.ok(!names.some((name) => /[\r\n]/.test(name)), 'no line break left inside a cell');
      // JSON Lines keeps the values exact (as the schema trims them).
      const exact = (await receiver.exported()).filter((r) => bodies.some((b) => b.submissionId === r.submissionId));
      assert.deepEqual(exact.map((r) => r.signup.name).sort(), hostile.map((name) => name.trim()).sort());
    });

    it('gives one person their records and erases them all, keeping only a count', async () => {
      const email = 'Ada.Lovelace@Example.org';
      const mine = [signup({ email }), signup({ email: 'ada.lovelace@example.org' })];
      for (const body of mine) assert.equal((await receiver.post(body)).status, 201);
      const others = (await receiver.exported()).length - mine.length;

      assert.equal((await fetch(`${receiver.url}/api/signups?email=ada.lovelace@example.org`)).status, 401);
      const access = await receiver.operator(`/api/signups?email=${encodeURIComponent('ADA.LOVELACE@example.org')}`);
      assert.equal(access.status, 200);
      const { records } = await access.json();
      assert.deepEqual(records.map((r) => r.submissionId).sort(), mine.map((b) => b.submissionId).sort());
      assert.deepEqual(records[0].signup.consent, mine[0].consent);
      assert.equal((await receiver.operator('/api/signups?email=not-an-address')).status, 400);

      const erase = await receiver.operator(`/api/signups?email=${encodeURIComponent(email)}`, { method: 'DELETE' });
      assert.deepEqual(await erase.json(), { erased: 2 });
      assert.deepEqual(
        (await (await receiver.operator(`/api/signups?email=${encodeURIComponent(email)}`)).json()).records,
        [],
      );
      assert.equal((await receiver.exported()).length, others);
      const erasureLine = logs.lines.map((line) => JSON.parse(line)).find((line) => line.event === 'erasure');
      assert.equal(erasureLine.records, 2);
    });

    it('limits each client, answering 429 with Retry-After and CORS headers, and sees the client behind a proxy', async () => {
      const limited = await startTestReceiver(store.settings, { rateLimit: 2, trustProxy: true });
      try {
        const from = (ip) => limited.post(signup(), { 'X-Forwarded-For': ip });
        const statuses = [];
        for (let i = 0; i < 3; i++) statuses.push(await from('198.51.100.1'));
        assert.deepEqual(
          statuses.map((r) => r.status),
          [201, 201, 429],
        );
        const refused = statuses[2];
        assert.ok(Number(refused.headers.get('retry-after')) >= 1 && Number(refused.headers.get('retry-after')) <= 60);
        assert.equal(refused.headers.get('access-control-allow-origin'), ORIGIN);
        assert.equal(
          (await from('198.51.100.2')).status,
          201,
          'another visitor behind the same proxy has its own limit',
        );
      } finally {
        await limited.close();
      }
      const direct = await startTestReceiver(store.settings, { rateLimit: 2 });
      try {
        const statuses = [];
        for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3'])
          statuses.push((await direct.post(signup(), { 'X-Forwarded-For': ip })).status);
        assert.deepEqual(statuses, [201, 201, 429], 'without TRUST_PROXY, X-Forwarded-For is not believed');
      } finally {
        await direct.close();
      }
    });

    it('reports its health', async () => {
      const response = await fetch(`${receiver.url}/healthz`);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), {
        status: 'ok',
        store: engine.name === 'SQLite' ? 'sqlite' : 'postgres',
      });
    });

    it('purges records older than RETENTION_DAYS', async () => {
      const recent = signup();
      await receiver.post(recent);
      // One record aged by hand, as if it had arrived 40 days ago.
      const aged = signup();
      const direct = openStore(settingsFor(store.settings));
      await direct.add({
        submissionId: aged.submissionId,
        receivedAt: new Date(Date.now() - 40 * 86_400_000).toISOString(),
        emailKey: emailKey(aged.email),
        digest: digestOf(aged),
        signup: aged,
      });
      await direct.close();
      const retaining = await startTestReceiver(store.settings, { retentionDays: 30 });
      try {
        const ids = await eventually(
          async () => {
            const found = (await retaining.exported()).map((r) => r.submissionId);
            return !found.includes(aged.submissionId) && found;
          },
          { what: 'the purge of the aged record' },
        );
        assert.ok(ids.includes(recent.submissionId), 'recent records stay');
      } finally {
        await retaining.close();
      }
    });

    it('logs one JSON line per request, with no e-mail address, client IP or token', async () => {
      await receiver.post(signup(), { 'X-Forwarded-For': '203.0.113.77' });
      await receiver.post('{"email": "leak.check@example.org", oops', { 'X-Forwarded-For': '203.0.113.77' });
      await receiver.operator('/api/signups?email=leak.check@example.org');
      const lines = logs.lines.map((line) => JSON.parse(line));
      const requests = lines.filter((line) => line.msg === 'request');
      assert.ok(requests.length > 20);
      for (const line of requests) {
        assert.ok(['GET', 'POST', 'DELETE', 'OPTIONS'].includes(line.method));
        assert.equal(typeof line.status, 'number');
        assert.equal(typeof line.ms, 'number');
      }
      const text = logs.lines.join('\n');
      for (const secret of [
        'marie.curie',
        'lovelace',
        'leak.check',
        '@example.org',
        '203.0.113.77',
        '198.51.100',
        '127.0.0.1',
        TOKEN,
      ])
        assert.ok(!text.includes(secret), `a log line contains ${secret}`);
    });
  });
}

describe('two receivers on one PostgreSQL', { skip: ENGINES[1].skip }, () => {
  let store;
  let receivers = [];

  before(async () => {
    store = await ENGINES[1].make();
    receivers = [await startTestReceiver(store.settings), await startTestReceiver(store.settings)];
  });

  after(async () => {
    for (const receiver of receivers) await receiver.close();
    await store?.cleanup();
  });

  it('store one row for 50 copies of one sign-up sent to both at once', async () => {
    const body = signup();
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => receivers[i % 2].post(body)));
    assert.deepEqual(new Set(responses.map((r) => r.status)), new Set([201]));
    assert.equal(responses.filter((r) => r.headers.get('idempotent-replayed') === null).length, 1);
    for (const receiver of receivers) {
      const rows = (await receiver.exported()).filter((r) => r.submissionId === body.submissionId);
      assert.equal(rows.length, 1);
    }
  });

  it('keep the first of two payloads under one key and refuse the other with 422', async () => {
    const body = signup();
    const other = { ...body, email: 'someone.else@example.org' };
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        receivers[i % 2].post(i % 3 ? body : other).then((r) => [i % 3 ? body : other, r]),
      ),
    );
    const [stored] = (await receivers[0].exported()).filter((r) => r.submissionId === body.submissionId);
    for (const [sent, response] of responses)
      assert.equal(response.status, sent.email === stored.signup.email ? 201 : 422);
  });
});
