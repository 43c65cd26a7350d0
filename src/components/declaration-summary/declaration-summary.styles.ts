import {css} from 'lit';
import {themeStyles} from '../theme.styles.js';

export default [
  themeStyles,
  css`
    :host {
      display: block;
    }

    .base {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 0.75);
      padding: var(--_space);
      background: var(--_surface);
      color: var(--_text);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow-wrap: anywhere;
    }

    p,
    ul,
    blockquote,
    details {
      margin: 0;
    }

    .heading {
      margin: 0;
      font-size: 1.25em;
      font-weight: 700;
      line-height: 1.3;
      color: var(--_text);
    }

    .date {
      font-weight: 700;
      white-space: nowrap;
    }

    .commitments {
      padding-inline-start: 1.5em;
    }

    .commitments li {
      padding-block: 0.125em;
    }

    .commitments li::marker {
      color: var(--_primary);
    }

    .disclosure summary {
      display: list-item;
      min-block-size: 24px;
      padding-block: 0.125em;
      cursor: pointer;
      font-weight: 700;
      color: var(--_link);
      border-radius: 2px;
    }

    .disclosure[open] summary {
      margin-block-end: calc(var(--_space) * 0.5);
    }

    .quote {
      padding-block: 0.25em;
      padding-inline: var(--_space) 0;
      border-inline-start: 4px solid var(--_primary);
      font-style: italic;
      font-size: 1.0625em;
    }

    .value {
      color: var(--_text);
    }

    .link {
      display: inline-block;
      min-block-size: 24px;
      padding-block: 0.125em;
      color: var(--_link);
      font-weight: 700;
      text-decoration: underline;
      text-underline-offset: 0.2em;
    }

    .link:hover {
      text-decoration-thickness: 2px;
    }

    .file {
      font-weight: 400;
    }

    @media (forced-colors: active) {
      .base {
        border-color: CanvasText;
      }

      .quote {
        border-inline-start-color: CanvasText;
      }
    }
  `,
];
