// Generated files must match the code: custom-elements.json, the XLIFF files and the generated
// locale modules are regenerated into .tmp/ and compared with the committed ones.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { jsxTypes } from '../../scripts/jsx-types.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (command, args) => execFileSync(command, args, { stdio: 'pipe', encoding: 'utf8' });
const read = (path) => readFileSync(path, 'utf8');

describe('generated files', () => {
  it('custom-elements.json is up to date (npm run analyze)', () => {
    rmSync('.tmp/cem', { recursive: true, force: true });
    run(bin('cem'), ['analyze', '--outdir', '.tmp/cem']);
    assert.equal(
      read('custom-elements.json'),
      read('.tmp/cem/custom-elements.json'),
      'Run `npm run analyze` and commit custom-elements.json.',
    );
  });

  it('docs/elements.md is the reference generated from custom-elements.json (npm run analyze)', async () => {
    const { reference } = await import('../../scripts/docs-reference.mjs');
    assert.equal(read('docs/elements.md'), reference, 'docs/elements.md is stale: run npm run analyze');
  });

  it('the JSX typings match custom-elements.json (npm run analyze)', () => {
    const expected = jsxTypes(JSON.parse(read('custom-elements.json')));
    assert.equal(read('src/generated/jsx.ts'), expected, 'Run `npm run analyze` and commit src/generated/jsx.ts.');
    for (const tag of ['openllm-manifesto', 'openllm-meetup', 'openllm-join'])
      assert.match(expected, new RegExp(`'${tag}'`));
    assert.match(expected, /'onopenllm-join-success'\?: \(event: JoinSuccessEvent\) => void;/);
  });

  it('custom-elements.json documents every element completely', () => {
    const manifest = JSON.parse(read('custom-elements.json'));
    const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
    const manifesto = elements.find((d) => d.tagName === 'openllm-manifesto');
    assert.ok(manifesto, 'openllm-manifesto is missing');
    assert.deepEqual(manifesto.attributes.map((a) => a.name).sort(), [
      'cta-label',
      'heading-level',
      'join-href',
      'open',
      'theme',
      'variant',
    ]);
    assert.deepEqual(
      manifesto.events.map((e) => e.name),
      ['openllm-join-request'],
    );
    assert.ok(manifesto.cssParts.length >= 6);
    assert.ok(manifesto.cssProperties.length >= 4);
    for (const element of elements) {
      for (const item of [...element.attributes, ...element.events, ...element.cssParts, ...element.cssProperties]) {
        assert.ok(item.description, `${element.tagName}: ${item.name} has no description`);
      }
    }
  });

  it('the XLIFF files and generated locales are up to date (npm run localize)', () => {
    const config = JSON.parse(read('lit-localize.json'));
    rmSync('.tmp/localize', { recursive: true, force: true });
    mkdirSync('.tmp/localize', { recursive: true });
    cpSync('xliff', '.tmp/localize/xliff', { recursive: true });
    const tmpConfig = {
      ...config,
      tsConfig: '../../tsconfig.build.json',
      output: {
        ...config.output,
        outputDir: './locales',
        localeCodesModule: '.tmp/localize/locale-codes.ts' /* relative to cwd, unlike the others */,
      },
      interchange: { ...config.interchange, xliffDir: './xliff' },
    };
    writeFileSync('.tmp/localize/lit-localize.json', JSON.stringify(tmpConfig));
    run(bin('lit-localize'), ['extract', '--config', '.tmp/localize/lit-localize.json']);
    run(bin('lit-localize'), ['build', '--config', '.tmp/localize/lit-localize.json']);
    for (const file of readdirSync('xliff')) {
      assert.equal(
        read(`xliff/${file}`),
        read(`.tmp/localize/xliff/${file}`),
        `xliff/${file} is stale: run npm run localize`,
      );
    }
    for (const file of readdirSync('src/generated/locales')) {
      assert.equal(
        read(`src/generated/locales/${file}`),
        read(`.tmp/localize/locales/${file}`),
        `${file} is stale: run npm run localize`,
      );
    }
    assert.equal(read('src/generated/locale-codes.ts'), read('.tmp/localize/locale-codes.ts'));
  });

  it('every locale translates every message', () => {
    for (const file of readdirSync('xliff')) {
      const units = read(`xliff/${file}`).match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? [];
      assert.ok(units.length > 0, `${file} has no messages`);
      const missing = units
        .filter((unit) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit))
        .map((unit) => unit.match(/id="([^"]+)"/)[1]);
      assert.deepEqual(missing, [], `${file} misses translations`);
    }
  });

  it('every translation keeps the placeholders of its source', () => {
    const placeholders = (text) => [...text.matchAll(/<x [^>]*\/>/g)].map(([x]) => x).sort();
    for (const file of readdirSync('xliff')) {
      for (const [, id, source, target] of read(`xliff/${file}`).matchAll(
        /id="([^"]+)">\s*<source>(.*?)<\/source>\s*<target>(.*?)<\/target>/gs,
      ))
        assert.deepEqual(placeholders(target), placeholders(source), `${file}: ${id} loses or adds a placeholder`);
    }
  });

  it('no locale leaves a French sentence untranslated', () => {
    for (const file of readdirSync('xliff')) {
      const copies = [
        ...read(`xliff/${file}`).matchAll(/id="([^"]+)">\s*<source>(.*?)<\/source>\s*<target>\2<\/target>/gs),
      ]
        // A short label may be spelled the same ("Organisation", "Profil"); a sentence may not.
        .filter(
          ([, , text]) =>
            text
              .replace(/<x [^>]*\/>/g, '')
              .trim()
              .split(/\s+/).length > 2,
        )
        .map(([, id]) => id);
      assert.deepEqual(copies, [], `${file} copies the French source`);
    }
  });
});

describe('package metadata', () => {
  it('the build writes the package version in, as the client version sent with sign-ups', () => {
    const { version } = JSON.parse(read('package.json'));
    assert.match(read('dist/core/version.js'), new RegExp(`CLIENT_VERSION = "${version.replaceAll('.', '\\.')}"`));
  });

  it('ships a JSON Schema of the sign-up generated from SignupSchema', () => {
    const schema = JSON.parse(read('dist/schemas/signup.schema.json'));
    assert.deepEqual(schema.required.sort(), [
      'client',
      'consent',
      'elapsedMs',
      'email',
      'locale',
      'source',
      'submissionId',
    ]);
    assert.deepEqual(schema.properties.profile.enum, [
      'researcher',
      'developer',
      'language-specialist',
      'user',
      'curious',
      'organization',
    ]);
    assert.equal(schema.properties.consent.properties.given.const, true);
  });

  it('ships a JSON Schema of the meetup feed as partners write it: defaults optional', () => {
    const schema = JSON.parse(read('dist/schemas/meetup-feed.schema.json'));
    const [single, list] = schema.anyOf;
    assert.deepEqual(single.required.sort(), ['end', 'start', 'title']);
    assert.deepEqual(single.properties.status.enum, ['scheduled', 'cancelled', 'postponed', 'rescheduled']);
    assert.equal(single.properties.status.default, 'scheduled');
    assert.deepEqual(list.required, ['meetups']);
  });
});
