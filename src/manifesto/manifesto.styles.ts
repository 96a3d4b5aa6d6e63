import { css } from 'lit';

export const manifestoStyles = css`
  :host {
    --_bg: var(--openllm-manifesto-background, var(--_surface));
    --_fg: var(--openllm-manifesto-color, var(--_text));
    --_link: var(--openllm-manifesto-accent, var(--_accent));
    max-width: var(--openllm-manifesto-max-width, 48rem);
  }
  article {
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--openllm-manifesto-padding, calc(var(--_space) * 1.5));
  }
  [part='title'] {
    font-size: var(--openllm-manifesto-title-size, 1.5em);
    margin-block-end: var(--_space);
  }
  section > :is(h2, h3, h4, h5, h6) {
    font-size: 1.15em;
    margin-block-start: calc(var(--_space) * 1.5);
  }
  p,
  ul {
    margin: 0 0 var(--_space);
  }
  ul {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  [part='teaser'] {
    font-size: 1.1em;
    color: var(--_muted);
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: center;
    margin-block-start: var(--_space);
  }
  [part='toggle']::after {
    content: '';
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
    transition: transform 0.15s ease;
  }
  [part='toggle'][aria-expanded='true']::after {
    transform: translateY(0.15em) rotate(-135deg);
  }
  [part='contact'] {
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
    margin-block-start: calc(var(--_space) * 1.5);
  }
  strong {
    font-weight: 700;
  }
`;
