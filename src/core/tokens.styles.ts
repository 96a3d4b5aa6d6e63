import { css } from 'lit';

/**
 * Global design tokens and the host reset shared by every element (tokens only the form uses are
 * defined in its own styles). `all: initial` keeps the host
 * page's inherited styles out; the tokens are the supported way back in. Each colour is a
 * `light-dark()` pair read from a global `--openllm-*` token and its `-dark` twin, so the theme is
 * just the host's `color-scheme`: `theme` sets it, and a page can set it too (its own dark class).
 */
export const hostStyles = css`
  :host {
    all: initial;
    color-scheme: light;
    --_surface: light-dark(var(--openllm-color-surface, #ffffff), var(--openllm-color-surface-dark, #12152a));
    --_text: light-dark(var(--openllm-color-text, #161a2d), var(--openllm-color-text-dark, #eef0f8));
    --_muted: light-dark(var(--openllm-color-muted, #4b5168), var(--openllm-color-muted-dark, #b9bed2));
    --_accent: light-dark(var(--openllm-color-accent, #2541b2), var(--openllm-color-accent-dark, #a8b9ff));
    --_on-accent: light-dark(var(--openllm-color-on-accent, #ffffff), var(--openllm-color-on-accent-dark, #0b1030));
    --_border: light-dark(var(--openllm-color-border, #c5cadb), var(--openllm-color-border-dark, #454c70));
    --_focus: light-dark(var(--openllm-color-focus, #2541b2), var(--openllm-color-focus-dark, #ffd166));
    --_font: var(--openllm-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_radius: var(--openllm-radius, 0.5rem);
    --_space: var(--openllm-space, 1rem);
    display: block;
    box-sizing: border-box;
    /* One width rule for all three: the host's column, up to a readable measure. */
    inline-size: 100%;
    max-inline-size: var(--openllm-max-width, 40rem);
    margin: var(--openllm-margin, 0 0 1.5rem);
    /* Type and spacing inside follow the element's width (cqi), not the window's. */
    container-type: inline-size;
    font-family: var(--_font);
    font-size: var(--openllm-font-size, 1rem);
    line-height: 1.55;
    text-align: start;
    overflow-wrap: break-word;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
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
    text-wrap: balance;
  }
  /* The card of every element (each sets --_bg and --_fg from its own custom properties). */
  .card {
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--openllm-padding, clamp(1rem, 5cqi, 1.5rem));
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
  /* A row of buttons. In a narrow element they stack at one full width, so none is left alone. */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    margin-block-start: var(--_space);
  }
  @container (inline-size < 30rem) {
    .actions > * {
      flex: 1 1 100%;
      justify-content: center;
    }
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
