/**
 * The script-tag bundle (dist/cdn/openllm-widgets.js): a loader that fetches each element's code,
 * a chunk next to this file, when its tag first appears in the page, so that a page pays only for
 * the elements it shows. Lit and the shared core come in one chunk with it.
 */
import { autoload } from './core/autoload.js';

/** Loads every element now (for elements inside a page's own shadow roots). */
export const loadElements = autoload({
  'openllm-manifesto': () => import('./manifesto/define.js'),
  'openllm-meetup': () => import('./meetup/define.js'),
  'openllm-join': () => import('./join/define.js'),
});

export { setLocale, getLocale } from './core/locale.js';
