import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

/**
 * Storybook for the widgets. The Vite builder reads the project's vite.config.ts (but not its
 * `build` section) and tsconfig.json, whose legacy decorators Vite 8 can compile.
 */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // Storybook opens on the elements: no onboarding checklist in the sidebar.
  features: { sidebarOnboardingChecklist: false },
  core: {
    disableTelemetry: true,
    // The "what's new" panel fetches from storybook.js.org: no third-party requests.
    disableWhatsNewNotifications: true,
  },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      // In dev, the renderer's `lit/directive-helpers.js` would otherwise load a second, unbundled
      // lit-html beside the pre-bundled `lit` ("Multiple versions of Lit loaded").
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
      // Storybook's own docs chunk is about 1 MB; the widgets' size is checked by `npm run size`.
      build: { chunkSizeWarningLimit: 1500 },
    }),
  // iframe.html opened on its own (as the story tests do) would otherwise make the browser ask for /favicon.ico.
  previewHead: (head) => `${head}<link rel="icon" type="image/svg+xml" href="./favicon.svg">`,
};

export default config;
