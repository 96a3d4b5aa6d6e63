// Visual regression tests: every story of the built Storybook, screenshotted in Chromium and compared
// pixel by pixel with the baselines committed in test/visual/baselines/. On a difference the test
// fails and writes the new screenshot and a diff image (changed pixels in red) to test/visual/output/.
//
// After a change that is meant to look different: npm run test:visual:update, look at the new
// baselines, commit them. Build Storybook first (npm run build-storybook).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { launchBrowser } from './browser.mjs';
import { listEntries, openStoryViewer, STATIC_DIR } from './storybook.mjs';

const BASELINES = new URL('../visual/baselines/', import.meta.url);
const OUTPUT = new URL('../visual/output/', import.meta.url);
const UPDATE = process.env.UPDATE_VISUAL_BASELINES === '1';
const PHONE = 390;
const DESKTOP = 1280;
const RENDER_TIMEOUT = 30_000;
/** Per-pixel colour distance (0–1) below which two pixels count as equal; anti-aliasing is ignored. */
const PIXEL_THRESHOLD = 0.1;
/** Changed pixels allowed in a screenshot: a moved line or a new colour changes hundreds. */
const MAX_CHANGED_PIXELS = 10;

/**
 * The screenshots: every story on a phone; the French stories (each state, light and dark theme)
 * on a desktop too; the partner pages, which show both widths, in the system's light and dark modes.
 */
function shotsOf(story) {
  if (story.title === 'Partner page')
    return ['light', 'dark'].map((scheme) => ({ story, width: PHONE + DESKTOP + 100, scheme, frames: true }));
  const widths = /french/i.test(story.name) ? [PHONE, DESKTOP] : [PHONE];
  return widths.map((width) => ({ story, width, scheme: 'light' }));
}

const stories = (await listEntries()).filter((entry) => entry.type === 'story');
// Grouped by page settings: one page per group, which switches from story to story without reloading.
const shots = stories.flatMap(shotsOf).sort((a, b) => settingsOf(a).localeCompare(settingsOf(b)));
let browser;
let server;
let origin;
/** The page of the current settings group. */
let current;

before(async () => {
  ({ server, url: origin } = await serveStatic({ mounts: { '/': STATIC_DIR } }));
  browser = await launchBrowser();
  await mkdir(BASELINES, { recursive: true });
  await rm(OUTPUT, { recursive: true, force: true });
});

after(async () => {
  await current?.viewer.close();
  await browser?.close();
  server?.close();
});

for (const shot of shots) {
  const { title, name } = shot.story;
  test(`looks as before: ${title} › ${name} at ${shot.width} px, ${shot.scheme}`, async () => {
    const images = await capture(shot);
    const names = imageNames(shot);
    for (const [index, image] of images.entries()) await compareWithBaseline(names[index], image);
  });
}

test('every baseline belongs to a screenshot taken here', async () => {
  const expected = new Set(shots.flatMap(imageNames).map((name) => `${name}.png`));
  const files = (await readdir(BASELINES)).filter((file) => file.endsWith('.png'));
  const orphans = files.filter((file) => !expected.has(file));
  if (UPDATE) for (const orphan of orphans) await rm(new URL(orphan, BASELINES));
  else assert.deepEqual(orphans, [], 'baselines of stories that are gone: run npm run test:visual:update');
});

/** The file names of a shot's images: story, width, and `dark` for the dark colour scheme. */
function imageNames({ story, width, scheme, frames }) {
  const dark = scheme === 'dark' ? '.dark' : '';
  return frames ? [`${story.id}.${PHONE}${dark}`, `${story.id}.${DESKTOP}${dark}`] : [`${story.id}.${width}${dark}`];
}

function settingsOf({ width, scheme }) {
  return `${scheme} ${String(width).padStart(4, '0')}`;
}

/** Shows the story in the page of its settings group, and screenshots it (or each partner page of it). */
async function capture({ story, width, scheme, frames }) {
  if (current?.settings !== settingsOf({ width, scheme })) {
    await current?.viewer.close();
    const viewer = await openStoryViewer(browser, origin, {
      viewport: { width, height: 800 },
      colorScheme: scheme,
      timezoneId: 'Europe/Paris',
      locale: 'fr-FR',
      deviceScaleFactor: 1,
    });
    current = { viewer, settings: settingsOf({ width, scheme }) };
  }
  const { page } = current.viewer;
  await current.viewer.show(story.id, RENDER_TIMEOUT);
  await page.evaluate(() => document.fonts.ready);
  const options = { animations: 'disabled', caret: 'hide', scale: 'css' };
  if (!frames) return [await page.screenshot({ ...options, fullPage: true })];
  const pages = page.locator('.partner-page');
  return [await pages.nth(0).screenshot(options), await pages.nth(1).screenshot(options)];
}

/** Compares a screenshot with its baseline (or writes it, when updating) and fails with the diff image. */
async function compareWithBaseline(name, actualPng) {
  const baselineUrl = new URL(`${name}.png`, BASELINES);
  if (UPDATE) return writeFile(baselineUrl, actualPng);
  const baselinePng = await readFile(baselineUrl).catch(() => undefined);
  const keep = async (kind, png) => {
    await mkdir(OUTPUT, { recursive: true });
    const url = new URL(`${name}.${kind}.png`, OUTPUT);
    await writeFile(url, png);
    return url.pathname;
  };
  if (!baselinePng) {
    const path = await keep('actual', actualPng);
    assert.fail(`no baseline for ${name} (screenshot in ${path}): run npm run test:visual:update and commit it`);
  }
  const expected = PNG.sync.read(baselinePng);
  const actual = PNG.sync.read(actualPng);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    const path = await keep('actual', actualPng);
    assert.fail(
      `${name}: ${actual.width}×${actual.height} px instead of ${expected.width}×${expected.height} (screenshot in ${path})`,
    );
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const changed = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: PIXEL_THRESHOLD,
  });
  if (changed > MAX_CHANGED_PIXELS) {
    await keep('actual', actualPng);
    const path = await keep('diff', PNG.sync.write(diff));
    assert.fail(`${name}: ${changed} pixels differ from the baseline; diff image: ${path}`);
  }
}
