import { html, nothing, type TemplateResult } from 'lit';

/** Clamps a heading level into 1–6 (a sub-heading of an `<h6>` stays an `<h6>`); not a number is 2. */
export const clampLevel = (level: number): number =>
  Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : 2;

/**
 * A real `<h1>`…`<h6>` chosen at run time, so an element fits the host page's outline.
 * Six small templates cost fewer bytes than `lit/static-html.js`.
 */
export function heading(level: number, content: unknown, part: string, id = ''): TemplateResult {
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 part=${part} id=${id || nothing}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${id || nothing}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id || nothing}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id || nothing}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id || nothing}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${id || nothing}>${content}</h6>`;
  }
}
