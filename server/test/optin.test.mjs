// The double opt-in without Listmonk, once per engine, against a real SMTP server on 127.0.0.1:
// the e-mail in the sign-up's language, a single-use expiring link, the confirmation recorded and
// exported, SMTP failures that lose nothing, and unconfirmed sign-ups that expire.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { textsFor } from '../src/optin/messages.mjs';
import { hashToken } from '../src/optin/token.mjs';
import { openStore } from '../src/index.mjs';
import { digestOf, emailKeyOf } from '../src/signup.mjs';
import { ENGINES, eventually, freePort, settingsFor, signup, startTestReceiver } from './helpers.mjs';
import { startSmtpServer } from './smtp.mjs';

const FAST = { relay: { pollMs: 50, baseDelayMs: 50 } };
const MAIL_FROM = 'OpenLLM France <inscriptions@openllm.example>';

for (const engine of ENGINES) {
  describe(`double opt-in by e-mail on ${engine.name}`, { skip: engine.skip }, () => {
    let store;
    let smtp;
    let receiver;
    let optin;

    const start = async () => {
      const port = await freePort();
      optin = { smtpUrl: smtp.url, mailFrom: MAIL_FROM, publicUrl: `http://127.0.0.1:${port}`, expiryDays: 7 };
      return startTestReceiver({ ...store.settings, optin }, { port }, FAST);
    };

    before(async () => {
      store = await engine.make();
      smtp = await startSmtpServer();
      receiver = await start();
    });

    after(async () => {
      await receiver?.close();
      await smtp?.stop();
      await store?.cleanup();
    });

    /** The message sent to `email`, once it has arrived. */
    const mailTo = (email) =>
      eventually(() => smtp.messages.find((message) => message.to.includes(email)), { what: `a mail to ${email}` });
    const linkIn = (message) => message.text.match(/http:\/\/\S+\/api\/signups\/confirm\?token=\S+/)[0];
    const recordOf = async (submissionId) =>
      (await receiver.exported()).find((record) => record.submissionId === submissionId);

    it('answers pending-optin, mails a link in the sign-up’s language, and confirms once', async () => {
      const body = signup({ email: 'emmy.noether@example.org', locale: 'de' });
      const response = await receiver.post(body);
      assert.equal(response.status, 201);
      assert.deepEqual(await response.json(), { status: 'pending-optin' });

      const message = await mailTo(body.email);
      assert.equal(message.headers.subject, textsFor('de').subject);
      assert.equal(message.headers.from, MAIL_FROM);
      assert.match(message.text, /Guten Tag/);
      const link = linkIn(message);
      assert.equal((await recordOf(body.submissionId)).confirmedAt, undefined);

      // Opening the link shows a button; only the button confirms (mail scanners open links).
      const shown = await fetch(link);
      assert.equal(shown.status, 200);
      assert.match(shown.headers.get('content-security-policy'), /default-src 'none'/);
      assert.equal(shown.headers.get('referrer-policy'), 'no-referrer');
      const html = await shown.text();
      assert.match(html, /<html lang="de">/);
      assert.match(html, /Ich bestätige meine Anmeldung/);
      assert.equal((await recordOf(body.submissionId)).confirmedAt, undefined);

      const token = new URL(link).searchParams.get('token');
      const confirm = () =>
        fetch(new URL('confirm', link), {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ token }),
        });
      const confirmed = await confirm();
      assert.equal(confirmed.status, 200);
      assert.match(await confirmed.text(), /Anmeldung bestätigt/);
      const record = await recordOf(body.submissionId);
      assert.ok(Date.parse(record.confirmedAt) <= Date.now());
      assert.deepEqual(record.signup.consent, body.consent);
      assert.equal(record.relay.state, 'delivered');
      const csv = await (await receiver.operator('/api/signups.csv')).text();
      assert.ok(
        csv.split('\r\n').some((row) => row.startsWith(`"${body.submissionId}"`) && row.includes(record.confirmedAt)),
      );

      // Single use: the same link is spent.
      assert.equal((await confirm()).status, 410);
      const again = await fetch(link, { headers: { 'Accept-Language': 'en-GB,en;q=0.8' } });
      assert.equal(again.status, 410);
      assert.match(await again.text(), /Invalid or expired link/);
    });

    it('writes in each of the six languages', async () => {
      const locales = ['fr', 'en', 'de-AT', 'es', 'it', 'nl'];
      const bodies = locales.map((locale, i) => signup({ email: `polyglot${i}@example.org`, locale }));
      for (const body of bodies) await receiver.post(body);
      for (const body of bodies) {
        const message = await mailTo(body.email);
        assert.equal(message.headers.subject, textsFor(body.locale).subject, body.locale);
      }
      assert.equal(new Set(bodies.map((body) => textsFor(body.locale).subject)).size, 6);
    });

    it('retries after a temporary SMTP refusal, and keeps a permanent one with its reason, losing nothing', async () => {
      smtp.refuseNext(451, 'Try again later');
      const later = signup({ email: 'ada.yonath@example.org' });
      await receiver.post(later);
      await mailTo(later.email);
      assert.equal(smtp.messages.filter((message) => message.to.includes(later.email)).length, 1);

      smtp.refuseNext(550, 'No such user: mailbox.gone@example.org');
      const gone = signup({ email: 'mailbox.gone@example.org' });
      await receiver.post(gone);
      const relay = await eventually(
        async () => {
          const state = (await recordOf(gone.submissionId))?.relay;
          return state?.state === 'refused' && state;
        },
        { what: 'the refusal' },
      );
      assert.match(relay.reason, /^SMTP 550/);
      assert.doesNotMatch(relay.reason, /mailbox\.gone@/, 'the reason keeps no address');
      assert.ok(await recordOf(gone.submissionId), 'the sign-up stays stored');
    });

    it('refuses an expired link', async () => {
      const body = signup({ email: 'lise.meitner@example.org' });
      await receiver.post(body);
      const token = new URL(linkIn(await mailTo(body.email))).searchParams.get('token');
      await receiver.store.setOptinToken(
        body.submissionId,
        hashToken(token),
        new Date(Date.now() - 1000).toISOString(),
      );
      const expired = await fetch(`${receiver.url}/api/signups/confirm?token=${token}`);
      assert.equal(expired.status, 410);
      assert.equal((await recordOf(body.submissionId)).confirmedAt, undefined);
    });

    it('erases sign-ups left unconfirmed past OPTIN_EXPIRY_DAYS, but not imported ones', async () => {
      const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000).toISOString();
      const addAged = async (body, settings) => {
        const direct = openStore(settingsFor(settings));
        await direct.add({
          submissionId: body.submissionId,
          receivedAt: eightDaysAgo,
          emailKey: emailKeyOf(body.email),
          digest: digestOf(body),
          signup: body,
        });
        await direct.close();
      };
      const asked = signup({ email: 'never.confirmed@example.org' });
      await addAged(asked, { ...store.settings, optin }); // with its confirmation job, as the receiver stores it
      const imported = signup({ email: 'imported.from.0.1@example.org' });
      await addAged(imported, store.settings); // as the import stores it: never asked to confirm
      await receiver.close();
      receiver = await start(); // the expiry runs at start, then hourly
      await eventually(async () => !(await recordOf(asked.submissionId)), { what: 'the expiry' });
      assert.ok(await recordOf(imported.submissionId), 'an imported sign-up stays');
      assert.ok(
        (await receiver.exported()).some((record) => record.confirmedAt),
        'confirmed sign-ups stay',
      );
    });
  });
}
