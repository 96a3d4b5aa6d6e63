// Writes docs/elements.md, the elements' reference, from custom-elements.json (itself generated
// from the JSDoc by `npm run analyze`, which runs this too). `--check` exits 1 when the file is stale.
import { readFile, writeFile } from 'node:fs/promises';

const OUT = new URL('../docs/elements.md', import.meta.url);
const manifest = JSON.parse(await readFile(new URL('../custom-elements.json', import.meta.url), 'utf8'));

/** A table cell: one line, pipes escaped. */
const cell = (text = '') =>
  String(text)
    .replace(/\s*\n\s*/g, ' ')
    .replaceAll('|', '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(headers, rows) {
  if (!rows.length) return '';
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line), ''].join('\n');
}

function section(element) {
  const attributes = element.attributes ?? [];
  const members = (element.members ?? []).filter(
    (member) =>
      member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !member.attribute,
  );
  return [
    `## \`<${element.tagName}>\``,
    '',
    `${cell(element.summary)}`,
    '',
    element.description ? `${element.description.trim()}\n` : '',
    '### Attributes',
    '',
    table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      attributes.map((a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        code(a.default),
        cell(a.description),
      ]),
    ),
    members.length ? '### Properties only\n' : '',
    table(
      ['Property', 'Type', 'Default', 'Description'],
      members.map((m) => [code(m.name), code(m.type?.text), code(m.default), cell(m.description)]),
    ),
    '### Events',
    '',
    table(
      ['Event', 'Type', 'Description'],
      (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
    ),
    '### Parts',
    '',
    table(
      ['Part', 'Description'],
      (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
    '### CSS custom properties',
    '',
    table(
      ['Property', 'Default', 'Description'],
      (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
  ].join('\n');
}

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort(
    (a, b) =>
      ['openllm-manifesto', 'openllm-meetup', 'openllm-join'].indexOf(a.tagName) -
      ['openllm-manifesto', 'openllm-meetup', 'openllm-join'].indexOf(b.tagName),
  );

export const reference = `${[
  '# Elements reference',
  '',
  '<!-- Generated from custom-elements.json by scripts/docs-reference.mjs (npm run analyze): do not edit. -->',
  '',
  'Every element also takes the shared layout, theme and colour tokens of [styling.md](styling.md).',
  '',
  ...elements.map(section),
]
  .join('\n')
  .replace(/\n{3,}/g, '\n\n')
  .trim()}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--check')) {
    const current = await readFile(OUT, 'utf8').catch(() => '');
    if (current !== reference) {
      console.error('docs/elements.md is stale: run npm run analyze.');
      process.exit(1);
    }
  } else {
    await writeFile(OUT, reference);
  }
}
