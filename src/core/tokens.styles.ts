import { css } from 'lit';

/**
 * Dark values of the private `--_*` variables. Each reads a global `--openllm-*-dark` token first,
 * so a page can restyle both themes from `:root`.
 */
const darkTokens = css`
  color-scheme: dark;
  --_surface: var(--openllm-color-surface-dark, #12152a);
  --_surface-alt: var(--openllm-color-surface-alt-dark, #1c2140);
  --_text: var(--openllm-color-text-dark, #eef0f8);
  --_muted: var(--openllm-color-muted-dark, #b9bed2);
  --_accent: var(--openllm-color-accent-dark, #a8b9ff);
  --_on-accent: var(--openllm-color-on-accent-dark, #0b1030);
  --_border: var(--openllm-color-border-dark, #454c70);
  --_focus: var(--openllm-color-focus-dark, #ffd166);
  --_danger: var(--openllm-color-danger-dark, #ff9b8f);
  --_success: var(--openllm-color-success-dark, #7ee2a0);
`;

/**
 * Global design tokens and the host reset shared by every element. `all: initial` keeps the host
 * page's inherited styles out; the tokens are the supported way back in.
 */
export const hostStyles = css`
  :host {
    all: initial;
    color-scheme: light;
    --_surface: var(--openllm-color-surface, #ffffff);
    --_surface-alt: var(--openllm-color-surface-alt, #f2f4fa);
    --_text: var(--openllm-color-text, #161a2d);
    --_muted: var(--openllm-color-muted, #4b5168);
    --_accent: var(--openllm-color-accent, #2541b2);
    --_on-accent: var(--openllm-color-on-accent, #ffffff);
    --_border: var(--openllm-color-border, #c5cadb);
    --_focus: var(--openllm-color-focus, #2541b2);
    --_danger: var(--openllm-color-danger, #b42318);
    --_success: var(--openllm-color-success, #1a7f37);
    --_font: var(--openllm-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_radius: var(--openllm-radius, 0.5rem);
    --_space: var(--openllm-space, 1rem);
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--openllm-font-size, 1rem);
    line-height: 1.55;
    text-align: start;
    overflow-wrap: break-word;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 calc(var(--_space) * 0.5);
    line-height: 1.25;
  }
  /* Each element sets --_link from its own accent property. */
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  /* Buttons, and links that act as buttons: one look in every element, 44px targets. */
  button,
  .primary,
  .secondary {
    font: inherit;
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    padding: 0.55em 1.1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_link);
    background: transparent;
    color: var(--_link);
    text-decoration: none;
    cursor: pointer;
  }
  .primary {
    background: var(--_link);
    color: var(--_on-accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
