// Helpers for the hand-written baselines: what a careful author of a vanilla custom element would
// write, with no library. Markup is built as a string, parsed once per distinct string into a
// <template> and cloned per instance (the same trick Lit uses), so the baseline is not a straw man.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text or an attribute value for markup. */
export const esc = (value) => String(value).replace(/[&<>"']/g, (char) => ESCAPES[char]);

const templates = new Map();

/** Replaces the root's content with the markup, parsed once per distinct markup. */
export function stamp(root, markup) {
  let template = templates.get(markup);
  if (!template) {
    template = document.createElement('template');
    template.innerHTML = markup;
    templates.set(markup, template);
  }
  root.replaceChildren(document.importNode(template.content, true));
}

const sheets = new Map();

/**
 * Style sheets by tag. The bench page sets them from the CSS text of the real element, so that
 * both sides style the same rules; `adopt` refuses to render unstyled.
 */
export function setStyles(tag, cssTexts) {
  sheets.set(
    tag,
    cssTexts.map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    }),
  );
}

/** An open shadow root with the tag's style sheets adopted. */
export function shadow(element, tag) {
  const root = element.attachShadow({ mode: 'open' });
  const adopted = sheets.get(tag);
  if (!adopted) throw new Error(`${tag}: no styles set (call setStyles first).`);
  root.adoptedStyleSheets = adopted;
  return root;
}
