// How soon each element shows its content on a slow network, and after how many sequential fetches.
// Used by `npm run bench` (time to content) and by the page tests (at most three fetches).

/** Chromium's network emulation: a mobile connection (DevTools' "Slow 4G" latency, 1.6 Mbit/s). */
export const SLOW_NETWORK = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };

const TAGS = ['openllm-manifesto', 'openllm-meetup', 'openllm-join'];

/**
 * Loads `url` in a new page of `browser` under `network` and resolves, once every element of the
 * page shows its content (its `base` part, not the loading placeholder), to
 * `{ [tag]: { ms, fetches, files } }`: milliseconds from navigation, the length of the longest
 * chain of fetches after the HTML that had ended by then, and the files of that chain.
 *
 * A fetch belongs to chain step k + 1 when it started after a step-k fetch had ended (the HTML is
 * step 0). Under 150 ms of latency, fetches started together end together, so this counts round
 * trips; a fetch that merely waited for a free connection would count as one more, never one less.
 */
export async function measureTimeToContent(browser, url, network = SLOW_NETWORK) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
    // Each element's first frame with content, timed in the page from navigation start.
    await page.addInitScript((tags) => {
      const shown = (window.__contentAt = {});
      const look = () => {
        for (const tag of tags) {
          const root = document.querySelector(tag)?.shadowRoot;
          if (!(tag in shown) && root?.querySelector('[part~="base"]:not([part~="loading"])'))
            shown[tag] = performance.now();
        }
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    }, TAGS);
    await page.goto(url);
    const present = await page.evaluate((tags) => tags.filter((tag) => document.querySelector(tag)), TAGS);
    await page.waitForFunction((tags) => tags.every((tag) => tag in window.__contentAt), present, { timeout: 60_000 });
    return await page.evaluate((tags) => {
      const [navigation] = performance.getEntriesByType('navigation');
      const fetches = [{ name: 'document', startTime: 0, responseEnd: navigation.responseEnd, step: 0, chain: [] }];
      const resources = performance.getEntriesByType('resource').sort((a, b) => a.startTime - b.startTime);
      for (const { name, startTime, responseEnd } of resources) {
        const before = fetches.filter((done) => done.responseEnd <= startTime);
        const previous = before.reduce((last, done) => (done.step > last.step ? done : last), fetches[0]);
        const file = new URL(name).pathname.split('/').pop();
        fetches.push({ name: file, startTime, responseEnd, step: previous.step + 1, chain: [...previous.chain, file] });
      }
      return Object.fromEntries(
        tags.map((tag) => {
          const at = window.__contentAt[tag];
          const last = fetches
            .filter((done) => done.responseEnd <= at)
            .reduce((deepest, done) => (done.step > deepest.step ? done : deepest));
          return [tag, { ms: Math.round(at), fetches: last.step, files: last.chain }];
        }),
      );
    }, present);
  } finally {
    await context.close();
  }
}
