import { css } from 'lit';

/** Helpers every element shares. */
export const sharedStyles = css`
  :host([hidden]) {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
    /* Words only screen readers need (a pause, a count said again) stay out of a copy. */
    user-select: none;
  }
  /* Forced colours (Windows high contrast) drop backgrounds: what a background alone set apart
     (tags, badges, the apply link drawn as a button) gets a border in the text's colour. */
  @media (forced-colors: active) {
    .tag,
    .badge,
    .filled,
    .button {
      border: 1px solid;
    }
  }
`;
