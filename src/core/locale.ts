import { allLocales, sourceLocale } from '../generated/locale-codes.js';

/** A language the widgets speak. */
export type Locale = (typeof allLocales)[number];

type Localization = (typeof import('../localization.js'))['localization'];
/** @lit/localize's runtime, once a language other than French was asked for (French needs none). */
let runtime: Localization | undefined;
let loading: Promise<Localization> | undefined;
const localization = (): Promise<Localization> =>
  (loading ??= import('../localization.js').then(
    (module) => (runtime = module.localization),
    (error: unknown) => {
      loading = undefined; // offline for a moment: the next switch tries again
      throw error;
    },
  ));

/** Maps a BCP 47 tag (`fr-FR`, `en_GB`, `EN`) to a supported locale; anything unknown is French. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (allLocales as readonly string[]).includes(primary) ? (primary as Locale) : sourceLocale;
}

/** Switches the widgets to a locale: the one the page chose, or its `<html lang>`. */
async function switchTo(tag: string): Promise<void> {
  const locale = resolveLocale(tag);
  // Still French and the runtime never loaded: nothing to switch.
  if (locale === sourceLocale && !loading) return;
  await (await localization())?.setLocale(locale);
}

/** Whether the page called `setLocale` itself: its choice stands until `<html lang>` changes. */
let chosenByPage = false;

/** Switches every widget on the page to `tag` (resolved with `resolveLocale`). */
export async function setLocale(tag: string): Promise<void> {
  chosenByPage = true;
  await switchTo(tag);
}

/** The locale the widgets currently render in. */
export function getLocale(): Locale {
  return runtime ? (runtime.getLocale() as Locale) : sourceLocale;
}

let following: Promise<void> | undefined;

/**
 * Makes the widgets follow `<html lang>` from now on, and whenever the page changes it; a locale
 * the page set with `setLocale` before the first element connected is kept. Idempotent; called
 * when an element is defined and when one connects. Resolves once the page's language is in (at
 * once for French), or could not be had.
 */
export function followDocumentLanguage(): Promise<void> {
  const root = globalThis.document?.documentElement; // none in Node
  if (following || !root) return following ?? Promise.resolve();
  const apply = () =>
    switchTo(root.lang).catch((error: unknown) => console.warn('[openllm] could not load locale', error));
  new MutationObserver(apply).observe(root, { attributeFilter: ['lang'] }); // implies `attributes`
  return (following = chosenByPage ? Promise.resolve() : apply());
}
