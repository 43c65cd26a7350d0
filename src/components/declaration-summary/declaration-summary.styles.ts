import {css, themeStyles} from '../theme.styles.js';

// The card's text colour and resets come from themeStyles (`[part~='base']`); headings are bold by default, and
// links underlined. In forced colours the card's border is already CanvasText, through `--_border`.
export default [
  themeStyles,
  css`
    :host {
      display: block;
    }

    article {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      padding: var(--_space);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
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
      color: var(--_primary);
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
      color: var(--_link);
    }

    summary {
      display: list-item;
      cursor: pointer;
      border-radius: 2px;
    }

    [open] > summary {
      margin-block-end: calc(var(--_space) * 0.5);
    }

    blockquote {
      padding-block: 0.25em;
      padding-inline-start: var(--_space);
      border-inline-start: 4px solid var(--_primary);
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
