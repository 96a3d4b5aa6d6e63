// `npm run bench`: main-thread time to render 1, 10 and 100 of each element in Chromium, beside a
// hand-written vanilla custom element doing the same job (bench/vanilla-*.js), as a ratio; and the
// time each element of the demo page takes to show its content on a slow network.
//
// Method, so that the numbers mean something:
// - The page (bench/index.html) loads the real script-tag build, dist/cdn/openllm-widgets.js.
//   Before any timing it calls `loadElements()`, waits for every tag to be defined, and renders
//   and removes one of each, so that every lazily loaded chunk (element, data code, locale) is in:
//   what is timed is rendering, not the network.
// - The vanilla twins have the same shadow DOM, text and event listeners, and adopt the same CSS,
//   copied at start-up from the real element's adopted style sheets: both sides pay for the same
//   style rules. Each run records what was rendered (elements, text length, height) to prove it.
// - One measurement: create N elements with the same attributes and append them to a container,
//   wait until all are rendered (Lit: `updateComplete`, microtasks, so the thread stays busy), then
//   read the container's layout so that both sides pay for style and layout of what they built.
// - Two clocks bound that window: performance.now() (wall time; the page is cross-origin isolated,
//   so 5 µs resolution) and the main thread's CPU clock, read from performance.mark() events in a
//   Chromium trace. The CPU time is the headline: it counts the work, not other processes' load on
//   a busy machine. Both are in the table and the JSON.
// - After a warm-up pair, Lit and vanilla runs alternate (ABBA) so that drift and GC hit both; the
//   container is removed and a frame passes between runs. Reported: median ms per instance.
// - Work an element defers past the window is not timed (the form's outbox check on connect:
//   ~0.01 ms per form in a trace).
//
// - Time to content: cold loads of the French demo page under Chromium's network emulation (150 ms
//   latency, 1.6 Mbit/s; test/node/load-timing.mjs), the median per element of the time from
//   navigation to its content, and the sequential fetches after the HTML it waited for.
//
// Options: --out <file> (default bench-results.json), --runs <k> (default 7),
// --quick (1 run of N = 1 and 10, for the tests), --check (exit 1 when the target is missed).
// Needs a build: `npm run bench` builds first.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser, watchPage } from '../test/node/browser.mjs';
import { serveStatic } from './static-server.mjs';
import { startDemoSite } from './demo.mjs';
import { measureTimeToContent, SLOW_NETWORK } from '../test/node/load-timing.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The one target: the form within 1.5× of its vanilla twin. The others are for information. */
const TARGET = { element: 'openllm-join', maxRatio: 1.5 };

const { values: options } = parseArgs({
  options: {
    out: { type: 'string', default: 'bench-results.json' },
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});
const ns = options.quick ? [1, 10] : [1, 10, 100];
const runs = Number(options.runs ?? (options.quick ? 1 : 7));
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, not ${options.runs}.`);
if (!existsSync(join(ROOT, 'dist/cdn/openllm-widgets.js')))
  throw new Error('dist/cdn/openllm-widgets.js is missing: run `npm run build` first.');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 4) => Number(value.toFixed(digits));

/**
 * Time to content on the French demo page under a slow mobile network (load-timing.mjs), median of
 * `count` cold loads (cache disabled): per element, milliseconds from navigation to its content and
 * the sequential fetches after the HTML that it waited for.
 */
async function measureDemoLoads(count) {
  const demo = await startDemoSite({ port: 0, receiverPort: 9 }); // the form sends nothing while loading
  try {
    const loads = [];
    for (let index = 0; index < count; index++) loads.push(await measureTimeToContent(browser, demo.url));
    return Object.fromEntries(
      Object.keys(loads[0]).map((tag) => [
        tag,
        {
          medianMs: median(loads.map((load) => load[tag].ms)),
          fetches: Math.max(...loads.map((load) => load[tag].fetches)),
          chain: loads[0][tag].files,
        },
      ]),
    );
  } finally {
    demo.server.close();
    demo.server.closeAllConnections();
  }
}

/** Main-thread CPU ms between each pair of `<mark>-start` / `<mark>-end` marks of a trace. */
function cpuTimes(trace) {
  const clock = new Map();
  for (const event of trace.traceEvents) {
    if (event.cat === 'blink.user_timing' && event.name.startsWith('bench-') && event.tts !== undefined)
      clock.set(event.name, event.tts);
  }
  return (mark) => {
    const [start, end] = [clock.get(`${mark}-start`), clock.get(`${mark}-end`)];
    if (start === undefined || end === undefined) throw new Error(`No thread clock for ${mark} in the trace.`);
    return (end - start) / 1000;
  };
}

const site = await serveStatic({
  mounts: { '/': join(ROOT, 'bench'), '/dist/': join(ROOT, 'dist') },
  // Cross-origin isolation gives performance.now() its fine resolution.
  headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
});
const browser = await launchBrowser();
let timeToContent;
const results = [];
let environment;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems = watchPage(page);
  await page.goto(`${site.url}index.html`);
  await page.waitForFunction(() => window.bench);
  await page.evaluate(() => window.bench.ready);
  environment = await page.evaluate(() => window.bench.info());

  for (const [id, spec] of Object.entries(environment.cases)) {
    for (const n of ns) {
      if (process.stderr.isTTY) process.stderr.write(`${id} × ${n}…\x1b[K\r`);
      // Only the marks are traced: next to nothing to record.
      await browser.startTracing(page, { categories: ['blink.user_timing'] });
      const samples = await page.evaluate(([id, n, runs]) => window.bench.measureCase(id, n, runs), [id, n, runs]);
      const cpuMs = cpuTimes(JSON.parse((await browser.stopTracing()).toString()));
      const summarise = (list) => {
        const broken = list.find((sample) => sample.rendered !== n);
        if (broken) throw new Error(`${id} × ${n}: only ${broken.rendered} of ${n} elements rendered.`);
        const measured = list.map(({ mark, ms, ...shape }) => ({ cpuMs: round(cpuMs(mark)), ms: round(ms), ...shape }));
        return {
          samples: measured,
          medianCpuMsPerInstance: round(median(measured.map((sample) => sample.cpuMs / n))),
          medianMsPerInstance: round(median(measured.map((sample) => sample.ms / n))),
        };
      };
      const lit = summarise(samples.lit);
      const vanilla = summarise(samples.vanilla);
      const ratio = round(lit.medianCpuMsPerInstance / vanilla.medianCpuMsPerInstance, 3);
      results.push({
        case: id,
        element: spec.lit,
        vanillaElement: spec.vanilla,
        attributes: spec.attrs,
        n,
        lit,
        vanilla,
        ratio,
        wallRatio: round(lit.medianMsPerInstance / vanilla.medianMsPerInstance, 3),
        withinTarget: ratio <= TARGET.maxRatio,
        isTarget: spec.lit === TARGET.element,
      });
    }
  }
  if (problems.length) throw new Error(`The bench page reported problems:\n${problems.join('\n')}`);
  timeToContent = await measureDemoLoads(runs);
} finally {
  await browser.close();
  site.server.close();
}

const targetRows = results.filter((row) => row.isTarget);
const report = {
  date: new Date().toISOString(),
  chromium: browser.version(),
  userAgent: environment.userAgent,
  crossOriginIsolated: environment.crossOriginIsolated,
  timeZone: environment.timeZone,
  ns,
  runs,
  warmupRuns: 1,
  quick: options.quick,
  statistic:
    'median over runs of (one measurement / N), in ms. cpuMs: main-thread CPU time (trace thread clock), the headline; ' +
    'ms: wall time (performance.now()). ratio = Lit / vanilla on CPU time; wallRatio on wall time.',
  target: { ...TARGET, met: targetRows.every((row) => row.withinTarget) },
  results,
  timeToContent: { network: SLOW_NETWORK, page: 'demo/index.html (French)', runs, elements: timeToContent },
};
const out = resolve(options.out);
await mkdir(dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);

const header = [
  'case',
  'element',
  'N',
  'Lit ms/inst',
  'vanilla ms/inst',
  'ratio',
  'wall ratio',
  `≤${TARGET.maxRatio}×`,
];
const rows = results.map((row) => [
  row.case,
  `<${row.element}>`,
  String(row.n),
  row.lit.medianCpuMsPerInstance.toFixed(3),
  row.vanilla.medianCpuMsPerInstance.toFixed(3),
  `${row.ratio.toFixed(2)}×`,
  `${row.wallRatio.toFixed(2)}×`,
  `${row.withinTarget ? 'yes' : 'no'}${row.isTarget ? ' (target)' : ''}`,
]);
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) =>
  cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
console.log(`Chromium ${report.chromium}: main-thread CPU ms per instance, median of ${runs} run(s) after a warm-up`);
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of rows) console.log(line(row));
const worst = targetRows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
console.log(
  `\nTarget <${TARGET.element}> ≤ ${TARGET.maxRatio}× its vanilla twin: ${report.target.met ? 'met' : 'NOT met'} ` +
    `(worst ${worst.ratio.toFixed(2)}× at N=${worst.n}). The other elements are for information.`,
);
console.log(
  `\nTime to content on the demo page, ${SLOW_NETWORK.latency} ms latency, ` +
    `${SLOW_NETWORK.downloadThroughput / 125_000} Mbit/s, median of ${runs} cold load(s):`,
);
for (const [tag, { medianMs, fetches }] of Object.entries(timeToContent))
  console.log(`  <${tag}>`.padEnd(22) + `${String(medianMs).padStart(5)} ms after ${fetches} sequential fetches`);
console.log(`Results: ${out}`);
// --check: fail (exit 1) when the target is missed, for a CI that wants to hold it.
if (options.check && !report.target.met) process.exitCode = 1;
