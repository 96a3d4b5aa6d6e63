import { html, nothing, type TemplateResult } from 'lit';

/**
 * A real `<h1>`…`<h6>` chosen at run time, so an element fits the host page's outline. `level` is
 * a checked level (1–6, see checkHeadingLevel) or one more for a sub-heading, which stays `<h6>`
 * under an `<h6>`. Six small templates cost fewer bytes than `lit/static-html.js`.
 */
export function heading(level: number, content: unknown, part: string, id = ''): TemplateResult {
  switch (Math.min(level, 6)) {
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
