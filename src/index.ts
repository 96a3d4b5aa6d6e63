/**
 * @openllm-france/widgets: registers every element. This is also the script-tag (CDN) entry.
 */
export * from './manifesto/define.js';
export { setLocale, getLocale, resolveLocale, type Locale } from './core/locale.js';
export { safeUrl } from './core/safe-url.js';
export type { Theme } from './core/base-element.js';
export * from './join/define.js';
