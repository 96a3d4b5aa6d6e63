// The in-page half of `npm run bench` (scripts/bench.mjs explains the method). Exposes
// `window.bench`: `ready` (a promise), `info()` and `measureCase(id, n, runs)`.
import { loadElements } from '/dist/cdn/openllm-widgets.js';
import { setStyles } from './vanilla-shared.js';
import './vanilla-manifesto.js';
import './vanilla-meetup.js';
import './vanilla-join.js';

/**
 * What is rendered: the real element and its hand-written twin, with the same attributes.
 * `pending` matches content shown while an element is not done yet (the meetup's placeholder).
 */
const CASES = {
  'manifesto-summary': { lit: 'openllm-manifesto', vanilla: 'vanilla-manifesto', attrs: { variant: 'summary' } },
  'manifesto-full': { lit: 'openllm-manifesto', vanilla: 'vanilla-manifesto', attrs: { variant: 'full' } },
  meetup: { lit: 'openllm-meetup', vanilla: 'vanilla-meetup', attrs: {}, pending: '[part~="loading"]' },
  join: { lit: 'openllm-join', vanilla: 'vanilla-join', attrs: {} },
};

/** A new task without setTimeout's clamping. */
const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10)));

/**
 * Resolves once every element has rendered its final content. Lit's updates are microtasks, so
 * the thread stays busy; only an element that waits on a task (the meetup's `import()` of its
 * data code) makes this loop yield.
 */
async function rendered(elements, pending) {
  for (;;) {
    await Promise.all(elements.map((element) => element.updateComplete));
    if (!pending || !elements.some((element) => element.shadowRoot.querySelector(pending))) return;
    await nextTask();
  }
}

let marks = 0;

/** One measurement: N elements created, appended, rendered, styled and laid out. */
async function measure(id, side, n) {
  const { attrs, pending, [side]: tag } = CASES[id];
  const container = document.createElement('div');
  document.body.append(container);
  // Marks bound the window in a trace: their thread clock gives the main thread's CPU time in it.
  const mark = `bench-${++marks}`;
  performance.mark(`${mark}-start`);
  const start = performance.now();
  const elements = [];
  for (let i = 0; i < n; i++) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    container.append(element);
    elements.push(element);
  }
  await rendered(elements, pending);
  container.getBoundingClientRect(); // forces style and layout of everything rendered
  const ms = performance.now() - start;
  performance.mark(`${mark}-end`);
  // What was rendered, so that a bench that renders nothing (or something else) shows it.
  const root = elements[0].shadowRoot;
  const sample = {
    mark,
    ms,
    rendered: elements.filter((element) => element.shadowRoot?.firstElementChild).length,
    elements: root.querySelectorAll('*').length,
    text: root.textContent.replace(/\s+/g, ' ').trim().length,
    height: Math.round((container.offsetHeight / n) * 10) / 10,
  };
  container.remove();
  await nextFrame();
  return sample;
}

/** A warm-up pair, then `runs` pairs; the order alternates so that drift and GC hit both sides. */
async function measureCase(id, n, runs) {
  const samples = { lit: [], vanilla: [] };
  await measure(id, 'lit', n);
  await measure(id, 'vanilla', n);
  for (let run = 0; run < runs; run++) {
    for (const side of run % 2 ? ['vanilla', 'lit'] : ['lit', 'vanilla'])
      samples[side].push(await measure(id, side, n));
  }
  return samples;
}

/**
 * Loads and defines every element, renders and removes one of each (so that lazily loaded code,
 * data code and locale included, is in before timing), and gives the vanilla twins the CSS text
 * of the real elements' style sheets.
 */
async function setup() {
  await loadElements();
  await Promise.all(Object.values(CASES).map(({ lit }) => customElements.whenDefined(lit)));
  for (const id of Object.keys(CASES)) {
    const { lit, vanilla, attrs, pending } = CASES[id];
    const element = document.createElement(lit);
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    document.body.append(element);
    await rendered([element], pending);
    const css = element.shadowRoot.adoptedStyleSheets.map((sheet) =>
      [...sheet.cssRules].map((rule) => rule.cssText).join('\n'),
    );
    element.remove();
    setStyles(vanilla, css);
  }
  for (const id of Object.keys(CASES)) await measure(id, 'vanilla', 1);
  // Code an element fetches once connected (the form's sending code) arrives before timing.
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const info = () => ({
  userAgent: navigator.userAgent,
  crossOriginIsolated,
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  cases: CASES,
});

window.bench = { ready: setup(), info, measureCase };
