// Smoke test of the built Storybook: every story renders its element, in the story's language and
// theme, and every docs page renders, without errors and without any request leaving the machine.
// Build it first: npm run build-storybook
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveStatic } from '../../scripts/static-server.mjs';
import { launchBrowser } from './browser.mjs';
import { listEntries, openStoryPage, openStoryViewer, STATIC_DIR } from './storybook.mjs';

const { targetLocales } = JSON.parse(await readFile(new URL('../../lit-localize.json', import.meta.url), 'utf8'));
const MIN_STORIES = 9;
// Limits sized for a busy CI machine: a story renders in well under a second when the machine is idle.
const RENDER_TIMEOUT = 30_000;

const entries = await listEntries();
const stories = entries.filter((entry) => entry.type === 'story');
let browser;
let server;
let origin;
/** One page for every story (see openStoryViewer). */
let viewer;
/** Shadow text of each story, to compare languages across stories. */
const rendered = [];

before(async () => {
  ({ server, url: origin } = await serveStatic({ mounts: { '/': STATIC_DIR } }));
  browser = await launchBrowser();
  viewer = await openStoryViewer(browser, origin);
});

after(async () => {
  await viewer?.close();
  await browser?.close();
  server?.close();
});

test(`Storybook has at least ${MIN_STORIES} stories`, () => {
  assert.ok(stories.length >= MIN_STORIES, `only ${stories.length} stories in storybook-static/index.json`);
});

for (const { id, title, name } of stories) {
  test(`story ${title} › ${name} (${id})`, async () => {
    const { problems } = viewer;
    const state = await viewer.show(id, RENDER_TIMEOUT);
    const { component, args, lang } = state.story;
    assert.ok(state.upgraded, `<${component}> is not a defined custom element`);
    assert.ok(state.shadowText.length > 10, `<${component}>'s shadow root has little text: "${state.shadowText}"`);
    assert.equal(state.lang, lang, '<html lang> is not the story’s language');
    assert.equal(state.locale, lang, 'the widgets have not switched to the story’s language');
    for (const attribute of ['variant', 'theme']) {
      if (attribute in args)
        assert.equal(
          state.attributes[attribute],
          args[attribute],
          `${attribute} attribute differs from the story's arg`,
        );
    }
    if ('theme' in args) {
      const dark = args.theme === 'dark';
      assert.equal(
        isDark(state.cardBackground),
        dark,
        `card background ${state.cardBackground} for theme ${args.theme}`,
      );
      assert.equal(
        isDark(state.pageBackground),
        dark,
        `page background ${state.pageBackground} for theme ${args.theme}`,
      );
    }
    if (component === 'openllm-manifesto') {
      assert.ok(state.parts.title, 'no title rendered');
      assert.ok(state.parts.cta, 'no call to action rendered');
      // A page story sets the variant in its template, not in its args.
      if ('variant' in args)
        assert.equal(
          state.parts.body?.hidden,
          args.variant === 'summary' && !args.open,
          'full text visibility is wrong',
        );
    }
    const { expectedState, expectedWarning } = state.story.expected;
    if (expectedState) assert.equal(state.elementState, expectedState, 'the story does not show its state');
    if (expectedWarning) {
      // A story of a misconfiguration shows the warning a partner would see, and nothing else.
      const expected = problems.filter((problem) => problem.includes(expectedWarning));
      assert.ok(expected.length > 0, `the expected warning (${expectedWarning}) was not logged`);
      problems.splice(0, problems.length, ...problems.filter((problem) => !expected.includes(problem)));
    }
    assert.deepEqual(problems, [], 'errors, warnings or foreign requests in the page');
    rendered.push({ component, lang, text: state.shadowText });
  });
}

test('each language renders its own text', () => {
  for (const component of new Set(rendered.map((story) => story.component))) {
    const texts = (lang) =>
      new Set(
        rendered.filter((story) => story.component === component && story.lang === lang).map((story) => story.text),
      );
    const french = texts('fr');
    for (const lang of targetLocales) {
      const translated = texts(lang);
      assert.ok(french.size > 0 && translated.size > 0, `<${component}> needs stories in French and in "${lang}"`);
      for (const text of translated)
        assert.ok(
          !french.has(text),
          `<${component}> shows the same text in "${lang}" and French: "${text.slice(0, 200)}…"`,
        );
    }
  }
});

for (const { id, title } of entries.filter((entry) => entry.type === 'docs')) {
  test(`docs ${title} (${id})`, async () => {
    // Tall enough that no story iframe is left unloaded below the fold (they load lazily).
    const { page, problems } = await openStoryPage(browser, origin, { viewport: { width: 1280, height: 12_000 } });
    try {
      await page.goto(`${origin}iframe.html?id=${encodeURIComponent(id)}&viewMode=docs`);
      // Each story is shown in an iframe of its own (one language per page): wait for them all.
      await page.waitForFunction(
        () => {
          const frames = [...document.querySelectorAll('#storybook-docs iframe')];
          return (
            document.querySelector('#storybook-docs .docblock-argstable') &&
            frames.length > 0 &&
            frames.every((frame) =>
              [...(frame.contentDocument?.querySelectorAll('#storybook-root *') ?? [])].some(
                (node) => node.shadowRoot?.childElementCount,
              ),
            )
          );
        },
        undefined,
        { timeout: RENDER_TIMEOUT * 2, polling: 100 },
      );
      assert.deepEqual(problems, [], 'errors, warnings or foreign requests in the page');
    } finally {
      await page.close();
    }
  });
}

/** Whether a computed `rgb()`/`rgba()` colour is dark (transparent counts as the white page). */
function isDark(color) {
  const [r, g, b, a = 1] = color.match(/[\d.]+/g).map(Number);
  if (a === 0) return false;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}
