import { css } from 'lit';

export const boardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    background: var(--_color-background);
  }
  * {
    box-sizing: border-box;
  }
  p {
    margin: 0;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_spacing);
  }
  .list > li {
    min-width: 0;
  }
  /* A card fills its grid cell: cards of a row are equally tall (their tags at the bottom).
     Scrolled into view with its focus ring. */
  li > careers-job-card {
    height: 100%;
    scroll-margin: 0.5rem;
  }
  /* Cards out of view are laid out once scrolled to (they stay in the accessibility tree and in
     find-in-page). Only where the clip margin is supported: it keeps the focus ring, drawn
     outside the card, from being clipped. */
  @supports (overflow-clip-margin: 1rem) {
    .list > li:not(.skeleton) {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 10rem;
      overflow-clip-margin: 1rem;
    }
  }
  .filters {
    display: flex;
    flex-direction: column;
    gap: var(--_spacing);
    margin-bottom: var(--_spacing);
  }
  .search,
  .facet {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
  }
  label {
    font-weight: 600;
  }
  input,
  select,
  button {
    font: inherit;
    max-width: 100%;
  }
  /* One height for both (Chromium lays a select out at line-height: normal, whatever is set):
     the input's 1.5 lines, its padding and borders. */
  input,
  select {
    width: 100%;
    min-height: 2.625em;
    padding: 0.5em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  .facets {
    display: grid;
    gap: var(--_spacing);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  button {
    align-self: flex-start;
    padding: 0.5em 1em;
    border: 1px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
    cursor: pointer;
  }
  /* A narrow board folds the filters behind a button, so the first cards show without
     scrolling past every select. */
  .facets:not(.open) {
    display: none;
  }
  .facets-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.625em;
  }
  .facets-toggle::after {
    content: '';
    width: 0.4em;
    height: 0.4em;
    border: solid currentColor;
    border-width: 0 0.125em 0.125em 0;
    transform: translateY(-25%) rotate(45deg);
  }
  .facets-toggle[aria-expanded='true']::after {
    transform: translateY(25%) rotate(-135deg);
  }
  .more {
    margin-top: var(--_spacing);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  /* A band of the board's background under the ring: where a control spans the board, the ring
     falls outside it, on the page, which may be of any colour. */
  :is(input, select, button, a, [tabindex='-1']):focus-visible {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-offset);
    box-shadow: 0 0 0 calc(var(--_focus-offset) + 4px) var(--_color-background);
  }
  a {
    color: var(--_color-link);
  }
  .count {
    margin-bottom: calc(var(--_spacing) / 2);
    font-weight: 600;
  }
  .error,
  .notice,
  .empty {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_spacing) / 2);
    margin-bottom: var(--_spacing);
    padding: var(--_spacing);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .error {
    border-color: var(--_color-error);
    border-left-width: 0.375rem;
  }
  .error-title {
    font-weight: 600;
  }
  [role='alert'] {
    display: flex;
    flex-direction: column;
    gap: inherit;
  }
  .error-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_spacing);
  }
  /* While loading, the room of the search and of a row of filters (or of the button that
     folds them), above the status where the count will be: the first cards then appear where
     the placeholders were, and the page does not jump. */
  .loading {
    height: 8em;
    margin-bottom: var(--_spacing);
  }
  .skeleton {
    height: 16rem;
    border-radius: var(--_radius);
    background: linear-gradient(
      90deg,
      var(--_color-tag) 0%,
      var(--_color-surface) 50%,
      var(--_color-tag) 100%
    );
    background-size: 200% 100%;
    animation: careers-shimmer 1.5s ease-in-out infinite;
  }
  @keyframes careers-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  /* On paper: the list as it stands (its count says how many), without the form or buttons,
     every card laid out and none cut across two pages. */
  @media print {
    .filters,
    button {
      display: none;
    }
    .list > li:not(.skeleton) {
      content-visibility: visible;
      break-inside: avoid;
    }
  }
  /* A wide container: filters always shown, side by side; cards in a grid. */
  @container (min-width: 36rem) {
    .facets-toggle {
      display: none;
    }
    .facets:not(.open) {
      display: grid;
    }
    .facets {
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    }
    .list {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min-width)), 1fr));
    }
    .loading {
      height: 9.75em;
    }
  }
`;
