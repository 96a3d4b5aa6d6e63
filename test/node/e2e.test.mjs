// End to end: the partner demo page in Chromium, under its strict CSP, with the reference receiver
// behind it, as `npm start` runs them. Needs `npm run build` first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReceiver } from '@openllm-france/signup-receiver';
import { startDemoSite } from '../../scripts/demo.mjs';
import { DEMO_CSP } from '../../scripts/demo-csp.mjs';
import { launchBrowser, openWatchedPage } from './browser.mjs';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('partner demo, end to end', () => {
  let browser;
  let dataDir;
  let receiver;
  let receiverPort;
  let site;
  const logs = [];

  /** (Re)starts the receiver on its port, keeping its data folder. */
  async function startReceiverHere({ rateLimit = 20, rateLimitWindowMs = 60_000 } = {}) {
    const started = await startReceiver(
      {
        PORT: String(receiverPort ?? 0),
        DATA_DIR: dataDir,
        ALLOWED_ORIGINS: site?.url.slice(0, -1) ?? '',
        EXPORT_TOKEN: 't',
        RATE_LIMIT: String(rateLimit),
      },
      { logStream: { write: (line) => logs.push(JSON.parse(line)) }, rateLimitWindowMs },
    );
    receiverPort = started.port;
    return started;
  }
  const stopReceiver = () => receiver.close();
  /** Every stored record, from the receiver's JSON Lines export. */
  const stored = async () => {
    const response = await fetch(`${receiver.url}/api/signups.jsonl`, { headers: { Authorization: 'Bearer t' } });
    return (await response.text())
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  };

  /** Checks a page with axe (injected by DevTools: the page's CSP does not apply), then closes it. */
  async function expectCleanAndAccessible(page, problems, cspViolations) {
    await page.evaluate(axeSource);
    const { violations } = await page.evaluate(() => window.axe.run(document));
    assert.deepEqual(
      violations.map((violation) => `${violation.id}: ${violation.nodes.length}`),
      [],
    );
    assert.deepEqual(await cspViolations(), []);
    assert.deepEqual(problems, []);
    await page.close();
  }

  /** A page that records CSP violations from the start, with its errors and warnings. */
  async function open(path) {
    const watched = await openWatchedPage(browser);
    const response = await watched.page.goto(site.url + path);
    assert.equal(response.headers()['content-security-policy'], DEMO_CSP);
    return watched;
  }

  /** Fills the form as a person would: reading first (the receiver drops sign-ups faster than 1.5 s). */
  async function signUp(page, email, beforeSubmit = async () => undefined) {
    await page.getByLabel('Adresse e-mail').waitFor();
    await page.waitForTimeout(1600);
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('J’accepte').check();
    await beforeSubmit();
    await page.getByRole('button', { name: 'S’inscrire' }).click();
  }

  before(async () => {
    browser = await launchBrowser();
    dataDir = await mkdtemp(join(tmpdir(), 'openllm-e2e-'));
    receiver = await startReceiverHere();
    site = await startDemoSite({ port: 0, receiverPort });
    // Now that the page's origin is known, restart the receiver allowing it.
    await stopReceiver();
    receiver = await startReceiverHere();
  });

  after(async () => {
    await browser?.close();
    await stopReceiver();
    site?.server.close();
    site?.server.closeAllConnections();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('shows the three elements in French, with no CSP violation and no axe violation', async () => {
    const { page, problems, cspViolations } = await open('');
    await page.getByRole('button', { name: 'Lire le manifeste' }).waitFor();
    await page.locator('openllm-meetup [part~="title"]').waitFor();
    await page.getByLabel('Adresse e-mail').waitFor();
    assert.match(
      await page.locator('openllm-meetup [part~="status"]').textContent(),
      /À venir|En direct|Événement passé/,
    );
    await expectCleanAndAccessible(page, problems, cspViolations);
  });

  it('follows a dark system setting, page and elements alike, with no axe violation', async () => {
    const { page, problems, cspViolations } = await open('');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('openllm-meetup [part~="title"]').waitFor();
    await page.getByLabel('Adresse e-mail').waitFor();
    const backgrounds = await page.evaluate(() => [
      getComputedStyle(document.documentElement).backgroundColor,
      ...[...document.querySelectorAll('openllm-manifesto, openllm-meetup, openllm-join')].map(
        (element) => getComputedStyle(element.shadowRoot.querySelector('[part~="base"]')).backgroundColor,
      ),
    ]);
    const luminance = (color) => {
      const [r, g, b] = color.match(/\d+/g).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    assert.equal(backgrounds.length, 5);
    for (const color of backgrounds) assert.ok(luminance(color) < 60, `${color} is not a dark background`);
    await expectCleanAndAccessible(page, problems, cspViolations);
  });

  it('shows them in English on the English page', async () => {
    const { page, problems, cspViolations } = await open('en.html');
    await page.getByRole('button', { name: 'Read the manifesto' }).waitFor();
    await page.getByLabel('E-mail address').waitFor();
    assert.match(await page.locator('openllm-meetup [part~="status"]').textContent(), /Upcoming|Live now|Past event/);
    await expectCleanAndAccessible(page, problems, cspViolations);
  });

  it('a sign-up typed as a person would lands exactly once in the store, with its consent', async () => {
    const { page, problems, cspViolations } = await open('');
    await signUp(page, 'ada.lovelace@example.org');
    await page.getByText('Merci').waitFor();
    const records = (await stored()).filter((record) => record.signup.email === 'ada.lovelace@example.org');
    assert.equal(records.length, 1);
    assert.equal(records[0].signup.consent.given, true);
    assert.match(records[0].signup.consent.text, /contacté·e par OpenLLM France/);
    assert.equal(records[0].signup.source.tag, 'atelier-numerique-libre');
    assert.deepEqual(await cspViolations(), []); // sending stays within connect-src 'self'
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('keeps a sign-up while the receiver is down, and delivers it once when it is back', async () => {
    await stopReceiver();
    const { page } = await open('');
    await signUp(page, 'grace.hopper@example.org');
    await page.getByText('enregistrée sur cet appareil').waitFor({ timeout: 30000 });
    receiver = await startReceiverHere();
    await page.reload();
    await page.waitForFunction(() => localStorage.getItem('openllm-join-outbox') === null, null, { timeout: 15000 });
    await page.waitForTimeout(500);
    const records = (await stored()).filter((record) => record.signup.email === 'grace.hopper@example.org');
    assert.equal(records.length, 1);
    await page.close();
  });

  it('honours a 429 with Retry-After from the receiver', async () => {
    await stopReceiver();
    receiver = await startReceiverHere({ rateLimit: 12, rateLimitWindowMs: 5000 }); // once spent, free again within 5 s
    const { page } = await open('');
    const from = logs.length;
    // Just before the click, spend this IP's allowance, as a burst of other visitors would.
    const spend = () =>
      Promise.all(
        Array.from({ length: 12 }, () =>
          fetch(`http://127.0.0.1:${receiverPort}/api/signups`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: '{}',
          }),
        ),
      );
    await signUp(page, 'katherine.johnson@example.org', spend);
    await page.getByText('Merci').waitFor({ timeout: 20000 });
    // The 12 spent requests (422), then the widget's: 429, then 201 once Retry-After has passed.
    const statuses = logs
      .slice(from + 12)
      .filter((line) => line.method === 'POST')
      .map((line) => line.status);
    assert.deepEqual(statuses, [429, 201]);
    const [limited, accepted] = logs.slice(from + 12).filter((line) => line.method === 'POST');
    assert.ok(accepted.time - limited.time >= 3000, 'retried before Retry-After');
    assert.equal(
      (await stored()).filter((record) => record.signup.email === 'katherine.johnson@example.org').length,
      1,
    );
    await page.close();
  });
});
