// The receiver's command as an operator runs it: one clear line and exit 1 when it cannot start,
// a graceful stop on SIGTERM, and the import of a 0.1 data file.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ENGINES,
  envFor,
  eventually,
  freePort,
  ORIGIN,
  runReceiver,
  signup,
  spawnReceiver,
  storedIds,
  withClient,
} from './helpers.mjs';

describe('starting', () => {
  let dir;
  before(async () => (dir = await mkdtemp(join(tmpdir(), 'receiver-cli-'))));
  after(() => rm(dir, { recursive: true, force: true }));

  it('says in one line what is wrong, then exits 1', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'not a folder');
    const port = await freePort();
    const cases = [
      [
        { DATA_DIR: join(file, 'data') },
        /^openllm-signup-receiver: cannot open the SQLite store .*a-file\/data\/signups\.db: /,
      ],
      [
        { DATABASE_URL: `postgres://nobody:secret@127.0.0.1:${port}/none` },
        /^openllm-signup-receiver: cannot reach PostgreSQL: .*ECONNREFUSED/,
      ],
      [{ RATE_LIMIT: 'lots' }, /^openllm-signup-receiver: RATE_LIMIT must be a whole number above 0 \(got "lots"\)$/],
      [{ ALLOWED_ORIGINS: 'partner.example' }, /^openllm-signup-receiver: ALLOWED_ORIGINS takes origins/],
      [{ DATA_DIR: dir }, /^openllm-signup-receiver: unknown command "launch"/, ['launch']],
      [
        { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'x@example.org', PUBLIC_URL: 'https://signups.example.org' },
        /^openllm-signup-receiver: cannot use SMTP_URL: .*ECONNREFUSED/,
      ],
    ];
    for (const [env, message, args] of cases) {
      const { code, output } = await runReceiver({ DATA_DIR: dir, ...env }, args);
      assert.equal(code, 1, output);
      assert.equal(output.trim().split('\n').length, 1, `one line: ${output}`);
      assert.match(output.trim(), message);
      assert.doesNotMatch(output, /secret|\n\s+at /);
    }
  });

  it('says so when its port is taken', async () => {
    const running = await spawnReceiver({ DATA_DIR: dir });
    try {
      const { code, output } = await runReceiver({ DATA_DIR: join(dir, 'other'), PORT: new URL(running.url).port });
      assert.equal(code, 1);
      assert.match(output.trim(), /^openllm-signup-receiver: port \d+ on 127\.0\.0\.1 is already in use \(set PORT\)$/);
    } finally {
      running.child.kill('SIGTERM');
      await running.exited;
    }
  });
});

describe('stopping on SIGTERM', () => {
  let dir;
  before(async () => (dir = await mkdtemp(join(tmpdir(), 'receiver-stop-'))));
  after(() => rm(dir, { recursive: true, force: true }));

  it('lets the request in flight finish and store, then exits 0', async () => {
    const receiver = await spawnReceiver({ DATA_DIR: dir });
    const body = JSON.stringify(signup());
    const { port } = new URL(receiver.url);
    const socket = connect({ host: '127.0.0.1', port: Number(port) });
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    const closed = new Promise((resolve) => socket.on('close', resolve));
    // Expect: 100-continue makes the receiver say when it has the request's head.
    socket.write(
      `POST /api/signups HTTP/1.1\r\nHost: x\r\nOrigin: ${ORIGIN}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n`,
    );
    await eventually(() => answer.startsWith('HTTP/1.1 100 Continue'), { what: '100 Continue' });
    receiver.child.kill('SIGTERM');
    // Stopping: the receiver takes no new connection, while this request is still open.
    await eventually(
      () =>
        fetch(`${receiver.url}/healthz`).then(
          () => false,
          () => true,
        ),
      { what: 'the stop' },
    );
    socket.end(body);
    await closed;
    assert.match(answer, /HTTP\/1\.1 201 Created/);
    assert.equal(await receiver.exited, 0);
    assert.deepEqual(await storedIds({ dataDir: dir }), [JSON.parse(body).submissionId]);
  });
});

for (const engine of ENGINES) {
  describe(`importing a 0.1 data file into ${engine.name}`, { skip: engine.skip }, () => {
    let store;
    let dir;
    before(async () => {
      store = await engine.make();
      dir = await mkdtemp(join(tmpdir(), 'receiver-import-'));
    });
    after(async () => {
      await store?.cleanup();
      await rm(dir, { recursive: true, force: true });
    });

    it('imports every whole line once, skips a torn last line and says how many, without printing it', async () => {
      const records = Array.from({ length: 3 }, (_, i) => ({
        receivedAt: new Date(Date.UTC(2026, 10, 20 + i)).toISOString(),
        digest: 'from-0.1',
        answer: { status: 'subscribed' },
        signup: signup({ email: `person${i}@example.org` }),
      }));
      const lines = records.map((record) => JSON.stringify(record));
      const torn = JSON.stringify({ ...records[0], signup: signup({ email: 'torn.line@example.org' }) }).slice(0, 60);
      const file = join(dir, 'signups.jsonl');
      await writeFile(file, `${lines.join('\n')}\n${lines[1]}\n${torn}`);

      const first = await runReceiver(envFor(store.settings), ['import', file]);
      assert.equal(first.code, 0, first.output);
      assert.equal(first.output.trim(), 'imported 3 sign-up(s); 1 already present; skipped 1 unreadable line(s): 5.');
      assert.doesNotMatch(first.output, /@example\.org|torn/);
      const again = await runReceiver(envFor(store.settings), ['import', file]);
      assert.match(again.output, /^imported 0 sign-up\(s\); 4 already present/);

      // The widget's replay of an imported sign-up is recognised; received times are kept.
      const receiver = withClient(await spawnReceiver(envFor(store.settings)));
      try {
        const replay = await receiver.post(records[2].signup);
        assert.equal(replay.status, 201);
        assert.equal(replay.headers.get('idempotent-replayed'), 'true');
        const exported = await receiver.exported();
        assert.deepEqual(
          exported.map((r) => [r.submissionId, r.receivedAt]),
          records.map((r) => [r.signup.submissionId, r.receivedAt]),
        );
      } finally {
        receiver.child.kill('SIGTERM');
        await receiver.exited;
      }
    });

    it('says in one line that the file cannot be read', async () => {
      const { code, output } = await runReceiver(envFor(store.settings), ['import', join(dir, 'missing.jsonl')]);
      assert.equal(code, 1);
      assert.match(output.trim(), /^openllm-signup-receiver: cannot read .*missing\.jsonl$/);
    });
  });
}
