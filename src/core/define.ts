import { followDocumentLanguage, getLocale, resolveLocale } from './locale.js';
import { warn } from './warn.js';

type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Registers a tag once: a partner may load the script twice, or load two entry points. A tag that
 * another copy of the package already defined in another version is left to it, with a warning
 * (custom elements cannot be defined twice). Defined at once when the page's language is already
 * in (French always is, so `new` works right after the import); otherwise once it is: an element
 * first shows its content in the page's language, not in French then again, and the stylesheet
 * beside the bundle keeps its place meanwhile.
 */
export function define(tag: string, constructor: VersionedElement): void {
  const register = () => {
    const existing: VersionedElement | undefined = customElements.get(tag);
    if (!existing) customElements.define(tag, constructor);
    else if (existing.version !== constructor.version)
      warn(
        document.createElement(tag),
        `version ${existing.version} is already defined; ${constructor.version} is not used.`,
      );
  };
  if (getLocale() === resolveLocale(globalThis.document?.documentElement.lang)) register();
  else void followDocumentLanguage().then(register);
}
