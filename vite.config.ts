import { defineConfig } from 'vite';

/** Entry points of the npm build: everything, and one `define` module per element. */
const entries = ['src/index.ts', 'src/manifesto/define.ts'];

/** Packages that npm consumers install next to ours, so the npm build leaves them out. */
const external = /^(lit|@lit\/[^/]+|zod)(\/|$)/;

// `vite build` makes the npm build in dist/; `vite build --mode cdn` makes the single script-tag
// module dist/cdn/openllm-widgets.js with every dependency inside.
export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? {
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          target: 'es2022',
          lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'openllm-widgets.js' },
          rolldownOptions: { output: { codeSplitting: false } },
        },
      }
    : {
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
