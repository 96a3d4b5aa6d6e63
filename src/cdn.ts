/**
 * The script-tag bundle (dist/cdn/openllm-widgets.js): Lit, the shared core and a loader that
 * fetches each element's code, a chunk next to this file, when its tag first appears in the page,
 * so that a page pays only for the elements it shows.
 */
import { autoload } from './core/autoload.js';
import { resolveLocale } from './core/locale.js';

/**
 * The chunks to fetch with an element's (what its chunk imports, if anything) or with a language
 * (its texts and the localization runtime), as paths next to this file; written in by the build
 * (vite.config.ts), which alone knows the chunks' hashed names.
 */
const chunks = '__OPENLLM_CHUNKS__' as unknown as Record<string, string[] | undefined>;
/**
 * Asks for everything `key` needs at once, so that the browser fetches an element's code and all
 * it imports in one round trip, not one import after another. (A file asked for twice is fetched
 * once: the browser keeps one copy of each module.)
 */
function preload(key: string): void {
  for (const file of chunks[key] ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, import.meta.url).href;
    document.head.append(link);
  }
}

// The page's language, if not French, arrives with the elements' code rather than after it.
preload(resolveLocale(document.documentElement.lang));

/** Loads every element now (for elements inside a page's own shadow roots). */
export const loadElements = autoload({
  'openllm-manifesto': async () => {
    preload('openllm-manifesto');
    await import('./manifesto/define.js');
  },
  'openllm-meetup': async () => {
    preload('openllm-meetup');
    await import('./meetup/define.js');
  },
  'openllm-join': async () => {
    preload('openllm-join');
    await import('./join/define.js');
  },
});

export { setLocale, getLocale } from './core/locale.js';
