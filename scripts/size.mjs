// Size check: gzip and brotli bytes of the script-tag build (each file, and what each shape of French
// page downloads) and of each npm entry point bundled with everything it imports (what a consumer's
// bundler ships), against size-budgets.json. Run after `npm run build`.
import { readFile, readdir } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const budgets = JSON.parse(await readFile('size-budgets.json', 'utf8'));

const measure = (code) => ({
  raw: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** Bundles a built entry with its dependencies and lazy parts into one minified module, in memory. */
async function bundle(entry, external = []) {
  const [result] = [].concat(
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        target: 'es2022',
        // Not lib mode, which would leave whitespace in; `strict` keeps the entry's exports.
        rolldownOptions: {
          input: entry,
          external,
          preserveEntrySignatures: 'strict',
          output: { codeSplitting: false },
        },
      },
    }),
  );
  return result.output.map((chunk) => chunk.code ?? chunk.source).join('\n');
}

// The script-tag build: the bundle (Lit, the core and the loader), each chunk, and what each shape of
// page downloads. A page's figure is the sum of its files' sizes, each compressed on its own, as a
// browser receives them (compressing them together would hide the cost of splitting).
const files = new Map([['openllm-widgets.js', await readFile('dist/cdn/openllm-widgets.js')]]);
for (const file of (await readdir('dist/cdn/chunks')).sort())
  files.set(`chunks/${file}`, await readFile(`dist/cdn/chunks/${file}`));
/** chunks/join-CvXICBwu.js → chunks/join.js: budgets name chunks without their content hash. */
const stable = (file) => file.replace(/-[\w-]{8}\.js$/, '.js');
const sizes = new Map([...files].map(([file, code]) => [file, measure(code)]));
const rows = [...files.keys()].map((file) => [`dist/cdn/${stable(file)}`, sizes.get(file)]);

// What the bundle preloads for each element: the map the build wrote into it (vite.config.ts).
const preloads = JSON.parse(
  files
    .get('openllm-widgets.js')
    .toString()
    .match(/(\{"[\w-]+":\["chunks\/[^}]*\})/)?.[1] ?? 'null',
);
if (!preloads) throw new Error('dist/cdn/openllm-widgets.js has no preload map: was it built by `npm run build`?');
const sum = (names) =>
  [...new Set(names)].reduce(
    (total, name) => {
      const size = sizes.get(name);
      return { raw: total.raw + size.raw, gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli };
    },
    { raw: 0, gzip: 0, brotli: 0 },
  );
const tags = ['openllm-manifesto', 'openllm-meetup', 'openllm-join'];
/** chunks/join.js → chunks/join-CvXICBwu.js: a chunk of the build by its stable name. */
const chunk = (name) => [...files.keys()].find((file) => stable(file) === `chunks/${name}.js`);
/** A French page showing `shown`: the bundle and each element's chunks, preloaded together. */
const page = (shown) => [
  'openllm-widgets.js',
  ...shown.flatMap((tag) => [chunk(tag.replace('openllm-', '')), ...(preloads[tag] ?? [])]),
];
for (const tag of tags) rows.push([`page (French) with <${tag}> alone`, sum(page([tag]))]);
rows.push(['page (French) with all three elements', sum(page(tags))]);
// Code loaded later is counted apart, so that a growth there shows too: the JSON-LD of a meetup
// with `structured-data` (the demo page has it), then what using the elements loads (the form's
// sending code on first focus, the .ics writer on the calendar button).
const withStructuredData = [...page(tags), chunk('structured-data')];
rows.push(['page (French) with all three and structured data', sum(withStructuredData)]);
rows.push([
  'the same, once a sign-up and an .ics were made',
  sum([...withStructuredData, chunk('join-engine'), chunk('ics')]),
]);

for (const [subpath, target] of Object.entries(pkg.exports)) {
  if (typeof target !== 'object' || !target.import) continue;
  // Locales other than French are lazy chunks in the consumer's build too (their rows are above);
  // React is the host app's own, not ours to count.
  const code = await bundle(target.import, [
    /\/generated\/locales\//,
    ...(subpath === './react' ? [/^react(\/|$)/] : []),
  ]);
  rows.push([subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`, measure(code)]);
}

const kB = (bytes) => (bytes / 1000).toFixed(2).padStart(7);
let failed = false;
console.log(
  `${'bundle'.padEnd(52)} ${'raw kB'.padStart(7)} ${'gzip kB'.padStart(8)} ${'brotli kB'.padStart(10)}  budget (gzip/brotli)`,
);
for (const [name, size] of rows) {
  const budget = budgets[name];
  const over = !budget ? ['no budget'] : ['gzip', 'brotli'].filter((kind) => size[kind] > budget[kind]);
  failed ||= over.length > 0;
  const verdict = over.length ? `OVER: ${over.join(', ')}` : 'ok';
  const limit = budget ? `${kB(budget.gzip).trim()} / ${kB(budget.brotli).trim()}` : '-';
  console.log(
    `${name.padEnd(52)} ${kB(size.raw)} ${kB(size.gzip).padStart(8)} ${kB(size.brotli).padStart(10)}  ${limit}  ${verdict}`,
  );
}
if (failed) {
  console.error('\nSize check failed: a bundle is over its budget in size-budgets.json (or has none).');
  process.exit(1);
}
