// The built script-tag bundle and the demo page in a real Chromium, under the demo's strict CSP.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { DEMO_CSP } from '../../scripts/demo-csp.mjs';
import { launchBrowser, openWatchedPage } from './browser.mjs';
import { measureTimeToContent } from './load-timing.mjs';

if (!existsSync('dist/cdn/openllm-widgets.js'))
  throw new Error('dist/cdn/openllm-widgets.js is missing: run `npm run build` first.');

/** Text of a part of the first manifesto (Playwright's CSS locators pierce open shadow roots). */
const partText = (page, part) => page.locator(`openllm-manifesto [part~="${part}"]`).first().textContent();

describe('pages in Chromium', () => {
  let browser;
  let site;

  before(async () => {
    browser = await launchBrowser();
    site = await serveStatic({
      mounts: { '/': 'demo', '/dist/': 'dist', '/cdn/': 'dist/cdn', '/fixtures/': 'test/node/fixtures' },
      headers: { 'Content-Security-Policy': DEMO_CSP },
    });
  });

  after(async () => {
    await browser?.close();
    site?.server.close();
  });

  it('the bundle alone renders English for <html lang="en"> and switches to French live', async () => {
    const { page, problems, cspViolations } = await openWatchedPage(browser);
    await page.goto(`${site.url}fixtures/bundle.html`);
    await page.getByRole('button', { name: 'Read the manifesto' }).waitFor();
    assert.match(await partText(page, 'title'), /Founding the French-speaking/);
    await page.evaluate(() => (document.documentElement.lang = 'fr'));
    await page.getByRole('button', { name: 'Lire le manifeste' }).waitFor();
    assert.match(await partText(page, 'title'), /Création de la communauté/);
    assert.deepEqual(await cspViolations(), []);
    assert.deepEqual(problems, []);
  });

  it('the static server answers a malformed URL with 404 and keeps serving', async () => {
    for (const path of ['%E0%A4%A', '%', '..%2f..%2fpackage.json'])
      assert.equal((await fetch(`${site.url}${path}`)).status, 404, path);
    const page = await fetch(`${site.url}index.html`);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-security-policy'), DEMO_CSP);
  });

  it('a page with only the manifesto loads no meetup, form or validation code', async () => {
    const { page, problems } = await openWatchedPage(browser);
    const chunks = new Set();
    page.on('request', (request) => {
      const chunk = request.url().match(/\/cdn\/chunks\/([a-z-]+)-[\w-]+\.js$/);
      if (chunk) chunks.add(chunk[1]);
    });
    await page.goto(`${site.url}fixtures/bundle.html`);
    await page.getByRole('button', { name: 'Read the manifesto' }).click();
    await page.getByRole('button', { name: 'Close the manifesto' }).waitFor();
    assert.deepEqual([...chunks].sort(), ['en', 'localization', 'manifesto']);
    assert.deepEqual(problems, []);
  });

  it('fetches a language only when the page asks for it, next to the bundle', async () => {
    const { page, problems } = await openWatchedPage(browser);
    const locales = [];
    page.on('request', (request) => {
      const chunk = request.url().match(/\/cdn\/chunks\/(de|en|es|it|nl)-[\w-]+\.js$/);
      if (chunk) locales.push(chunk[1]);
    });
    await page.goto(`${site.url}fixtures/bundle.html`);
    await page.getByRole('button', { name: 'Read the manifesto' }).waitFor();
    assert.deepEqual(locales, ['en']);
    await page.evaluate(() => (document.documentElement.lang = 'fr'));
    await page.getByRole('button', { name: 'Lire le manifeste' }).waitFor();
    for (const [lang, toggle] of [
      ['de-DE', 'Manifest lesen'],
      ['es', 'Leer el manifiesto'],
      ['it', 'Leggi il manifesto'],
      ['nl-BE', 'Lees het manifest'],
    ]) {
      await page.evaluate((tag) => (document.documentElement.lang = tag), lang);
      await page.getByRole('button', { name: toggle }).waitFor();
    }
    // French is in the bundle; each other language was fetched once, when it was asked for.
    assert.deepEqual(locales, ['en', 'de', 'es', 'it', 'nl']);
    assert.deepEqual(problems, []);
  });

  it('a language the page sets before the elements load stands, until <html lang> changes', async () => {
    const { page, problems } = await openWatchedPage(browser);
    await page.goto(`${site.url}fixtures/chosen-locale.html`);
    await page.getByRole('button', { name: 'Manifest lesen' }).waitFor();
    // The content says which language it is in, as the page says French (WCAG 3.1.2).
    assert.equal(await page.locator('openllm-manifesto [part~="base"]').getAttribute('lang'), 'de');
    await page.evaluate(() => (document.documentElement.lang = 'it'));
    await page.getByRole('button', { name: 'Leggi il manifesto' }).waitFor();
    assert.deepEqual(problems, []);
  });

  // The bundle preloads each element's chunks and the page's language together, and the meetup asks
  // for its feed as it connects: HTML → bundle → element code → feed, whatever the language.
  for (const [name, path] of [
    ['French', ''],
    ['English', 'en.html'],
  ])
    it(`on a slow network, each element of the ${name} demo shows its content after at most three sequential fetches`, async () => {
      const loads = await measureTimeToContent(browser, `${site.url}${path}`);
      for (const [tag, { fetches, files }] of Object.entries(loads))
        assert.ok(fetches <= 3, `<${tag}> waited for ${fetches} fetches in a row: ${files.join(' → ')}`);
      assert.deepEqual(Object.keys(loads).sort(), ['openllm-join', 'openllm-manifesto', 'openllm-meetup']);
    });

  it('the demo page works under the strict CSP', async () => {
    const { page, problems, cspViolations } = await openWatchedPage(browser);
    const response = await page.goto(site.url);
    assert.equal(response.headers()['content-security-policy'], DEMO_CSP);
    await page.getByRole('button', { name: 'Lire le manifeste' }).waitFor();
    assert.equal(await page.locator('openllm-manifesto').count(), 2);
    // The meetup, from the JSON feed next to the page, and the sign-up form.
    await page.locator('openllm-meetup [part~="title"]').waitFor();
    assert.match(await page.locator('openllm-meetup [part~="title"]').textContent(), /OpenLLM Europe/);
    assert.equal(await page.locator('openllm-meetup script[type="application/ld+json"]').count(), 1);
    await page.getByLabel('Adresse e-mail').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Read the manifesto' }).click();
    await page.getByRole('heading', { name: 'Objectives' }).first().waitFor();
    assert.deepEqual(await cspViolations(), []);
    assert.deepEqual(problems, []);
  });
});
