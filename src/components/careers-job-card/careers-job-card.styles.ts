import { css } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
  }
  .card {
    position: relative;
    padding: 1rem;
    border: 1px solid #6b6b6b;
    border-radius: 0.5rem;
    background: #fff;
    color: #1e1e1e;
  }
  .title {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }
  .title a {
    color: inherit;
  }
  .title a::before {
    content: '';
    position: absolute;
    inset: 0;
  }
  .meta {
    margin: 0;
    color: #3a3a3a;
  }
`;
