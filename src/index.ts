/**
 * @openllm-france/widgets: registers every element and exports their classes, events, the data
 * contracts and the locale controls.
 */
export * from './manifesto/define.js';
export * from './meetup/define.js';
export * from './join/define.js';
export * from './contracts/index.js';
export { setLocale, getLocale, resolveLocale, type Locale } from './core/locale.js';
export { safeUrl } from './core/safe-url.js';
export type { Theme } from './core/base-element.js';
