import { css } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
  }
  .card {
    position: relative;
    box-sizing: border-box;
    height: 100%;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_spacing) / 2);
    padding: var(--_spacing);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    overflow-wrap: anywhere;
    /* The accent bar under the card (DSFR); 0 wide by default. */
    box-shadow: inset 0 calc(-1 * var(--_card-accent-width)) 0 0 var(--_color-accent);
  }
  .card:focus-within {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-offset);
  }
  /* A band of the widget's background under the ring: a card that spans the board has its ring
     outside it, on the page, which may be of any colour. On the host: the card's own shadow is
     its accent bar. */
  :host(:focus-within) {
    border-radius: var(--_radius);
    box-shadow: 0 0 0 calc(var(--_focus-offset) + 4px) var(--_color-background);
  }
  .card:hover .title a {
    text-decoration-thickness: 2px;
  }
  .title {
    margin: 0;
    font-size: var(--_font-size-title);
    font-weight: var(--_font-weight-title);
    line-height: 1.3;
  }
  .title a {
    color: var(--_color-link);
    text-underline-offset: 0.2em;
    transition: text-decoration-thickness var(--_transition-duration);
  }
  .title a:focus {
    outline: none;
  }
  /* The title link covers the whole card: one click target, one accessible name. */
  .title a::before {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  p,
  ul {
    margin: 0;
  }
  .organization {
    font-weight: 600;
  }
  .meta,
  .tags {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 0.85em;
    overflow: clip;
  }
  /* A dot in the gap between two items, for the eye only (no text for screen readers); the one
     before the first item of a line falls outside the list, which clips it (overflow above). */
  .meta li::before {
    content: '·' / '';
    margin: 0 0.3em 0 -0.55em;
  }
  .meta,
  .date {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }
  .tags {
    gap: 0.375em;
    margin-top: auto;
  }
  .tag,
  .badge {
    padding: 0.15em 0.6em;
    border-radius: var(--_tag-radius);
    font-size: var(--_font-size-small);
    background: var(--_color-tag);
    color: var(--_color-on-tag);
  }
  .badge {
    align-self: flex-start;
    font-weight: 600;
    background: var(--_color-closed);
    color: var(--_color-on-closed);
  }
`;
