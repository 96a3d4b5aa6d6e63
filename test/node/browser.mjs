import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

/** Launches the system Chromium, headless, for scripted page tests. */
export function launchBrowser() {
  return chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
}

/** Records page errors, console errors and CSP violations of a page. */
export function watchPage(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return problems;
}

/**
 * A new page that records, from its very start, CSP violations (read them with `cspViolations()`)
 * as well as page errors and console errors (`problems`).
 */
export async function openWatchedPage(browser) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return { page, problems: watchPage(page), cspViolations: () => page.evaluate(() => window.__cspViolations) };
}
