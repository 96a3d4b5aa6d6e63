import { css } from 'lit';

export const joinStyles = css`
  :host {
    --_bg: var(--openllm-join-background, var(--_surface));
    --_fg: var(--openllm-join-color, var(--_text));
    --_link: var(--openllm-join-accent, var(--_accent));
    /* The global tokens only the form uses (the others are in core/tokens.styles.ts). */
    --_surface-alt: light-dark(
      var(--openllm-color-surface-alt, #f2f4fa),
      var(--openllm-color-surface-alt-dark, #1c2140)
    );
    --_danger: light-dark(var(--openllm-color-danger, #b42318), var(--openllm-color-danger-dark, #ff9b8f));
    --_success: light-dark(var(--openllm-color-success, #1a7f37), var(--openllm-color-success-dark, #7ee2a0));
  }
  /* The message that replaces the form sits in the middle of the height the form had. */
  .card {
    display: grid;
    align-content: center;
  }
  form {
    display: grid;
    gap: var(--_space);
  }
  .field {
    display: grid;
    gap: 0.3em;
  }
  label {
    font-weight: 600;
  }
  .hint {
    font-weight: 400;
    color: var(--_muted);
  }
  input[type='text'],
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.6);
    padding: 0.55em 0.7em;
    min-height: 44px;
    width: 100%;
  }
  /* One error style: a red border, and a red focus ring instead of the usual one. */
  .field [aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }
  .field [aria-invalid='true']:focus-visible {
    outline-color: var(--_danger);
  }
  /* The checkbox, then in a column beside it: its label, its error, the privacy link. */
  .consent {
    grid-template-columns: auto 1fr;
    column-gap: 0.6em;
  }
  .consent > :not(input) {
    grid-column: 2;
    justify-self: start;
  }
  .consent label {
    font-weight: 400;
  }
  input[type='checkbox'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_link);
  }
  .error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  p {
    margin: 0;
  }
  .notice {
    color: var(--_muted);
  }
  .alert {
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface-alt);
    padding: 0.75em 1em;
    display: grid;
    gap: 0.6em;
    justify-items: start;
  }
  button {
    justify-self: start;
  }
  /* On a narrow element the submit button spans the width, like the other elements' actions. */
  @container (inline-size < 30rem) {
    [part~='submit'] {
      justify-self: stretch;
      justify-content: center;
    }
  }
  [part~='submit']:disabled {
    cursor: progress;
    opacity: 0.75;
  }
  .panel {
    display: grid;
    gap: 0.6em;
    border-inline-start: 4px solid var(--_success);
    padding: 0.5em 1em;
  }
  .panel.queued,
  .panel.mailto {
    border-color: var(--_link);
  }
  /* Focus moves to the message so that it is read; it is not a control, so no ring. */
  .panel:focus {
    outline: none;
  }
  .honeypot,
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
