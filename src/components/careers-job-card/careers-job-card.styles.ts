import { css } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
  }
  .card {
    position: relative;
    padding: var(--_spacing);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  .card:focus-within {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-offset);
  }
  .title {
    margin: 0 0 0.5rem;
    font-size: var(--_font-size-title);
  }
  .title a {
    color: inherit;
  }
  .title a:focus {
    outline: none;
  }
  .title a::before {
    content: '';
    position: absolute;
    inset: 0;
  }
  .meta {
    margin: 0;
    color: var(--_color-muted);
  }
`;
