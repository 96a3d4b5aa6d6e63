// Smoke test of the built Storybook: every story renders its element, in the story's language and
// theme, and every docs page renders, without errors and without any request leaving the machine.
// Build it first: npm run build-storybook
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../scripts/static-server.mjs';
import { launchBrowser, watchPage } from './browser.mjs';

const { targetLocales } = JSON.parse(await readFile(new URL('../../lit-localize.json', import.meta.url), 'utf8'));
const STATIC_DIR = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const MIN_STORIES = 9;
const RENDER_TIMEOUT = 10_000;

const entries = await listEntries();
const stories = entries.filter((entry) => entry.type === 'story');
let browser;
let server;
let origin;
/** Shadow text of each story, to compare languages across stories. */
const rendered = [];

before(async () => {
  ({ server, url: origin } = await serveStatic({ mounts: { '/': STATIC_DIR } }));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test(`Storybook has at least ${MIN_STORIES} stories`, () => {
  assert.ok(stories.length >= MIN_STORIES, `only ${stories.length} stories in storybook-static/index.json`);
});

for (const { id, title, name } of stories) {
  test(`story ${title} › ${name} (${id})`, async () => {
    const { page, problems } = await openPage();
    try {
      await page.goto(`${origin}iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
      const state = await page
        .waitForFunction(readStory, undefined, { timeout: RENDER_TIMEOUT, polling: 50 })
        .then((handle) => handle.jsonValue())
        .catch(async (error) => {
          const waitingFor = await page.evaluate(() => window.__waitingFor).catch(() => 'the page');
          throw new Error(
            `story not ready after ${RENDER_TIMEOUT} ms, still waiting for ${waitingFor}\n${problems.join('\n')}`,
            { cause: error },
          );
        });

      assert.equal(
        state.failed,
        undefined,
        `Storybook could not render the story (${state.failed})\n${problems.join('\n')}`,
      );
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
    } finally {
      await page.close();
    }
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
    const { page, problems } = await openPage({ viewport: { width: 1280, height: 12_000 } });
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

/**
 * A new page that records page errors, console errors, the elements' own warnings (a bad attribute
 * value means the story itself is wrong) and any request leaving the local server, and that keeps
 * lit-localize's public status events, to know when a language has loaded.
 */
async function openPage(options) {
  const page = await browser.newPage(options);
  const problems = watchPage(page);
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) problems.push(`request outside Storybook: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().startsWith('<openllm-'))
      problems.push(`element warning: ${message.text()}`);
  });
  await page.addInitScript(() => {
    window.__localeStatus = [];
    addEventListener('lit-localize-status', (event) => window.__localeStatus.push(event.detail));
  });
  return { page, problems };
}

/** Stories and docs pages of the built Storybook, or a clear error if it was not built. */
async function listEntries() {
  const indexPath = `${STATIC_DIR}index.json`;
  let index;
  try {
    index = JSON.parse(await readFile(indexPath, 'utf8'));
  } catch (error) {
    throw new Error(`${indexPath} is missing or unreadable: build Storybook first (npm run build-storybook).`, {
      cause: error,
    });
  }
  return Object.values(index.entries);
}

/**
 * Runs in the page: the story's state once it has finished rendering and its language has loaded,
 * or a falsy value to keep waiting. The story's args come from Storybook's preview
 * (`__STORYBOOK_PREVIEW__`, which Storybook's own test runner also reads).
 */
function readStory() {
  const waitFor = (reason) => ((window.__waitingFor = reason), false);
  const preview = window.__STORYBOOK_PREVIEW__;
  const render = preview?.currentRender;
  if (['errored', 'aborted'].includes(render?.phase)) return { failed: render.phase };
  if (!render?.story || render.phase !== 'finished') return waitFor(`Storybook to render (phase: ${render?.phase})`);
  const { component } = render.story;
  const { args, parameters } = preview.storyStoreValue.getStoryContext(render.story);
  const lang = args.lang ?? 'fr';
  const element = document.querySelector(`#storybook-root ${component}`);
  const shadow = element?.shadowRoot;
  if (!shadow?.childElementCount || element.isUpdatePending)
    return waitFor(`<${component}> in #storybook-root to render its shadow root`);
  // A story may name the part its state shows (a meetup's title once its feed has loaded, say).
  const expectedPart = parameters.openllm?.expectedPart;
  if (expectedPart && !shadow.querySelector(`[part~="${expectedPart}"]`))
    return waitFor(`<${component}> to show its "${expectedPart}" part`);
  // French is the source language: until another one loads there is no status event.
  const last = window.__localeStatus.at(-1);
  const locale = last ? (last.status === 'ready' ? last.readyLocale : undefined) : 'fr';
  if (locale !== lang || document.documentElement.lang !== lang) {
    return waitFor(
      `language "${lang}" (<html lang="${document.documentElement.lang}">, widgets in "${locale ?? 'loading'}")`,
    );
  }
  /** The element's own background colour, or else that of the first node of its shadow tree with one. */
  const paintedBackground = () => {
    const painted = (node) => !/^rgba\(.*, 0\)$|^transparent$/.test(getComputedStyle(node).backgroundColor);
    const node = painted(element) ? element : [...shadow.querySelectorAll('*')].find(painted);
    return getComputedStyle(node ?? element).backgroundColor;
  };
  const parts = Object.fromEntries(
    [...shadow.querySelectorAll('[part]')].flatMap((node) =>
      node
        .getAttribute('part')
        .split(/\s+/)
        .map((name) => [name, { text: node.textContent.trim(), hidden: node.hidden }]),
    ),
  );
  return {
    story: { component, args: JSON.parse(JSON.stringify(args)), lang, expected: parameters.openllm ?? {} },
    elementState: element.state,
    upgraded: customElements.get(component) === element.constructor,
    lang: document.documentElement.lang,
    locale,
    attributes: Object.fromEntries([...element.attributes].map(({ name, value }) => [name, value])),
    shadowText: shadow.textContent.replace(/\s+/g, ' ').trim(),
    parts,
    cardBackground: paintedBackground(),
    pageBackground: getComputedStyle(document.body).backgroundColor,
  };
}

/** Whether a computed `rgb()`/`rgba()` colour is dark (transparent counts as the white page). */
function isDark(color) {
  const [r, g, b, a = 1] = color.match(/[\d.]+/g).map(Number);
  if (a === 0) return false;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}
