import { css } from 'lit';

export const boardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1rem;
  }
  @container (min-width: 40rem) {
    .list {
      grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr));
    }
  }
`;
