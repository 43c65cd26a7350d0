import {css, themeStyles} from '../theme.styles.js';

// The card's text colour and resets come from themeStyles (`[part~='base']`); headings are bold by default, and
// links underlined. In forced colours the card's border is already CanvasText, through `--_bd`.
export default [
  themeStyles,
  css`
    :host {
      display: block;
    }

    article {
      display: grid;
      gap: calc(var(--_sp) * 0.75);
      padding: var(--_sp);
      background: var(--_s);
      border: 1px solid var(--_bd);
      border-radius: var(--_r);
      overflow-wrap: anywhere;
    }

    * {
      margin: 0;
    }

    #heading {
      font-size: 1.25em;
      line-height: 1.3;
    }

    time {
      white-space: nowrap;
    }

    ul {
      padding-inline-start: 1.5em;
    }

    li::marker {
      color: var(--_p);
    }

    li,
    summary,
    a {
      padding-block: 0.125em;
    }

    time,
    summary,
    a {
      font-weight: 700;
    }

    summary,
    a {
      min-block-size: 24px;
      color: var(--_a);
    }

    summary {
      display: list-item;
      cursor: pointer;
      border-radius: 2px;
    }

    [open] > summary {
      margin-block-end: calc(var(--_sp) * 0.5);
    }

    blockquote {
      padding-block: 0.25em;
      padding-inline-start: var(--_sp);
      border-inline-start: 4px solid var(--_p);
      font-style: italic;
      font-size: 1.0625em;
    }

    a {
      display: inline-block;
      text-underline-offset: 0.2em;
    }

    a:hover {
      text-decoration-thickness: 2px;
    }

    .file {
      font-weight: 400;
    }

    @media (forced-colors: active) {
      blockquote {
        border-color: CanvasText;
      }
    }
  `,
];
