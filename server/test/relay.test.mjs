// The Listmonk relay, once per engine, against a fake Listmonk that answers as Listmonk's source
// does: every stored sign-up reaches Listmonk once with its consent record, through outages and
// restarts; refusals are kept with Listmonk's reason; erasures reach Listmonk too.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ENGINES,
  envFor,
  eventually,
  runReceiver,
  signup,
  spawnReceiver,
  startTestReceiver,
  withClient,
} from './helpers.mjs';
import { startFakeListmonk } from './fake-listmonk.mjs';
import { openStore } from '../src/store/index.mjs';
import { startRelay } from '../src/relay/queue.mjs';

const silentLog = { warn() {}, error() {} };

const FAST = { relay: { pollMs: 50, baseDelayMs: 50 } };

const relaySettings = (listmonk, lists = [1, 2]) => ({
  listmonk: { url: listmonk.url, user: listmonk.user, token: listmonk.token, lists },
});

/** The export's relay state of one sign-up. */
async function relayOf(receiver, submissionId) {
  const record = (await receiver.exported()).find((r) => r.submissionId === submissionId);
  return record?.relay;
}

const delivered = (receiver, submissionId) =>
  eventually(async () => (await relayOf(receiver, submissionId))?.state === 'delivered', {
    what: `the relay of ${submissionId}`,
  });

for (const engine of ENGINES) {
  describe(`Listmonk relay on ${engine.name}`, { skip: engine.skip }, () => {
    let store;
    let listmonk;
    let receiver;

    before(async () => {
      store = await engine.make();
      listmonk = await startFakeListmonk();
      receiver = await startTestReceiver({ ...store.settings, ...relaySettings(listmonk) }, {}, FAST);
    });

    after(async () => {
      await receiver?.close();
      await listmonk?.stop();
      await store?.cleanup();
    });

    it('hands a stored sign-up to Listmonk once, unconfirmed on the lists, with its whole consent record', async () => {
      const body = signup({ email: 'Ada.Lovelace@Example.org', organization: 'Analytical Engines' });
      assert.equal((await receiver.post(body)).status, 201);
      await delivered(receiver, body.submissionId);
      const [subscriber] = listmonk.state.subscribers.filter((s) => s.email === 'ada.lovelace@example.org');
      assert.equal(subscriber.name, body.name);
      assert.deepEqual(
        subscriber.lists.map((list) => [list.id, list.subscription_status]),
        [
          [1, 'unconfirmed'],
          [2, 'unconfirmed'],
        ],
      );
      assert.deepEqual(subscriber.attribs.openllm, {
        submissionId: body.submissionId,
        consent: { text: body.consent.text, at: body.consent.at, noticeVersion: body.consent.noticeVersion },
        profile: body.profile,
        organization: body.organization,
        locale: body.locale,
        source: body.source,
      });
      assert.ok(listmonk.state.optins.includes(subscriber.id), "Listmonk's double opt-in applies");
      // A replay of the same sign-up stores nothing and relays nothing again.
      assert.equal((await receiver.post(body)).status, 201);
      const health = await (await fetch(`${receiver.url}/healthz`)).json();
      assert.equal(health.relay.pending, 0);
      const creations = listmonk.state.requests.filter((r) => r.route === 'POST /api/subscribers');
      assert.equal(creations.filter((r) => r.body.email.toLowerCase() === 'ada.lovelace@example.org').length, 1);
    });

    it('adds an address Listmonk already has to the lists, and asks for its opt-in', async () => {
      const first = signup({ email: 'grace.hopper@example.org' });
      await receiver.post(first);
      await delivered(receiver, first.submissionId);
      const [subscriber] = listmonk.state.subscribers.filter((s) => s.email === 'grace.hopper@example.org');
      subscriber.lists = [{ id: 3, subscription_status: 'confirmed' }];
      subscriber.attribs = { ...subscriber.attribs, city: 'Arlington' }; // set in Listmonk by someone else
      const optinsBefore = listmonk.state.optins.filter((id) => id === subscriber.id).length;

      const again = signup({ email: 'grace.hopper@example.org' });
      await receiver.post(again);
      await delivered(receiver, again.submissionId);
      assert.deepEqual(subscriber.lists.map((list) => list.id).sort(), [1, 2, 3]);
      assert.equal(subscriber.attribs.openllm.submissionId, again.submissionId, 'the new consent record');
      assert.equal(subscriber.attribs.city, 'Arlington', 'other attributes stay');
      assert.equal(listmonk.state.optins.filter((id) => id === subscriber.id).length, optinsBefore + 1);
      assert.equal(listmonk.state.subscribers.filter((s) => s.email === 'grace.hopper@example.org').length, 1);
    });

    it('retries through 503s and 429s, honouring Retry-After, and delivers once', async () => {
      listmonk.failNext(2, 503);
      listmonk.failNext(1, 429, { 'Retry-After': '1' });
      const body = signup({ email: 'katherine.johnson@example.org' });
      await receiver.post(body);
      await delivered(receiver, body.submissionId);
      assert.equal(listmonk.state.subscribers.filter((s) => s.email === body.email).length, 1);
      const tries = listmonk.state.requests.filter(
        (r) => r.route === 'POST /api/subscribers' && r.body.email === body.email,
      );
      assert.equal(tries.length, 4);
    });

    it('keeps sign-ups while Listmonk is down, and delivers each once when it is back', async () => {
      await listmonk.stop();
      const bodies = [signup({ email: 'dorothy.vaughan@example.org' }), signup({ email: 'mary.jackson@example.org' })];
      for (const body of bodies) assert.equal((await receiver.post(body)).status, 201);
      await eventually(async () => (await relayOf(receiver, bodies[1].submissionId))?.reason?.includes('unreachable'), {
        what: 'a failed attempt',
      });
      const health = await (await fetch(`${receiver.url}/healthz`)).json();
      assert.ok(health.relay.pending >= 2);
      assert.ok(Date.parse(health.relay.oldest) <= Date.now());
      await listmonk.start();
      for (const body of bodies) await delivered(receiver, body.submissionId);
      for (const body of bodies)
        assert.equal(listmonk.state.subscribers.filter((s) => s.email === body.email).length, 1);
    });

    it("records a permanent refusal with Listmonk's reason, and does not retry it", async () => {
      listmonk.state.refuseEmails.add('spam@blocked.example');
      const body = signup({ email: 'spam@blocked.example' });
      await receiver.post(body);
      const relay = await eventually(
        async () => {
          const state = await relayOf(receiver, body.submissionId);
          return state?.state === 'refused' && state;
        },
        { what: 'the refusal' },
      );
      assert.equal(relay.reason, 'Listmonk 400: The e-mail domain is blocklisted.');
      const csv = await (await receiver.operator('/api/signups.csv')).text();
      assert.match(
        csv,
        new RegExp(`"${body.submissionId}".*"refused","Listmonk 400: The e-mail domain is blocklisted."`),
      );
      const tries = listmonk.state.requests.filter(
        (r) => r.route === 'POST /api/subscribers' && r.body.email === body.email,
      );
      assert.equal(tries.length, 1);
    });

    it('erases the person from Listmonk too', async () => {
      const body = signup({ email: 'hedy.lamarr@example.org' });
      await receiver.post(body);
      await delivered(receiver, body.submissionId);
      const erased = await receiver.operator(`/api/signups?email=${encodeURIComponent(body.email)}`, {
        method: 'DELETE',
      });
      assert.deepEqual(await erased.json(), { erased: 1 });
      await eventually(() => !listmonk.state.subscribers.some((s) => s.email === body.email), {
        what: 'the Listmonk subscriber deleted',
      });
      await eventually(async () => (await (await fetch(`${receiver.url}/healthz`)).json()).relay.pending === 0, {
        what: 'an empty queue',
      });
    });

    it('delivers what was queued before a restart, exactly once', async () => {
      await listmonk.stop();
      const body = signup({ email: 'radia.perlman@example.org' });
      await receiver.post(body);
      await receiver.close();
      await listmonk.start();
      receiver = await startTestReceiver({ ...store.settings, ...relaySettings(listmonk) }, {}, FAST);
      await delivered(receiver, body.submissionId);
      assert.equal(listmonk.state.subscribers.filter((s) => s.email === body.email).length, 1);
    });
  });
}

describe('Listmonk relay at start', () => {
  let listmonk;
  let dataDir;
  before(async () => {
    listmonk = await startFakeListmonk();
    dataDir = await mkdtemp(join(tmpdir(), 'receiver-relay-start-'));
  });
  after(async () => {
    await listmonk?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const env = (overrides) => ({
    ...envFor({ dataDir }),
    LISTMONK_URL: listmonk.url,
    LISTMONK_USER: listmonk.user,
    LISTMONK_TOKEN: listmonk.token,
    LISTMONK_LISTS: '1,2',
    ...overrides,
  });

  it('says in one line when the credentials or the lists are wrong, and exits 1', async () => {
    const cases = [
      [
        { LISTMONK_TOKEN: 'wrong' },
        /^openllm-signup-receiver: Listmonk refused LISTMONK_USER\/LISTMONK_TOKEN \(Listmonk 403: invalid API credentials\)$/,
      ],
      [
        { LISTMONK_LISTS: '1,9' },
        /^openllm-signup-receiver: LISTMONK_LISTS: Listmonk has no list 9 \(it has 1, 2, 3\)$/,
      ],
      [{ LISTMONK_LISTS: 'newsletter' }, /^openllm-signup-receiver: LISTMONK_LISTS takes list IDs/],
      [
        { LISTMONK_TOKEN: '' },
        /^openllm-signup-receiver: LISTMONK_URL needs LISTMONK_USER, LISTMONK_TOKEN and LISTMONK_LISTS/,
      ],
    ];
    for (const [overrides, message] of cases) {
      const { code, output } = await runReceiver(env(overrides));
      assert.equal(code, 1, output);
      assert.match(output.trim(), message);
    }
  });

  it('starts when they are right', async () => {
    const receiver = withClient(await spawnReceiver(env({})));
    receiver.child.kill('SIGTERM');
    assert.equal(await receiver.exited, 0);
  });
});

for (const engine of ENGINES) {
  describe(`relay worker on ${engine.name}`, { skip: engine.skip }, () => {
    it('stopped with jobs in hand, gives them back at once rather than after their lease', async () => {
      const made = await engine.make();
      const store = openStore({ ...made.settings, listmonk: { url: 'http://127.0.0.1:9' } });
      try {
        const body = signup({ email: 'margaret.hamilton@example.org' });
        const at = new Date().toISOString();
        await store.add({ submissionId: body.submissionId, receivedAt: at, emailKey: 'k', digest: 'd', signup: body });
        const handled = [];
        // stop() before the first claim resolves: the worker holds a leased job it must not start.
        const relay = startRelay({ store, handle: async (job) => handled.push(job.id), log: silentLog });
        await relay.stop();
        assert.deepEqual(handled, []);
        const [job] = await store.claimJobs({ limit: 10, leaseMs: 60_000 });
        assert.equal(job?.signup?.submissionId, body.submissionId, 'the job is due again at once');
      } finally {
        await store.close();
        await made.cleanup();
      }
    });
  });
}
