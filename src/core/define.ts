import { warn } from './warn.js';

type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Registers a tag once: a partner may load the script twice, or load two entry points. A tag that
 * another copy of the package already defined in another version is left to it, with a warning
 * (custom elements cannot be defined twice).
 */
export function define(tag: string, constructor: VersionedElement): void {
  const existing: VersionedElement | undefined = customElements.get(tag);
  if (!existing) customElements.define(tag, constructor);
  else if (existing.version !== constructor.version)
    warn(
      document.createElement(tag),
      `version ${existing.version ?? 'unknown'} of this element is already defined on the page; version ${constructor.version} is not used.`,
    );
}
