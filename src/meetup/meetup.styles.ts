import { css } from 'lit';

export const meetupStyles = css`
  :host {
    --_bg: var(--openllm-meetup-background, var(--_surface));
    --_fg: var(--openllm-meetup-color, var(--_text));
    --_link: var(--openllm-meetup-accent, var(--_accent));
  }
  /* While the feed loads, about the height of one upcoming meetup with a short agenda at this
     width (as openllm-widgets.css reserves before the element is defined): the card that replaces
     it does not move the page below. */
  .loading {
    min-height: var(--openllm-meetup-min-height, 61rem);
    color: var(--_muted);
  }
  @container (inline-size >= 30rem) {
    .loading {
      min-height: var(--openllm-meetup-min-height, 50rem);
    }
  }
  @container (inline-size >= 36rem) {
    .loading {
      min-height: var(--openllm-meetup-min-height, 41rem);
    }
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  p,
  ol {
    margin: 0 0 var(--_space);
  }
  [part~='title'] {
    font-size: clamp(1.2em, 1em + 1.2cqi, 1.45em);
  }
  [part~='agenda-heading'] {
    font-size: 1.1em;
  }
  .status {
    display: inline-block;
    font-size: 0.875em;
    font-weight: 700;
    padding: 0.15em 0.6em;
    border-radius: 999px;
    border: 2px solid var(--_link);
    color: var(--_link);
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .status.live {
    background: var(--_link);
    color: var(--_on-accent);
  }
  .status.past {
    border-color: var(--_muted);
    color: var(--_muted);
  }
  .when {
    font-weight: 600;
  }
  .zone,
  .local,
  .speaker,
  .duration {
    color: var(--_muted);
    font-weight: 400;
  }
  /* Times in one column as wide as the longest ("06:30 PM" in English), titles beside them. */
  .agenda {
    padding: 0;
    list-style: none;
    display: grid;
    grid-template-columns: minmax(4em, max-content) 1fr;
    gap: 0.5em;
  }
  .agenda.untimed {
    grid-template-columns: 1fr;
  }
  .agenda li {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
  .agenda time {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  .speaker::before {
    content: '· ';
  }
  .duration::before {
    content: '(';
  }
  .duration::after {
    content: ')';
  }
  .calendar {
    margin-block-start: calc(var(--_space) * 1.25);
  }
  .calendar-label {
    margin: 0;
    color: var(--_muted);
  }
  .choices {
    margin-block-start: 0.5em;
  }
  /* Four equals: stacked at one width, or two by two once two fit side by side. */
  .choices > * {
    flex: 1 1 100%;
    justify-content: center;
  }
  @container (inline-size >= 26rem) {
    .choices > * {
      flex-basis: calc(50% - 0.75em);
    }
  }
  .calendar-note {
    margin: 0.5em 0 0;
    color: var(--_muted);
  }
  .calendar-note:empty {
    margin: 0;
  }
  [part='calendar-all'] {
    margin-block-start: var(--_space);
  }
  .previous {
    color: var(--_muted);
  }
  /* A meetup that will not happen as announced: the text colour, a dashed border. */
  .status.cancelled,
  .status.postponed {
    border: 2px dashed var(--_fg);
    color: var(--_fg);
  }
  .unsafe-url {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
    color: var(--_muted);
  }
`;
