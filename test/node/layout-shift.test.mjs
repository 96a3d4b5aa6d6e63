// Cumulative Layout Shift of the demo pages and of a bare partner page while the elements load,
// in Chromium on a slow mobile network and on a fast one, on a phone and on a desktop. The
// elements cannot reserve their place before their code runs: dist/cdn/openllm-widgets.css does,
// and the meetup's loading placeholder keeps it until its feed arrives. Needs `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { DEMO_CSP } from '../../scripts/demo-csp.mjs';
import { launchBrowser, watchPage } from './browser.mjs';

if (!existsSync('dist/cdn/openllm-widgets.css'))
  throw new Error('dist/cdn/openllm-widgets.css is missing: run `npm run build` first.');

/** Lighthouse's phone (moto g power) and desktop screens. */
const SCREENS = {
  phone: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1350, height: 940 } },
};

/**
 * Lighthouse's "slow 4G" (150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up), and no throttling:
 * Lighthouse's default simulates the slow network but measures CLS on a load at full speed, where
 * the files arrive in another order.
 */
const NETWORKS = {
  'slow 4G': {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  },
  'a fast network': undefined,
};

const PAGES = [
  { path: '', name: 'the demo page', limit: 0.02 },
  { path: 'en.html', name: 'the English demo page', limit: 0.02 },
  { path: 'bare.html', name: 'a bare partner page', limit: 0.01 },
];

/** Records every layout shift not caused by input, from the page's very start. */
function recordLayoutShifts() {
  window.__layoutShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (!entry.hadRecentInput)
        window.__layoutShifts.push({
          value: entry.value,
          sources: entry.sources.map((source) => {
            const node = source.node;
            const what = node?.localName ?? node?.nodeName ?? '?';
            return `${what} ${source.previousRect.y}→${source.currentRect.y}`;
          }),
        });
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Whether every element shows its content (not its loading placeholder) in the page's language. */
function everyElementShowsContent() {
  const language = document.documentElement.lang.split('-')[0];
  return [...document.querySelectorAll('openllm-manifesto, openllm-meetup, openllm-join')].every((element) => {
    const base = element.shadowRoot?.querySelector('[part~="base"]:not([part~="loading"])');
    return base?.getAttribute('lang') === language;
  });
}

describe('layout shift while the elements load', () => {
  let browser;
  let site;

  before(async () => {
    browser = await launchBrowser();
    site = await serveStatic({
      mounts: { '/': 'demo', '/dist/': 'dist' },
      headers: { 'Content-Security-Policy': DEMO_CSP },
    });
  });

  after(async () => {
    await browser?.close();
    site?.server.close();
  });

  for (const { path, name, limit } of PAGES)
    for (const [screen, options] of Object.entries(SCREENS))
      for (const [network, conditions] of Object.entries(NETWORKS))
        it(`${name}, on a ${screen}, on ${network}: CLS ≤ ${limit}`, async (t) => {
          const context = await browser.newContext(options);
          try {
            const page = await context.newPage();
            const problems = watchPage(page);
            await page.addInitScript(recordLayoutShifts);
            if (conditions) {
              const cdp = await context.newCDPSession(page);
              await cdp.send('Network.enable');
              await cdp.send('Network.emulateNetworkConditions', conditions);
            }
            await page.goto(site.url + path);
            await page.waitForFunction(everyElementShowsContent, null, { timeout: 60_000 });
            // Two frames more: the last render's shifts, if any, are reported.
            await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
            const shifts = await page.evaluate(() => window.__layoutShifts);
            const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
            t.diagnostic(`CLS ${cls.toFixed(4)}`);
            const detail = shifts.map((shift) => `${shift.value.toFixed(4)}: ${shift.sources.join(', ')}`).join('\n');
            assert.ok(cls <= limit, `CLS ${cls.toFixed(4)} > ${limit}\n${detail}`);
            assert.deepEqual(problems, []);
          } finally {
            await context.close();
          }
        });
});
