// Subresource Integrity for the script-tag build. The bundle is a small loader that imports its
// chunks, and an `integrity` attribute covers only the file it is on; an import map's `integrity`
// section covers every module the page then fetches, chunks and locales included. So the pinned
// snippet is both: an import map with a hash for each chunk, and the script tag with its own.
// Run by `npm run build`: prints the bundle's hash, writes dist/cdn/integrity.json (hash per file)
// and dist/cdn/snippet.html; `--readme` also rewrites the snippet in README.md.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Where a published version is served: jsDelivr mirrors npm, path and version pinned. */
export const CDN_BASE = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/cdn/`;
export const BUNDLE = 'openllm-widgets.js';

export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** `{ 'openllm-widgets.js': 'sha384-…', 'chunks/shared-….js': … }` for the files in `dir`. */
export function integrities(dir = 'dist/cdn') {
  const files = [BUNDLE, ...readdirSync(`${dir}/chunks`).sort().map((file) => `chunks/${file}`)];
  return Object.fromEntries(files.map((file) => [file, integrityOf(readFileSync(`${dir}/${file}`))]));
}

/** The HTML a page pastes: the import map (before any module script), then the script tag. */
export function snippet(hashes, base = CDN_BASE) {
  const { [BUNDLE]: bundle, ...chunks } = hashes;
  const map = JSON.stringify({ integrity: Object.fromEntries(Object.entries(chunks).map(([f, h]) => [base + f, h])) }, null, 2);
  return `<script type="importmap">\n${map}\n</script>\n<script type="module" src="${base}${BUNDLE}" integrity="${bundle}" crossorigin="anonymous"></script>\n`;
}

const START = '<!-- sri-snippet:start -->';
const END = '<!-- sri-snippet:end -->';

/** The README's snippet block, between its two markers. */
export const readmeSnippet = (readme) => readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END));
const fenced = (html) => `\n\n\`\`\`html\n${html}\`\`\`\n\n`;
export const expectedReadmeSnippet = (hashes) => fenced(snippet(hashes));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const hashes = integrities();
  writeFileSync('dist/cdn/integrity.json', `${JSON.stringify(hashes, null, 2)}\n`);
  writeFileSync('dist/cdn/snippet.html', snippet(hashes));
  console.log(`SRI ${BUNDLE}: ${hashes[BUNDLE]}`);
  console.log(`    pinned snippet with every chunk's hash: dist/cdn/snippet.html (${CDN_BASE})`);
  if (process.argv.includes('--readme')) {
    const readme = readFileSync('README.md', 'utf8');
    writeFileSync('README.md', readme.replace(readmeSnippet(readme), expectedReadmeSnippet(hashes)));
    console.log('    README.md updated');
  }
}
