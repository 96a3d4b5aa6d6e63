// Size check: gzip and brotli bytes of the script-tag build (what every page loads, each chunk,
// what a page with one element loads, all of it) and of each npm entry point bundled with everything it imports (what a
// consumer's bundler ships), against size-budgets.json. Run after `npm run build`.
import { readFile, readdir } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const budgets = JSON.parse(await readFile('size-budgets.json', 'utf8'));
const { targetLocales } = JSON.parse(await readFile('lit-localize.json', 'utf8'));

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

// The script-tag build: the bundle, each chunk, what a page with one element loads, and everything.
const files = new Map([['openllm-widgets.js', await readFile('dist/cdn/openllm-widgets.js')]]);
for (const file of (await readdir('dist/cdn/chunks')).sort())
  files.set(`chunks/${file}`, await readFile(`dist/cdn/chunks/${file}`));
/** chunks/join-CvXICBwu.js → chunks/join.js: budgets name chunks without their content hash. */
const stable = (file) => file.replace(/-[\w-]{8}\.js$/, '.js');
const localeChunks = new Set(targetLocales.map((locale) => `chunks/${locale}.js`));
/** A file and every file it imports, statically or with import(), except other locales' texts. */
function closure(file, seen = new Set()) {
  if (seen.has(file) || localeChunks.has(stable(file))) return seen;
  seen.add(file);
  const base = file.includes('/') ? 'chunks/' : '';
  for (const [, path] of files
    .get(file)
    .toString()
    .matchAll(/(?:from|import\()\s*["'`]\.\.?\/([^"'`]+\.js)["'`]/g)) {
    const target = path.startsWith('chunks/') || base === '' ? path : `${base}${path}`;
    closure(files.has(target) ? target : path.replace(/^\.\.\//, ''), seen);
  }
  return seen;
}
const together = (names) => measure(Buffer.concat([...names].map((name) => files.get(name))));
const everyPage = new Set([
  'openllm-widgets.js',
  [...files.keys()].find((file) => stable(file) === 'chunks/shared.js'),
]);
const rows = [['dist/cdn: script tag + shared chunk (every page)', together(everyPage)]];
for (const file of files.keys())
  if (file !== 'openllm-widgets.js') rows.push([`dist/cdn/${stable(file)}`, measure(files.get(file))]);
for (const element of ['manifesto', 'meetup', 'join']) {
  const chunk = [...files.keys()].find((file) => stable(file) === `chunks/${element}.js`);
  rows.push([`dist/cdn: a page with <openllm-${element}>`, together(new Set([...everyPage, ...closure(chunk)]))]);
}
rows.push(['dist/cdn: all files together', together(files.keys())]);
const pageLocales = [...files.keys()].filter((file) => !localeChunks.has(stable(file)));
rows.push(['dist/cdn: all files but the locales', together(pageLocales)]);

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
