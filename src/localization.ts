import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

type TargetLocale = (typeof targetLocales)[number];

/** Explicit map: Vite and the test runner both mishandle template-literal imports. */
const loaders: Record<TargetLocale, () => Promise<unknown>> = {
  en: () => import('./generated/locales/en.js'),
  de: () => import('./generated/locales/de.js'),
  es: () => import('./generated/locales/es.js'),
  it: () => import('./generated/locales/it.js'),
  nl: () => import('./generated/locales/nl.js'),
};

/**
 * @lit/localize's runtime, set up for the widgets' languages: loaded (by core/locale.ts) only when
 * a language other than French is asked for, since French needs none of it. Undefined when the
 * host page configured @lit/localize itself (it can be set up once per page): the widgets then
 * stay in French.
 */
export const localization = (() => {
  try {
    return configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loaders[locale as TargetLocale]() as never,
    });
  } catch (error) {
    console.warn('[openllm] @lit/localize is already configured by the page; the widgets stay in French.', error);
    return undefined;
  }
})();
