type Loader = () => Promise<unknown>;

/**
 * Loads each element's code the first time its tag is in the document, now or later (elements
 * added by scripts included). Returns a function that loads them all at once, for pages that put
 * the elements inside their own shadow roots, where the document's observer cannot see them.
 */
export function autoload(loaders: Record<string, Loader>): () => Promise<unknown> {
  const pending = new Map(Object.entries(loaders));
  const watch = () => observer.observe(document.documentElement, { childList: true, subtree: true });
  const load = (tag: string, loader: Loader) => {
    pending.delete(tag);
    return loader().catch((error: unknown) => {
      // Offline for a moment: the next change in the page tries again.
      pending.set(tag, loader);
      watch();
      console.warn(`<${tag}>: could not load its code.`, error);
    });
  };
  const scan = () => {
    for (const [tag, loader] of pending) if (document.querySelector(tag)) void load(tag, loader);
    if (!pending.size) observer.disconnect();
  };
  const observer = new MutationObserver(scan);
  watch();
  scan();
  return () => Promise.all([...pending].map(([tag, loader]) => load(tag, loader)));
}
