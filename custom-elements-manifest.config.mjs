/**
 * Analyzer configuration: `npm run analyze` writes custom-elements.json at the root.
 * The test suite regenerates it and fails when the committed file is stale.
 */
export default {
  globs: ['src/**/*.ts'],
  // Styles and generated locales hold nothing for the manifest; define.ts's generic
  // `customElements.define(tag, …)` would be read as a definition of an element named "tag".
  exclude: ['src/generated/**', 'src/react/**', 'src/**/*.styles.ts', 'src/core/define.ts'],
  outdir: '.',
  litelement: true,
  // Keep package.json's "customElements" as it is, even when --outdir points elsewhere.
  packagejson: false,
  plugins: [
    {
      name: 'openllm-public-api-only',
      // Private and protected members are implementation details, not API for editors and Storybook.
      moduleLinkPhase({ moduleDoc }) {
        for (const declaration of moduleDoc.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => !['private', 'protected'].includes(member.privacy),
            );
          }
        }
      },
    },
    {
      name: 'openllm-documented-events-only',
      // The analyzer also records each `dispatchEvent(new X(arg))`, nameless or named after the
      // argument; the documented `@fires` entry carries the real name and description.
      packageLinkPhase({ customElementsManifest }) {
        // Modules come in file-system order, which varies: sort them so the output is stable.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
          }
        }
      },
    },
  ],
};
