import { css } from 'lit';

export const detailStyles = css`
  /* Painted, as the board is, so its text stays readable standalone on any page. */
  :host {
    display: block;
    background: var(--_color-background);
  }
  .detail {
    display: flex;
    flex-direction: column;
    gap: var(--_spacing);
    overflow-wrap: anywhere;
  }
  /* Spaced by the gap above. */
  .detail > * {
    margin: 0;
  }
  a {
    color: var(--_color-link);
  }
  /* Tables and code blocks too: they take focus so the keyboard can scroll them; and a
     description's <summary>, whose own ring (Chromium's) may be near white on a white page. A
     band of the widget's background under the ring: the back link, the title and the blocks
     that start at the board's edge have their ring outside it, on the page, of any colour. */
  :is(a, button, .title, table, pre, summary):focus-visible {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-offset);
    box-shadow: 0 0 0 calc(var(--_focus-offset) + 4px) var(--_color-background);
  }
  .back {
    align-self: flex-start;
  }
  .title {
    font-size: calc(var(--_font-size-title) * 1.35);
    font-weight: var(--_font-weight-title);
    line-height: 1.25;
  }
  .badge,
  .filled {
    align-self: flex-start;
    margin: 0;
    padding: 0.25em 0.5em;
    border-radius: var(--_radius);
    background: var(--_color-closed);
    color: var(--_color-on-closed);
    font-weight: 600;
  }
  .meta {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.5em var(--_spacing);
  }
  dt {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }
  dd {
    margin: 0;
  }
  .tags {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .tag {
    padding: 0.15em 0.6em;
    border-radius: var(--_tag-radius);
    font-size: var(--_font-size-small);
    background: var(--_color-tag);
    color: var(--_color-on-tag);
  }
  .description {
    max-width: 70ch;
  }
  /* A description's headings sit below the title's level (h4 to h6 under the default h3): the
     browser would set h5 and h6 smaller than the text they head. */
  .description :is(h4, h5, h6) {
    margin: 1.5em 0 0.5em;
    line-height: 1.3;
  }
  .description h4 {
    font-size: 1.125em;
  }
  .description :is(h5, h6) {
    font-size: 1em;
  }
  /* Blocks of a long description that are out of view are laid out once scrolled to, so opening
     a posting costs a screenful, not its whole text. They stay in the accessibility tree and in
     find-in-page. Only where the clip margin is supported: it keeps focus rings and list markers
     from being clipped. Tables are left out: one wider than the text must overflow, not be
     clipped. */
  @supports (overflow-clip-margin: 1rem) {
    .description > :not(table) {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 3em;
      overflow-clip-margin: 1rem;
    }
  }
  /* On paper: no back link or share button, every block of the description laid out, and the
     address of each web link after it. */
  @media print {
    .back,
    .share,
    .share-status {
      display: none;
    }
    .description > * {
      content-visibility: visible;
    }
    .description a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    .description :is(h4, h5, h6) {
      break-after: avoid;
    }
  }
  .description img {
    max-width: 100%;
  }
  /* A table wider than the text scrolls inside itself, its words whole, rather than squeezing
     them letter by letter (Chromium keeps a block table's table semantics). */
  .description :is(table, pre) {
    overflow-x: auto;
  }
  .description table {
    display: block;
    overflow-wrap: normal;
    border-collapse: collapse;
  }
  .description :is(th, td) {
    padding: 0.25em 0.5em;
    border-bottom: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }
  /* A tint of the text's own colour: readable in every theme and scheme. */
  .description pre {
    padding: 0.75em;
    border-radius: var(--_radius);
    background: color-mix(in srgb, currentColor 7%, #0000);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_spacing);
  }
  /* The apply link and the share button side by side, the apply instructions on a line of their
     own under both: the apply element's own boxes are laid out in this row. */
  careers-apply-button {
    display: contents;
  }
  ::part(instructions) {
    order: 1;
    width: 100%;
    margin: 0;
  }
  /* Instructions the description already gives, word for word, are not said twice. */
  .said::part(instructions) {
    display: none;
  }
  .share {
    padding: 0.5em 1em;
    border: 1px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
    font: inherit;
    cursor: pointer;
  }
`;
