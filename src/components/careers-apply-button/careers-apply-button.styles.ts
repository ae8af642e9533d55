import { css } from 'lit';

export const applyButtonStyles = css`
  :host {
    display: block;
  }
  .button {
    display: inline-block;
    padding: 0.625em 1.25em;
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
    text-decoration: none;
  }
  .button:hover {
    text-decoration: underline;
  }
  /* The ring between two bands of the widget's background, which it contrasts with in every
     theme (3:1), whatever the page: a dark widget's light ring stays clear on a white page. */
  .button:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-offset);
    box-shadow: 0 0 0 calc(var(--_focus-offset) + 4px) var(--_color-background);
  }
  /* Painted as the board is: the one text here not on a colour of its own stays readable
     standalone on any page. */
  .instructions {
    margin: 0.5em 0 0;
    background: var(--_color-background);
  }
  /* On paper a link cannot be followed and backgrounds are left out (the button's white text
     would vanish): the link is printed as text, followed by where to apply. */
  @media print {
    .button {
      padding: 0;
      background: none;
      color: inherit;
    }
    .button::after {
      content: ' (' attr(data-address) ')';
      font-weight: 400;
      overflow-wrap: anywhere;
    }
  }
`;
