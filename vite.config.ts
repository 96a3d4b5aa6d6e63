import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';
import { transform } from 'lightningcss';

/** Entry points of the npm build: everything, one `define` module per element, the schemas. */
const entries = [
  'src/index.ts',
  'src/manifesto/define.ts',
  'src/meetup/define.ts',
  'src/join/define.ts',
  'src/contracts/index.ts',
  'src/react/index.ts',
];

/**
 * Lit's css`` templates are strings to a bundler, shipped with their comments and indentation:
 * minify them with Lightning CSS. HTML templates are left as written (whitespace there is content).
 */
const minifyStyles: Plugin = {
  name: 'minify-lit-styles',
  transform: (code, id) =>
    /\.styles\.ts$/.test(id)
      ? minifyHTMLLiterals(code, { fileName: id, html: false })
      : /src[\\/].*\.ts$/.test(id) && code.includes('html`')
        ? minifyHTMLLiterals(code, {
            fileName: id,
            css: false,
            html: {
              collapseWhitespace: true,
              conservativeCollapse: true,
              removeEmptyAttributes: false,
              decodeEntities: false,
              minifyJS: false,
            },
          })
        : null,
};

/** What every page needs at once: Lit, src/core and @lit/localize's `msg`, in the script-tag bundle. */
const inBundle = /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/][^\\/]+)[\\/]|src[\\/]core[\\/]|src[\\/]cdn\.ts$/;
/** @lit/localize's runtime, which French does not need: src/localization.ts loads it with another language. */
const localizeRuntime =
  /@lit[\\/]localize[\\/](init[\\/]runtime|internal[\\/](runtime-msg|fnv1a64|id-generation|deferred))\.js$/;

/** The stylesheet that keeps the elements' place while they load, minified beside the script-tag bundle. */
const reserveStylesheet: Plugin = {
  name: 'openllm-reserve-stylesheet',
  generateBundle() {
    const { code } = transform({
      filename: 'openllm-widgets.css',
      code: readFileSync('src/openllm-widgets.css'),
      minify: true,
      // The bundle's own floor (es2022): keeps `max-width` media queries, which older browsers
      // read, instead of the range syntax.
      targets: { chrome: 94 << 16, firefox: 93 << 16, safari: (15 << 16) | (4 << 8) },
    });
    this.emitFile({ type: 'asset', fileName: 'openllm-widgets.css', source: code });
  },
};

/**
 * Writes into the script-tag bundle (src/cdn.ts) what each element's chunk imports and each
 * language's chunk, so that it can preload them all at once: the names carry content hashes, known
 * only once the chunks are written. The bundle itself has a fixed name, so editing it here is safe.
 */
const preloadMap: Plugin = {
  name: 'openllm-preload-map',
  generateBundle(_, bundle) {
    const entry = bundle['openllm-widgets.js'];
    if (entry?.type !== 'chunk') return;
    const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
    /** A chunk and what it imports, statically, all the way down; the bundle itself is already there. */
    const closure = (fileName: string, found = new Set<string>()): Set<string> => {
      if (fileName === entry.fileName || found.has(fileName)) return found;
      found.add(fileName);
      for (const imported of chunks.find((chunk) => chunk.fileName === fileName)?.imports ?? [])
        closure(imported, found);
      return found;
    };
    const map: Record<string, string[]> = {};
    for (const chunk of chunks) {
      const [, tag] = chunk.facadeModuleId?.match(/src[\\/](\w+)[\\/]define\.ts$/) ?? [];
      const [, locale] = chunk.facadeModuleId?.match(/locales[\\/](\w+)\.ts$/) ?? [];
      // An element's import() fetches its chunk at once: what that chunk imports is what waits.
      if (tag) {
        const imports = [...closure(chunk.fileName)].filter((file) => file !== chunk.fileName);
        if (imports.length) map[`openllm-${tag}`] = imports;
      }
      // A language comes with the localization runtime that imports it (src/localization.ts).
      else if (locale) {
        const importers = chunks.filter((other) => other.dynamicImports.includes(chunk.fileName));
        const files = new Set<string>();
        for (const file of [chunk, ...importers]) closure(file.fileName, files);
        map[locale] = [...files];
      }
    }
    const placeholder = /(["'`])__OPENLLM_CHUNKS__\1/;
    if (!placeholder.test(entry.code)) this.error('src/cdn.ts lost its __OPENLLM_CHUNKS__ placeholder.');
    entry.code = entry.code.replace(placeholder, JSON.stringify(map));
  },
};

/** The package's version, written into the code (src/core/version.ts) by both builds and Storybook. */
const versionDefine = {
  __OPENLLM_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
};

/** Packages that npm consumers install next to ours, so the npm build leaves them out. */
const external = /^(lit|@lit\/[^/]+|zod|react)(\/|$)/;

// `vite build` makes the npm build in dist/; `vite build --mode cdn` makes the script-tag module
// dist/cdn/openllm-widgets.js, every dependency inside, French built in, other locales beside it.
export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? {
        plugins: [minifyStyles, reserveStylesheet, preloadMap],
        define: versionDefine,
        // Lib mode: an app build would wrap every import() in Vite's preload helper (2 kB), which
        // this bundle does not need (src/cdn.ts preloads); `minify` below is set because lib mode
        // would otherwise leave whitespace in a file that goes to browsers as is.
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          target: 'es2022',
          copyPublicDir: false,
          lib: { entry: 'src/cdn.ts', formats: ['es'] },
          rolldownOptions: {
            // Keep the entry's exports (setLocale, getLocale); `allow-extension` lets a locale chunk
            // import what it shares with the bundle from the bundle itself, not from a third file.
            preserveEntrySignatures: 'allow-extension',
            // @lit/localize's index re-exports its whole runtime; declared free of side effects, only
            // what a chunk uses goes in it (src/localization.ts keeps the runtime out of the bundle).
            treeshake: { moduleSideEffects: (id: string) => !/@lit[\\/]localize[\\/]/.test(id) },
            output: {
              minify: true,
              comments: false,
              entryFileNames: 'openllm-widgets.js',
              // Lazy parts (locales other than French, the sign-up sending code) are chunks that
              // import() fetches next to the bundle, whatever its CDN path.
              // chunks/manifesto-….js, chunks/join-engine-….js: named after the element they serve.
              chunkFileNames: ({ facadeModuleId, name }) => {
                const [, element, file] = facadeModuleId?.match(/src[\\/](\w+)[\\/](define|engine)\.ts$/) ?? [];
                return `chunks/${element ? (file === 'define' ? element : `${element}-engine`) : name}-[hash].js`;
              },
              // Lit, `msg` and src/core (what all three elements share) are in the bundle itself;
              // each element's own code is a chunk of its own (see src/cdn.ts), and so are the
              // localization runtime, each language, and the form's sending code, loaded when needed.
              codeSplitting: {
                groups: [
                  {
                    name: 'shared',
                    test: (id: string) => inBundle.test(id) && !localizeRuntime.test(id),
                  },
                ],
              },
            },
          },
        },
      }
    : {
        plugins: [minifyStyles],
        define: versionDefine,
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          target: 'es2022',
          minify: false,
          sourcemap: true,
          lib: { entry: entries, formats: ['es'] },
          // One file per source module keeps the side-effect-free modules apart from the `define`
          // modules that register tags, so `sideEffects` in package.json can be exact.
          rolldownOptions: {
            external,
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
        server: { host: '127.0.0.1' },
      },
);
