import { getChromePath } from 'chrome-launcher';

/** Flags for a headless browser on a closed network, possibly as root. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The system browser to test with, as chrome-launcher finds it: `CHROME_PATH` when it names a
 * browser, then the usual install paths. Nothing is ever downloaded.
 */
export function findChrome() {
  try {
    return getChromePath();
  } catch (error) {
    throw new Error(
      'No Chromium or Chrome found. Install one (Debian: `apt-get install -y chromium`) or set CHROME_PATH to its executable.',
      { cause: error },
    );
  }
}

// `node scripts/find-chrome.mjs` prints the browser's path, or says why there is none (exit 1).
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findChrome());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
