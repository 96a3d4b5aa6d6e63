// What the Storybook page tests share: the built Storybook's entries, a page that records what goes
// wrong in it, and the wait for a story to finish rendering in its language.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { watchPage } from './browser.mjs';

export const STATIC_DIR = fileURLToPath(new URL('../../storybook-static/', import.meta.url));

/**
 * Waits for the story open in `page` (or for story `storyId`, when the page switches stories) to
 * finish rendering (see readStory) and returns its state, or throws with what it was still waiting
 * for and the page's problems.
 */
export async function waitForStory(page, problems, timeout, storyId) {
  const state = await page
    .waitForFunction(readStory, storyId, { timeout, polling: 50 })
    .then((handle) => handle.jsonValue())
    .catch(async (error) => {
      const waitingFor = await page.evaluate(() => window.__waitingFor).catch(() => 'the page');
      throw new Error(`story not ready after ${timeout} ms, still waiting for ${waitingFor}\n${problems.join('\n')}`, {
        cause: error,
      });
    });
  if (state.failed) throw new Error(`Storybook could not render the story (${state.failed})\n${problems.join('\n')}`);
  return state;
}

/**
 * A new page that records page errors, console errors, the elements' own warnings (a bad attribute
 * value means the story itself is wrong) and any request leaving the local server, and that keeps
 * lit-localize's public status events, to know when a language has loaded.
 */
export async function openStoryPage(browser, origin, options) {
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

/**
 * One page that shows story after story: the first through a page load (about 1.5 s), the next
 * ones through Storybook's own channel, as its test runner does (a few hundred ms). `show` resolves
 * to the story's state once it has rendered (see readStory); `problems` holds what went wrong
 * since the last `show`.
 */
export async function openStoryViewer(browser, origin, options) {
  const { page, problems } = await openStoryPage(browser, origin, options);
  let loaded = false;
  return {
    page,
    problems,
    async show(storyId, timeout) {
      problems.length = 0;
      if (loaded)
        await page.evaluate(
          (id) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' }),
          storyId,
        );
      else await page.goto(`${origin}iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story`);
      loaded = true;
      return waitForStory(page, problems, timeout, storyId);
    },
    close: () => page.close(),
  };
}

/** Stories and docs pages of the built Storybook, or a clear error if it was not built. */
export async function listEntries() {
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
function readStory(storyId) {
  const waitFor = (reason) => ((window.__waitingFor = reason), false);
  const preview = window.__STORYBOOK_PREVIEW__;
  const render = preview?.currentRender;
  if (storyId && render?.id !== storyId) return waitFor(`Storybook to switch to ${storyId}`);
  if (['errored', 'aborted'].includes(render?.phase)) return { failed: render.phase };
  if (!render?.story || render.phase !== 'finished') return waitFor(`Storybook to render (phase: ${render?.phase})`);
  const { args, parameters } = preview.storyStoreValue.getStoryContext(render.story);
  const lang = args.lang ?? 'fr';
  // Every element of the story (a page story has several); the story's component is the one checked.
  const elements = [...document.querySelectorAll('#storybook-root *')].filter((node) =>
    node.localName.startsWith('openllm-'),
  );
  const component = render.story.component ?? elements[0]?.localName;
  const element = elements.find((node) => node.localName === component);
  const shadow = element?.shadowRoot;
  const pending = elements.find((node) => !node.shadowRoot?.childElementCount || node.isUpdatePending);
  if (!shadow || pending) return waitFor(`<${pending?.localName ?? component}> in #storybook-root to render`);
  // A story may name the part its state shows (a meetup's title once its feed has loaded, say).
  const expectedPart = parameters.openllm?.expectedPart;
  if (expectedPart && !elements.some((node) => node.shadowRoot.querySelector(`[part~="${expectedPart}"]`)))
    return waitFor(`the story's "${expectedPart}" part`);
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
