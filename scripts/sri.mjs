// Subresource Integrity for the script-tag build. The bundle imports its chunks, and an `integrity`
// attribute covers only the file it is on; an import map's `integrity` section covers every module
// the page then fetches, chunks and locales included. So the pinned snippet is: the stylesheet that
// keeps the elements' place, with its hash; an import map with a hash for each chunk; and the
// script tag with its own. The import map is an inline script: a page with a CSP allows it by its
// hash, printed too.
//
// Run by `npm run build`: prints the bundle's hash, writes dist/cdn/integrity.json (hash per file)
// and dist/cdn/snippet.html. `--base <url>`: the folder the files are served from (default: the
// pinned jsDelivr URL of this version). `--docs`: also rewrites the snippet in docs/script-tag.md.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Where a published version is served: jsDelivr mirrors npm, path and version pinned. */
export const CDN_BASE = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/cdn/`;
export const BUNDLE = 'openllm-widgets.js';
export const STYLESHEET = 'openllm-widgets.css';

const digest = (algorithm, data) => createHash(algorithm).update(data).digest('base64');

/** `{ 'openllm-widgets.js': 'sha384-…', 'chunks/shared-….js': … }` for the files in `dir`. */
export function integrities(dir = 'dist/cdn') {
  const files = [
    STYLESHEET,
    BUNDLE,
    ...readdirSync(`${dir}/chunks`)
      .sort()
      .map((file) => `chunks/${file}`),
  ];
  return Object.fromEntries(files.map((file) => [file, `sha384-${digest('sha384', readFileSync(`${dir}/${file}`))}`]));
}

/** The import map's text, exactly as it sits between its script tags. */
function importMap(hashes, base) {
  const chunks = Object.entries(hashes).filter(([file]) => file.startsWith('chunks/'));
  const map = { integrity: Object.fromEntries(chunks.map(([file, hash]) => [base + file, hash])) };
  return `\n${JSON.stringify(map, null, 2)}\n`;
}

/** The HTML a page pastes: the stylesheet, the import map (before any module script), the script tag. */
export const snippet = (hashes, base = CDN_BASE) =>
  `<link rel="stylesheet" href="${base}${STYLESHEET}" integrity="${hashes[STYLESHEET]}" crossorigin="anonymous" />\n` +
  `<script type="importmap">${importMap(hashes, base)}</script>\n` +
  `<script type="module" src="${base}${BUNDLE}" integrity="${hashes[BUNDLE]}" crossorigin="anonymous"></script>\n`;

/** What a Content-Security-Policy's `script-src` needs for the snippet: the files' origin and the map's hash. */
export const cspScriptSources = (hashes, base = CDN_BASE) =>
  `${new URL(base).origin} 'sha256-${digest('sha256', importMap(hashes, base))}'`;

const START = '<!-- sri-snippet:start -->';
const END = '<!-- sri-snippet:end -->';

/** The generated block of docs/script-tag.md, between its two markers (Prettier leaves it as it is). */
export const SNIPPET_DOC = 'docs/script-tag.md';
export const docSnippet = (text) => text.slice(text.indexOf(START) + START.length, text.indexOf(END));
export const docBlock = (hashes) =>
  `\n<!-- prettier-ignore-start -->\n\`\`\`html\n${snippet(hashes)}\`\`\`\n\n` +
  `With a Content-Security-Policy, allow them in \`script-src\`: \`${cspScriptSources(hashes)}\`, and the CDN in \`style-src\`: \`${new URL(CDN_BASE).origin}\`.\n` +
  `<!-- prettier-ignore-end -->\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { base: { type: 'string' }, docs: { type: 'boolean' } } });
  const base = values.base ? new URL(values.base.endsWith('/') ? values.base : `${values.base}/`).href : CDN_BASE;
  const hashes = integrities();
  writeFileSync('dist/cdn/integrity.json', `${JSON.stringify(hashes, null, 2)}\n`);
  writeFileSync('dist/cdn/snippet.html', snippet(hashes, base));
  console.log(`SRI ${BUNDLE}: ${hashes[BUNDLE]}`);
  console.log(`    pinned snippet with every chunk's hash: dist/cdn/snippet.html (${base})`);
  console.log(`    CSP script-src for it: ${cspScriptSources(hashes, base)}`);
  if (values.docs) {
    const doc = readFileSync(SNIPPET_DOC, 'utf8');
    const [start, end] = [doc.indexOf(START) + START.length, doc.indexOf(END)];
    writeFileSync(SNIPPET_DOC, doc.slice(0, start) + docBlock(hashes) + doc.slice(end));
    console.log(`    ${SNIPPET_DOC} updated`);
  }
}
