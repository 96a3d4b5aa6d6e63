/** package.json's version, written in at build time (the `define` of vite.config.ts and of the test runner). */
declare const __OPENLLM_VERSION__: string;

/** Each element's `static version`, also sent with every sign-up and in calendar files. */
export const CLIENT_VERSION: string = __OPENLLM_VERSION__;
