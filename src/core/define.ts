/** Registers a tag once: a partner may load the script twice, or load two entry points. */
export function define(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
