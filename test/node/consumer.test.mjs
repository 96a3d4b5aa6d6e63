// The package as a consumer gets it: `npm pack`, installed into a throwaway project with React,
// Vue and TypeScript; a file using every entry point, tag and event is type-checked; the entry
// points are imported in Node (server-side rendering); each one is bundled with Vite and loaded
// in Chromium. Uses the dist/ that the test command has just built.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { serveStatic } from '../../scripts/static-server.mjs';
import { launchBrowser, watchPage } from './browser.mjs';

// Outside the repository, so that nothing resolves from our own node_modules by accident.
const root = mkdtempSync(join(tmpdir(), 'openllm-consumer-'));
const app = join(root, 'app');
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe', timeout: 300_000 });
/** The version of a package in our own node_modules, so that npm takes it from its cache. */
const ours = (name) => `${name}@${JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version}`;

describe('the packed package in a consumer project', { timeout: 600_000 }, () => {
  let browser;
  let site;
  let tarball;

  before(async () => {
    // --ignore-scripts: prepack would rebuild dist/ while other test files are reading it.
    const [{ filename }] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', root]));
    tarball = join(root, filename);
    cpSync('test/node/consumer', app, { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    // Our own dependencies and the optional peers at the versions of our lockfile: what is tested
    // does not change when one of them publishes a release.
    const pinned = [
      'lit',
      '@lit/localize',
      'zod',
      '@lit/react',
      'react',
      'react-dom',
      '@types/react',
      '@types/react-dom',
    ];
    const peers = [...pinned, 'vue', 'typescript'].map(ours);
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...peers], app);
  });

  after(async () => {
    await browser?.close();
    site?.server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('is ready for npm publish: public scoped package, provenance, and the files a release needs', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.match(pkg.name, /^@openllm-france\//);
    assert.match(pkg.version, /^\d+\.\d+\.\d+$/);
    assert.equal(pkg.license, 'Apache-2.0');
    assert.deepEqual(pkg.publishConfig, { access: 'public', provenance: true });
    // Provenance ties the package to the repository that builds it: the URL must name a GitHub repository.
    assert.match(pkg.repository.url, /^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/);
    const [{ files }] = JSON.parse(run('npm', ['pack', '--dry-run', '--ignore-scripts', '--json']));
    const paths = files.map((file) => file.path);
    for (const path of [
      'package.json',
      'README.md',
      'LICENSE',
      'custom-elements.json',
      'dist/index.js',
      'dist/cdn/openllm-widgets.js',
    ])
      assert.ok(paths.includes(path), `${path} would not be published`);
    assert.ok(
      paths.some((path) => path.startsWith('xliff/')),
      'translations would not be published',
    );
    const unwanted = paths.filter((path) => /^(src|test|stories|server|demo|scripts|docs)\/|\.map$/.test(path));
    assert.deepEqual(unwanted, [], 'sources, tests or source maps would be published');
  });

  it('ships only what consumers need', () => {
    const files = run('tar', ['-tzf', tarball]).split('\n').filter(Boolean);
    for (const file of [
      'dist/react/index.js',
      'dist/types/react/index.d.ts',
      'dist/types/generated/jsx.d.ts',
      'dist/cdn/integrity.json',
    ])
      assert.ok(files.includes(`package/${file}`), `${file} is not in the tarball`);
    assert.ok(!files.some((file) => file.endsWith('.map') || file.includes('/src/')), 'source maps or sources shipped');
  });

  it('type-checks a file using every entry point, tag and event', () => {
    try {
      run(join(app, 'node_modules/.bin/tsc'), ['-p', app], app);
    } catch (error) {
      assert.fail(`tsc failed:\n${error.stdout}${error.stderr}`);
    }
  });

  it('imports every entry point in Node and renders the React wrappers to HTML', () => {
    const output = JSON.parse(run(process.execPath, ['ssr.mjs'], app));
    assert.deepEqual(output.globals, { window: 'undefined', document: 'undefined' });
    assert.deepEqual(output.entries.sort(), ['.', './join', './manifesto', './meetup', './react', './schemas']);
    assert.deepEqual(output.constructed, ['openllm-manifesto', 'openllm-meetup', 'openllm-join']);
    // @lit/react sets properties once in the browser; the server sends the bare tags.
    assert.equal(output.html, '<openllm-join></openllm-join><openllm-manifesto></openllm-manifesto>');
  });

  describe('each entry point bundled with Vite, in Chromium', () => {
    before(async () => {
      await build({
        root: app,
        configFile: false,
        logLevel: 'silent',
        // The Vue full build compiles templates in the page; its feature flags are set as Vue asks.
        resolve: { alias: [{ find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' }] },
        define: {
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
        build: { outDir: join(app, 'dist'), emptyOutDir: true, target: 'es2022' },
      });
      browser = await launchBrowser();
      site = await serveStatic({ mounts: { '/': join(app, 'dist') } });
    });

    /** Opens the page with one entry point loaded; resolves once it has mounted. */
    async function open(entry) {
      const page = await browser.newPage();
      const problems = watchPage(page);
      // An .ics download or a link must not leave the page.
      page.on('download', (download) => download.cancel());
      await page.goto(`${site.url}?entry=${entry}`);
      await page.waitForFunction(() => window.consumer?.ready);
      const events = () => page.evaluate(() => window.consumer.events);
      const defined = () =>
        page.evaluate(() =>
          ['openllm-manifesto', 'openllm-meetup', 'openllm-join'].filter((tag) => customElements.get(tag)),
        );
      return { page, problems, events, defined };
    }

    /** Fills the e-mail-only form and sends it (the page cancels the send in its submit listener). */
    async function signUp(page) {
      await page.getByLabel('Adresse e-mail').fill('ada@example.org');
      await page.getByRole('checkbox').check();
      await page.getByRole('button', { name: 'S’inscrire' }).click();
    }

    for (const [entry, tag] of [
      ['manifesto', 'openllm-manifesto'],
      ['meetup', 'openllm-meetup'],
      ['join', 'openllm-join'],
    ]) {
      it(`./${entry} registers <${tag}> alone, and it renders`, async () => {
        const { page, problems, defined } = await open(entry);
        await page.locator(`${tag} [part]`).first().waitFor();
        assert.deepEqual(await defined(), [tag]);
        assert.deepEqual(problems, []);
      });
    }

    it('the main entry registers every element and switches them to Dutch', async () => {
      const { page, problems, defined, events } = await open('root');
      await page.getByRole('button', { name: 'Lees het manifest' }).waitFor();
      assert.deepEqual(await defined(), ['openllm-manifesto', 'openllm-meetup', 'openllm-join']);
      await page.getByRole('button', { name: 'Word lid van de community' }).click();
      assert.deepEqual(await events(), ['openllm-join-request']);
      assert.deepEqual(problems, []);
    });

    it('./schemas validates without registering any element', async () => {
      const { problems, defined, events } = await open('schemas');
      assert.deepEqual(await events(), ['schemas refused']);
      assert.deepEqual(await defined(), []);
      assert.deepEqual(problems, []);
    });

    it('./react: wrapper props set properties, callbacks receive the events, bare tags get listeners', async () => {
      const { page, problems, events } = await open('react');
      await page.getByRole('button', { name: 'Rejoindre la communauté' }).click();
      await signUp(page);
      await page.getByRole('button', { name: /Fichier \.ics/ }).click();
      assert.equal(await page.evaluate(() => document.querySelector('openllm-manifesto').headingLevel), 3);
      assert.equal((await page.locator('openllm-manifesto h3').count()) > 0, true);
      assert.equal((await page.locator('#bare h4').count()) > 0, true);
      const received = await events();
      assert.equal(received[0], 'openllm-join-request');
      assert.match(received[1], /^openllm-join-submit \{.*"email":"ada@example.org"/);
      assert.equal(received[2], 'openllm-meetup-calendar {"kind":"ics"}');
      assert.deepEqual(problems, []);
    });

    it('Vue: bound attributes and @event listeners work on the tags', async () => {
      const { page, problems, events } = await open('vue');
      await page.getByRole('button', { name: 'Rejoindre la communauté' }).click();
      await signUp(page);
      assert.equal(await page.evaluate(() => document.querySelector('openllm-manifesto').headingLevel), 3);
      const received = await events();
      assert.equal(received[0], 'openllm-join-request');
      assert.match(received[1], /^openllm-join-submit \{.*"email":"ada@example.org"/);
      assert.deepEqual(problems, []);
    });
  });
});
