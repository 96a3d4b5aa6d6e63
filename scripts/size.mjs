// Size check: gzip and brotli bytes of the script-tag bundle (its entry, each lazy chunk, and all
// of it together) and of each npm entry point bundled with everything it imports (what a
// consumer's bundler ships), against size-budgets.json. Run after `npm run build`.
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
async function bundle(entry) {
  const [result] = [].concat(
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        target: 'es2022',
        // Not lib mode, which would leave whitespace in; `strict` keeps the entry's exports.
        rolldownOptions: { input: entry, preserveEntrySignatures: 'strict', output: { codeSplitting: false } },
      },
    }),
  );
  return result.output.map((chunk) => chunk.code ?? chunk.source).join('\n');
}

const cdnEntry = await readFile('dist/cdn/openllm-widgets.js');
const rows = [['dist/cdn/openllm-widgets.js', measure(cdnEntry)]];
const chunks = [];
for (const file of (await readdir('dist/cdn/chunks')).sort()) {
  const code = await readFile(`dist/cdn/chunks/${file}`);
  chunks.push(code);
  // Budgets name chunks without their content hash: chunks/en.js, chunks/engine.js.
  rows.push([`dist/cdn/chunks/${file.replace(/-[\w-]{8}\.js$/, '.js')}`, measure(code)]);
}
rows.push(['dist/cdn, all files together', measure(Buffer.concat([cdnEntry, ...chunks]))]);
for (const [subpath, target] of Object.entries(pkg.exports)) {
  if (typeof target !== 'object' || !target.import) continue;
  rows.push([subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`, measure(await bundle(target.import))]);
}

const kB = (bytes) => (bytes / 1000).toFixed(2).padStart(7);
let failed = false;
console.log(
  `${'bundle'.padEnd(40)} ${'raw kB'.padStart(7)} ${'gzip kB'.padStart(8)} ${'brotli kB'.padStart(10)}  budget (gzip/brotli)`,
);
for (const [name, size] of rows) {
  const budget = budgets[name];
  const over = !budget ? ['no budget'] : ['gzip', 'brotli'].filter((kind) => size[kind] > budget[kind]);
  failed ||= over.length > 0;
  const verdict = over.length ? `OVER: ${over.join(', ')}` : 'ok';
  const limit = budget ? `${kB(budget.gzip).trim()} / ${kB(budget.brotli).trim()}` : '-';
  console.log(
    `${name.padEnd(40)} ${kB(size.raw)} ${kB(size.gzip).padStart(8)} ${kB(size.brotli).padStart(10)}  ${limit}  ${verdict}`,
  );
}
if (failed) {
  console.error('\nSize check failed: a bundle is over its budget in size-budgets.json (or has none).');
  process.exit(1);
}
