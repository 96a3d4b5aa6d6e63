import { readFileSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';
import { feedEndpoint } from './test/helpers/feed-endpoint.mjs';
import { signupEndpoint } from './test/helpers/signup-endpoint.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  // A real sign-up endpoint and meetup feeds on the same server, failing on purpose where a test asks.
  middleware: [signupEndpoint(), feedEndpoint()],
  // Decorators need the project's tsconfig (legacy decorators, no define semantics).
  // The package version is written into the code at build time (vite.config.ts): here too.
  plugins: [
    esbuildPlugin({
      ts: true,
      tsconfig: './tsconfig.json',
      define: { __OPENLLM_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
    }),
  ],
  concurrency: 1,
  // Sized for a CI machine whose cores are busy: tests wait for conditions, never for a time.
  testFramework: { config: { timeout: 30_000 } },
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**'],
    threshold: { statements: 90, branches: 85, functions: 90, lines: 90 },
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
};
