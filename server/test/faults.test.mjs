// Faults an operator meets: the process killed mid-request, storage failing and coming back
// (a full disk for SQLite, PostgreSQL stopped and started), and malformed or stalled
// requests. Whatever happens: no 2xx for anything unstored, and the receiver keeps serving.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import {
  ENGINES,
  envFor,
  eventually,
  postgresBinaries,
  privatePostgres,
  signup,
  spawnReceiver,
  startTestReceiver,
  storedIds,
  withClient,
} from './helpers.mjs';

for (const engine of ENGINES) {
  describe(`kill -9 on ${engine.name}`, { skip: engine.skip }, () => {
    let store;
    before(async () => (store = await engine.make()));
    after(() => store?.cleanup());

    it('stores every acknowledged sign-up exactly once after a kill -9 with 20 in flight', async () => {
      const first = withClient(await spawnReceiver(envFor(store.settings)));
      const bodies = Array.from({ length: 20 }, () => signup());
      const answers = bodies.map((body) =>
        first.post(body).then(
          (response) => response.status,
          () => 'connection lost',
        ),
      );
      await Promise.race(answers); // the first answer: the others are in flight
      first.child.kill('SIGKILL');
      assert.equal(await first.exited, 'SIGKILL');
      const statuses = await Promise.all(answers);
      const acknowledged = bodies.filter((_, i) => statuses[i] === 201).map((body) => body.submissionId);
      assert.ok(acknowledged.length >= 1);

      const stored = await storedIds(store.settings);
      for (const id of acknowledged) assert.equal(stored.filter((s) => s === id).length, 1, `acknowledged ${id}`);
      assert.equal(new Set(stored).size, stored.length, 'no sign-up stored twice');

      // The widget retries what got no answer; after a restart, everything lands once.
      const second = withClient(await spawnReceiver(envFor(store.settings)));
      try {
        for (const body of bodies) assert.equal((await second.post(body)).status, 201);
        const ids = (await second.exported()).map((record) => record.submissionId);
        assert.deepEqual(ids.sort(), bodies.map((body) => body.submissionId).sort());
      } finally {
        second.child.kill('SIGTERM');
        await second.exited;
      }
    });
  });
}

/** A small tmpfs for the SQLite data folder, which the test can fill (root only). */
function smallDisk(dir) {
  if (userInfo().uid !== 0) return { skip: 'mounting a small disk needs root' };
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    return { skip: `cannot mount a tmpfs here (${error.message.split('\n')[0]})` };
  }
  return {
    unmount: () => execFileSync('umount', ['-l', dir]),
  };
}

describe('SQLite storage failing and coming back', () => {
  let dir;
  let disk;
  let receiver;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'receiver-disk-'));
    disk = smallDisk(dir);
    if (!disk.skip) receiver = await startTestReceiver({ dataDir: dir });
  });

  after(async () => {
    await receiver?.close();
    if (!disk.skip) disk.unmount();
    await rm(dir, { recursive: true, force: true });
  });

  /** Posts until `accept(status)` says stop; resolves to every { body, response } sent. */
  async function postUntil(accept, { attempts = 400, make = () => signup() } = {}) {
    const sent = [];
    for (let i = 0; i < attempts; i++) {
      const body = make();
      const response = await receiver.post(body);
      sent.push({ body, response });
      if (accept(response.status)) return sent;
    }
    throw new Error(`never answered as expected in ${attempts} attempts`);
  }

  const checkAnswers = async (sent, storedNow) => {
    for (const { body, response } of sent) {
      if (response.status === 201) assert.ok(storedNow.includes(body.submissionId), 'a 201 for an unstored sign-up');
      else {
        assert.equal(response.status, 503);
        assert.equal(response.headers.get('retry-after'), '5');
      }
    }
  };

  it('answers 503 with Retry-After on a full disk, never 201, and serves again once there is room', async (t) => {
    if (disk.skip) return t.skip(disk.skip);
    assert.equal((await receiver.post(signup())).status, 201);
    // Fill the disk, then send large sign-ups until one is refused.
    await writeFile(join(dir, 'filler'), Buffer.alloc(4 * 1024 * 1024)).catch((error) => {
      assert.equal(error.code, 'ENOSPC');
    });
    const large = () => signup({ consent: { ...signup().consent, text: 'x'.repeat(2000) }, name: 'y'.repeat(200) });
    const sent = await postUntil((status) => status === 503, { make: large });
    assert.equal((await fetch(`${receiver.url}/healthz`)).status, 200, 'reading still works');

    await rm(join(dir, 'filler'));
    const refused = sent.filter(({ response }) => response.status === 503);
    // The widget retries the refused sign-up; the receiver takes it without a restart.
    await eventually(async () => (await receiver.post(refused[0].body)).status === 201, {
      what: 'a 201 once the disk has room',
    });
    await checkAnswers(
      sent,
      (await receiver.exported()).map((r) => r.submissionId),
    );
  });
});

describe('PostgreSQL stopped and started again', () => {
  const skip = !postgresBinaries() && 'the PostgreSQL server binaries (Debian package postgresql) are not installed';
  let server;
  let receiver;

  before(async () => {
    if (skip) return;
    server = await privatePostgres();
    receiver = await startTestReceiver({ databaseUrl: server.url });
  });

  after(async () => {
    await receiver?.close();
    await server?.destroy();
  });

  it('answers 503 while the database is down, never 201, and serves again without a restart', { skip }, async () => {
    assert.equal((await receiver.post(signup())).status, 201);
    server.stop();
    const pending = signup();
    const down = await receiver.post(pending);
    assert.equal(down.status, 503);
    assert.equal(down.headers.get('retry-after'), '5');
    assert.equal((await fetch(`${receiver.url}/healthz`)).status, 503);
    server.start();
    await eventually(async () => (await receiver.post(pending)).status === 201, {
      what: 'a 201 once PostgreSQL is back',
    });
    assert.equal((await fetch(`${receiver.url}/healthz`)).status, 200);
    const stored = (await receiver.exported()).map((record) => record.submissionId);
    assert.equal(stored.length, 2);
    assert.equal(stored.filter((id) => id === pending.submissionId).length, 1);
  });
});

/** Sends raw bytes and resolves to the status of the answer, or 'closed' when there is none. */
function raw(url, bytes) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => socket.end(bytes));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Number(answer.match(/^HTTP\/1\.1 (\d{3})/)?.[1]) || 'closed'));
  });
}

const rawPost = (body) =>
  `POST /api/signups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;

describe('malformed and stalled requests', () => {
  let dataDir;
  let receiver;

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'receiver-malformed-'));
    receiver = withClient(await spawnReceiver({ DATA_DIR: dataDir }));
  });

  after(async () => {
    receiver?.child.kill('SIGTERM');
    await receiver?.exited;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers each with a 4xx (or closes it), and keeps serving', async () => {
    const requests = {
      'absolute URL that does not parse': 'GET http://[ HTTP/1.1\r\nHost: x\r\n\r\n',
      'broken percent-encoding': 'GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n',
      'broken query encoding': 'GET /api/signups?email=%ZZ HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer x\r\n\r\n',
      'unknown method': 'BREW /api/signups HTTP/1.1\r\nHost: x\r\n\r\n',
      'not HTTP': 'hello\r\n\r\n',
      'header without colon': 'GET / HTTP/1.1\r\nHost x\r\n\r\n',
      'header too large': `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      'body shorter than Content-Length':
        'POST /api/signups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{}',
      'both Content-Length and chunked':
        'POST /api/signups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}',
      'broken chunk':
        'POST /api/signups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
      'prototype pollution': rawPost('{"__proto__":{"admin":true}}'),
      'JSON nested deep': rawPost(`${'['.repeat(5000)}${']'.repeat(5000)}`),
      'NUL in the path': 'GET /api/\0signups HTTP/1.1\r\nHost: x\r\n\r\n',
    };
    for (const [what, bytes] of Object.entries(requests)) {
      const status = await raw(receiver.url, bytes);
      assert.ok(status === 'closed' || (status >= 400 && status < 500), `${what}: ${status}`);
      const health = await fetch(`${receiver.url}/healthz`);
      assert.equal(health.status, 200, `still serving after: ${what}`);
    }
    assert.equal((await receiver.post(signup())).status, 201);
    assert.doesNotMatch(receiver.output(), /Error|unexpected|Unhandled/);
  });

  it('closes a connection whose headers never finish', async () => {
    const stalled = await startTestReceiver(
      { dataDir },
      {},
      { timeouts: { headersMs: 300, requestMs: 600, keepAliveMs: 300 } },
    );
    try {
      const { port } = new URL(stalled.url);
      const closed = await new Promise((resolve, reject) => {
        const socket = connect({ host: '127.0.0.1', port: Number(port) }, () =>
          socket.write('POST /api/signups HTTP/1.1\r\nHost: x\r\n'),
        );
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk));
        socket.on('error', reject);
        socket.on('close', () => resolve(answer));
      });
      assert.match(closed, /^$|^HTTP\/1\.1 408/);
    } finally {
      await stalled.close();
    }
  });
});
