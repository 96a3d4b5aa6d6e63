import { css } from 'lit';

export const manifestoStyles = css`
  :host {
    --_bg: var(--openllm-manifesto-background, var(--_surface));
    --_fg: var(--openllm-manifesto-color, var(--_text));
    --_link: var(--openllm-manifesto-accent, var(--_accent));
  }
  /* Sized with the element: a short headline on a phone, a larger one on a wide column. */
  [part='title'] {
    font-size: var(--openllm-manifesto-title-size, clamp(1.25em, 1em + 1.5cqi, 1.6em));
    margin-block-end: calc(var(--_space) * 0.5);
  }
  [part='deck'] {
    font-size: clamp(1em, 0.95em + 0.5cqi, 1.15em);
    color: var(--_muted);
    text-wrap: pretty;
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
  [part='toggle']::after {
    content: '';
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  /* The widgets' only motion, for those who have not asked their system for less. */
  @media (prefers-reduced-motion: no-preference) {
    [part='toggle']::after {
      transition: transform 0.15s ease;
    }
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
