import { configureLocalization } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';

/** A language the widgets speak. */
export type Locale = (typeof allLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

/** Explicit map: Vite and the test runner both mishandle template-literal imports. */
const loaders: Record<TargetLocale, () => Promise<unknown>> = {
  en: () => import('../generated/locales/en.js'),
  de: () => import('../generated/locales/de.js'),
  es: () => import('../generated/locales/es.js'),
  it: () => import('../generated/locales/it.js'),
  nl: () => import('../generated/locales/nl.js'),
};

let runtime: ReturnType<typeof configureLocalization> | undefined;
let unavailable = false;

/**
 * Configured on first use, not at import, so that importing stays free of side effects. Undefined
 * when the host page configured @lit/localize itself (it can be set up once per page): the widgets
 * then stay in French.
 */
function localization() {
  if (!runtime && !unavailable) {
    try {
      runtime = configureLocalization({
        sourceLocale,
        targetLocales,
        loadLocale: (locale) => loaders[locale as TargetLocale]() as never,
      });
    } catch (error) {
      unavailable = true;
      console.warn('[openllm] @lit/localize is already configured by the page; the widgets stay in French.', error);
    }
  }
  return runtime;
}

/** Maps a BCP 47 tag (`fr-FR`, `en_GB`, `EN`) to a supported locale; anything unknown is French. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (allLocales as readonly string[]).includes(primary) ? (primary as Locale) : sourceLocale;
}

/** Switches the widgets to a locale: the one the page chose, or its `<html lang>`. */
async function switchTo(tag: string): Promise<void> {
  await localization()?.setLocale(resolveLocale(tag));
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

let following = false;

/**
 * Makes the widgets follow `<html lang>` from now on, and whenever the page changes it; a locale
 * the page set with `setLocale` before the first element connected is kept. Idempotent; called
 * by every element when it connects.
 */
export function followDocumentLanguage(): void {
  if (following || typeof document === 'undefined') return;
  following = true;
  const root = document.documentElement;
  const apply = () =>
    void switchTo(root.lang).catch((error: unknown) => console.warn('[openllm] could not load locale', error));
  if (!chosenByPage) apply();
  new MutationObserver(apply).observe(root, { attributes: true, attributeFilter: ['lang'] });
}
