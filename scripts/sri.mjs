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
  const files = [
    BUNDLE,
    ...readdirSync(`${dir}/chunks`)
      .sort()
      .map((file) => `chunks/${file}`),
  ];
  return Object.fromEntries(files.map((file) => [file, integrityOf(readFileSync(`${dir}/${file}`))]));
}

/** The HTML a page pastes: the import map (before any module script), then the script tag. */
export function snippet(hashes, base = CDN_BASE) {
  const { [BUNDLE]: bundle, ...chunks } = hashes;
  const map = JSON.stringify(
    { integrity: Object.fromEntries(Object.entries(chunks).map(([f, h]) => [base + f, h])) },
    null,
    2,
  );
  return `<script type="importmap">\n${map}\n</script>\n<script type="module" src="${base}${BUNDLE}" integrity="${bundle}" crossorigin="anonymous"></script>\n`;
}

const START = '<!-- sri-snippet:start -->';
const END = '<!-- sri-snippet:end -->';
/** Where the README's snippet block lies: between its two markers. */
const block = (readme) => [readme.indexOf(START) + START.length, readme.indexOf(END)];

/** The files and hashes the README's snippet pins, whatever its line breaks: `{ file: hash }`. */
export function readmePins(readme, base = CDN_BASE) {
  const text = readme.slice(...block(readme));
  const pins = [...text.matchAll(/"([^"]+)":\s*"(sha384-[^"]+)"/g)].map(([, url, hash]) => [url, hash]);
  const tag = text.match(/src="([^"]+)"\s+integrity="([^"]+)"/);
  if (tag) pins.push([tag[1], tag[2]]);
  return Object.fromEntries(pins.map(([url, hash]) => [url.startsWith(base) ? url.slice(base.length) : url, hash]));
}

/** Puts this build's snippet in the README, formatted as Prettier would. */
async function updateReadme(hashes) {
  const { format, resolveConfig } = await import('prettier');
  const readme = readFileSync('README.md', 'utf8');
  const [start, end] = block(readme);
  const updated = `${readme.slice(0, start)}\n\n\`\`\`html\n${snippet(hashes)}\`\`\`\n\n${readme.slice(end)}`;
  writeFileSync('README.md', await format(updated, { ...(await resolveConfig('README.md')), filepath: 'README.md' }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const hashes = integrities();
  writeFileSync('dist/cdn/integrity.json', `${JSON.stringify(hashes, null, 2)}\n`);
  writeFileSync('dist/cdn/snippet.html', snippet(hashes));
  console.log(`SRI ${BUNDLE}: ${hashes[BUNDLE]}`);
  console.log(`    pinned snippet with every chunk's hash: dist/cdn/snippet.html (${CDN_BASE})`);
  if (process.argv.includes('--readme')) {
    await updateReadme(hashes);
    console.log('    README.md updated');
  }
}
