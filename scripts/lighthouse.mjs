// `npm run lighthouse`: Lighthouse with the system Chromium on the demo page (and the receiver
// behind it), printing the performance, accessibility, best-practices and SEO scores.
// Run after `npm run build`. Writes the full report to .tmp/lighthouse.html.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startReceiver } from '@openllm-france/signup-receiver';
import { startDemoSite } from './demo.mjs';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const dataDir = await mkdtemp(join(tmpdir(), 'openllm-lighthouse-'));
const receiver = await startReceiver({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
const site = await startDemoSite({ port: 0, receiverPort: receiver.port });
const chrome = await chromeLauncher.launch({
  chromePath: findChrome(),
  chromeFlags: ['--headless=new', ...CHROME_ARGS],
});
try {
  const pages = [site.url, `${site.url}en.html`];
  for (const url of pages) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'html',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      // The page is served from this machine: no network throttling to simulate a remote CDN.
      throttlingMethod: 'provided',
    });
    const scores = Object.values(result.lhr.categories).map(
      (category) => `${category.title} ${Math.round(category.score * 100)}`,
    );
    console.log(`${url}: ${scores.join(' · ')}`);
    await mkdir('.tmp', { recursive: true });
    await writeFile(`.tmp/lighthouse${url.endsWith('en.html') ? '-en' : ''}.html`, result.report);
  }
} finally {
  await chrome.kill();
  await receiver.close();
  site.server.close();
  site.server.closeAllConnections();
  await rm(dataDir, { recursive: true, force: true });
}
