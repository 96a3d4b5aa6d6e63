// <openllm-join> from the built script-tag bundle, in Chromium, against a real endpoint that goes
// away and comes back: the sign-up survives a page reload and is delivered exactly once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { serveStatic } from '../../scripts/static-server.mjs';
import { launchBrowser, watchPage } from './browser.mjs';

/**
 * A minimal cross-origin sign-up endpoint that records what it receives, answering after `delay`
 * ms; with `cors: false`, a plain handler that sends no CORS headers.
 */
function startEndpoint(port = 0, delay = 0, { cors = true } = {}) {
  const received = [];
  const server = createServer((request, response) => {
    if (cors) {
      response.setHeader('Access-Control-Allow-Origin', '*');
      response.setHeader('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key');
    }
    if (request.method === 'OPTIONS') return response.writeHead(204).end();
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const form = request.headers['content-type']?.startsWith('application/x-www-form-urlencoded');
      received.push({
        key: request.headers['idempotency-key'],
        body: form ? Object.fromEntries(new URLSearchParams(body)) : JSON.parse(body),
      });
      setTimeout(
        () => response.writeHead(201, { 'Content-Type': 'application/json' }).end('{"status":"subscribed"}'),
        delay,
      );
    });
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ server, received, port: server.address().port })),
  );
}

const stop = (server) => new Promise((resolve) => server.close(resolve));

describe('<openllm-join> in a real page', () => {
  let browser;
  let site;

  before(async () => {
    browser = await launchBrowser();
    site = await serveStatic({ mounts: { '/cdn/': 'dist/cdn', '/fixtures/': 'test/node/fixtures' } });
  });

  after(async () => {
    await browser?.close();
    site?.server.close();
  });

  it('keeps a sign-up through an outage and a reload, then delivers it once', async () => {
    // Reserve a port, then close it: the endpoint is down when the person signs up.
    const probe = await startEndpoint();
    const port = probe.port;
    await stop(probe.server);

    const page = await browser.newPage();
    const problems = watchPage(page);
    await page.goto(`${site.url}fixtures/join.html?endpoint=${encodeURIComponent(`http://127.0.0.1:${port}/signups`)}`);
    await page.getByLabel('Adresse e-mail').fill('marie.curie@example.org');
    await page.getByLabel('Nom').fill('Marie Curie');
    await page.getByLabel('Profil').selectOption('researcher');
    await page.getByLabel('J’accepte d’être contacté·e').check();
    await page.getByRole('button', { name: 'S’inscrire' }).click();
    await page.getByText('enregistrée sur cet appareil').waitFor({ timeout: 30000 });
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('openllm-join-outbox')));
    assert.equal(stored.length, 1);
    assert.equal(stored[0].signup.email, 'marie.curie@example.org');

    // The endpoint comes back; the next page load delivers the stored sign-up.
    const endpoint = await startEndpoint(port);
    try {
      await page.reload();
      await page.waitForFunction(() => localStorage.getItem('openllm-join-outbox') === null, null, { timeout: 15000 });
      await page.waitForTimeout(500);
      assert.equal(endpoint.received.length, 1, 'delivered exactly once');
      const [delivery] = endpoint.received;
      assert.equal(delivery.body.submissionId, stored[0].signup.submissionId);
      assert.equal(delivery.key, `"${stored[0].signup.submissionId}"`);
      assert.equal(delivery.body.consent.given, true);
      // Failed requests to the stopped endpoint are expected console errors; nothing else is.
      assert.deepEqual(
        problems.filter((problem) => !problem.includes('ERR_CONNECTION_REFUSED')),
        [],
      );
    } finally {
      await stop(endpoint.server);
    }
  });

  it('replays from one tab only when two tabs open at once', async () => {
    const endpoint = await startEndpoint(0, 1500); // slow, so that both tabs load while it answers
    const context = await browser.newContext();
    try {
      const seed = await context.newPage();
      await seed.goto(`${site.url}fixtures/bundle.html`);
      const submissionId = '6f1d2a4e-8b3c-4d5e-9f60-7a8b9c0d1e2f';
      await seed.evaluate(
        ([entry]) => localStorage.setItem('openllm-join-outbox', JSON.stringify([entry])),
        [
          {
            target: { endpoint: `http://127.0.0.1:${endpoint.port}/signups`, adapter: 'json', lists: [] },
            signup: { submissionId, email: 'ada@example.org', consent: { given: true } },
            queuedAt: new Date().toISOString(),
          },
        ],
      );
      const url = `${site.url}fixtures/join.html?endpoint=${encodeURIComponent(`http://127.0.0.1:${endpoint.port}/signups`)}`;
      const [first, second] = await Promise.all([context.newPage(), context.newPage()]);
      await Promise.all([first.goto(url), second.goto(url)]);
      await first.waitForFunction(() => localStorage.getItem('openllm-join-outbox') === null, null, { timeout: 15000 });
      await first.waitForTimeout(2000);
      assert.deepEqual(
        endpoint.received.map((delivery) => delivery.body.submissionId),
        [submissionId],
      );
    } finally {
      await context.close();
      await stop(endpoint.server);
    }
  });

  it('form adapter: a cross-origin handler without CORS receives the sign-up once', async () => {
    const endpoint = await startEndpoint(0, 0, { cors: false });
    const page = await browser.newPage();
    try {
      await page.goto(
        `${site.url}fixtures/join.html?adapter=form&endpoint=${encodeURIComponent(`http://127.0.0.1:${endpoint.port}/form`)}`,
      );
      await page.getByLabel('Adresse e-mail').fill('ada@example.org');
      await page.getByLabel('J’accepte d’être contacté·e').check();
      await page.getByRole('button', { name: 'S’inscrire' }).click();
      await page.getByText('Merci').waitFor({ timeout: 15000 });
      assert.equal(endpoint.received.length, 1);
      assert.equal(endpoint.received[0].body.email, 'ada@example.org');
      assert.equal(endpoint.received[0].body['consent.given'], 'true');
    } finally {
      await page.close();
      await stop(endpoint.server);
    }
  });
});
