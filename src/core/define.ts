import { followDocumentLanguage } from './locale.js';
import { warn } from './warn.js';

type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Registers a tag once: a partner may load the script twice, or load two entry points. A tag that
 * another copy of the package already defined in another version is left to it, with a warning
 * (custom elements cannot be defined twice). On a page in another language than French, the tag is
 * defined once that language is in: an element first shows its content in the page's language,
 * not in French then again (the stylesheet beside the bundle keeps its place meanwhile).
 */
export async function define(tag: string, constructor: VersionedElement): Promise<void> {
  await followDocumentLanguage();
  const existing: VersionedElement | undefined = customElements.get(tag);
  if (!existing) customElements.define(tag, constructor);
  else if (existing.version !== constructor.version)
    warn(
      document.createElement(tag),
      `version ${existing.version ?? 'unknown'} of this element is already defined on the page; version ${constructor.version} is not used.`,
    );
}
