/** package.json's version, written in at build time (the `define` of vite.config.ts and of the test runner). */
declare const __OPENLLM_VERSION__: string;

/** Sent with every sign-up as `client`; `CLIENT_VERSION` is also each element's `static version`. */
export const CLIENT_NAME = '@openllm-france/widgets';
export const CLIENT_VERSION: string = __OPENLLM_VERSION__;
