// The pinned snippet (import map of chunk hashes + script tag with the bundle's hash) in Chromium:
// the page and the "CDN" are two origins on 127.0.0.1, like a partner page and jsDelivr. The
// snippet must load every element and a lazily fetched locale, and a tampered file must be refused.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { serveStatic } from '../../scripts/static-server.mjs';
import {
  BUNDLE,
  cspScriptSources,
  docBlock,
  docSnippet,
  integrities,
  SNIPPET_DOC,
  snippet,
  STYLESHEET,
} from '../../scripts/sri.mjs';
import { launchBrowser, watchPage } from './browser.mjs';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const CDN_PATH = `/npm/${name}@${version}/dist/cdn/`;

/** A partner page: the pinned snippet, German, the three elements. */
const partnerPage = (cdnBase) => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Partner</title>
${snippet(integrities(), cdnBase)}</head>
<body><openllm-manifesto variant="summary"></openllm-manifesto><openllm-meetup></openllm-meetup><openllm-join></openllm-join></body></html>`;

/** Serves `dir` as a CDN would: pinned path, CORS open to every origin. */
const cdn = (dir) => serveStatic({ mounts: { [CDN_PATH]: dir }, headers: { 'Access-Control-Allow-Origin': '*' } });

/** Serves one HTML page under a strict CSP that allows the snippet and the CDN's origin only. */
function page(html, cdnBase) {
  const csp = `default-src 'self'; script-src ${cspScriptSources(integrities(), cdnBase)}; connect-src 'self'; style-src 'self' ${new URL(cdnBase).origin}`;
  const server = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp });
    response.end(html);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('Subresource Integrity of the script-tag build', () => {
  let browser;
  const servers = [];

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    for (const server of servers) server.close();
    rmSync('.tmp/sri-tampered', { recursive: true, force: true });
  });

  /** Opens the partner page whose snippet points at a CDN serving `dir`. */
  async function openPartnerPage(dir) {
    const files = await cdn(dir);
    const base = `${files.url.replace(/\/$/, '')}${CDN_PATH}`;
    const site = await page(partnerPage(base), base);
    servers.push(files.server, site);
    const tab = await browser.newPage();
    const problems = watchPage(tab);
    await tab.goto(`http://127.0.0.1:${site.address().port}/`);
    return { tab, problems };
  }

  it('the pinned snippet loads every element and the German locale', async () => {
    const { tab, problems } = await openPartnerPage('dist/cdn');
    await tab.getByRole('button', { name: 'Manifest lesen' }).waitFor();
    await tab.locator('openllm-meetup [part~="title"]').waitFor();
    await tab.locator('openllm-join input').first().waitFor();
    // The stylesheet passed its integrity check too: it is the page's one style sheet.
    assert.equal(await tab.evaluate(() => document.styleSheets[0]?.href?.endsWith('/openllm-widgets.css')), true);
    assert.deepEqual(problems, []);
  });

  it('a chunk changed on the CDN is refused: the element never loads', async () => {
    rmSync('.tmp/sri-tampered', { recursive: true, force: true });
    cpSync('dist/cdn', '.tmp/sri-tampered', { recursive: true });
    const chunk = Object.keys(integrities()).find((file) => /^chunks\/manifesto-/.test(file));
    appendFileSync(`.tmp/sri-tampered/${chunk}`, '\n;document.title = "tampered";');
    const { tab, problems } = await openPartnerPage('.tmp/sri-tampered');
    await tab.locator('openllm-join input').first().waitFor();
    assert.equal(await tab.evaluate(() => customElements.get('openllm-manifesto')), undefined);
    assert.notEqual(await tab.title(), 'tampered');
    assert.ok(
      problems.some((problem) => /integrity/i.test(problem)),
      `expected an integrity error, got: ${problems.join(' | ')}`,
    );
  });

  it('the stylesheet is checked too: a changed one is refused, and the elements still load', async () => {
    rmSync('.tmp/sri-tampered', { recursive: true, force: true });
    cpSync('dist/cdn', '.tmp/sri-tampered', { recursive: true });
    appendFileSync(`.tmp/sri-tampered/${STYLESHEET}`, '\nbody{background:red}');
    const { tab, problems } = await openPartnerPage('.tmp/sri-tampered');
    await tab.locator('openllm-join input').first().waitFor();
    assert.equal(await tab.evaluate(() => document.styleSheets.length), 0);
    assert.ok(
      problems.some((problem) => /integrity/i.test(problem)),
      `expected an integrity error, got: ${problems.join(' | ')}`,
    );
  });

  it('a bundle changed on the CDN is refused: nothing loads', async () => {
    rmSync('.tmp/sri-tampered', { recursive: true, force: true });
    cpSync('dist/cdn', '.tmp/sri-tampered', { recursive: true });
    appendFileSync(`.tmp/sri-tampered/${BUNDLE}`, '\n;document.title = "tampered";');
    const { tab, problems } = await openPartnerPage('.tmp/sri-tampered');
    await tab.waitForLoadState('load');
    assert.equal(await tab.evaluate(() => customElements.get('openllm-join')), undefined);
    assert.notEqual(await tab.title(), 'tampered');
    assert.ok(
      problems.some((problem) => /integrity/i.test(problem)),
      problems.join(' | '),
    );
  });

  it('docs/script-tag.md shows the snippet of this build', () => {
    assert.equal(
      docSnippet(readFileSync(SNIPPET_DOC, 'utf8')),
      docBlock(integrities()),
      `${SNIPPET_DOC} snippet is stale: run \`npm run build && node scripts/sri.mjs --docs\`.`,
    );
  });
});
