/**
 * Analyzer configuration: `npm run analyze` writes custom-elements.json at the root.
 * The test suite regenerates it and fails when the committed file is stale.
 */
export default {
  globs: ['src/**/*.ts'],
  // Styles and generated locales hold nothing for the manifest; define.ts's generic
  // `customElements.define(tag, …)` would be read as a definition of an element named "tag".
  exclude: ['src/generated/**', 'src/**/*.styles.ts', 'src/core/define.ts'],
  outdir: '.',
  litelement: true,
  // Keep package.json's "customElements" as it is, even when --outdir points elsewhere.
  packagejson: false,
  plugins: [
    {
      name: 'openllm-documented-events-only',
      // The analyzer also records each `dispatchEvent(new X(arg))`, nameless or named after the
      // argument; the documented `@fires` entry carries the real name and description.
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
          }
        }
      },
    },
  ],
};
