import {css} from 'lit';
import {themeStyles} from '../theme.styles.js';

export default [
  themeStyles,
  css`
    :host {
      display: block;
    }

    .base {
      display: grid;
      gap: var(--_space);
      color: var(--_text);
    }

    .document {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      min-inline-size: 0;
    }

    .title {
      margin: 0;
      font-size: 1.125em;
      font-weight: 700;
      line-height: 1.35;
      overflow-wrap: anywhere;
    }

    .notice {
      margin: 0;
      padding-block: 0.25em;
      padding-inline: 0.75em 0;
      border-inline-start: 4px solid var(--_primary);
    }

    .why {
      display: inline-block;
      min-block-size: 24px;
      color: var(--_link);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }

    .meta {
      margin: 0;
      color: var(--_muted);
    }

    .controls {
      display: grid;
      gap: 0.25em;
      min-inline-size: 0;
    }

    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    }

    label {
      font-weight: 600;
    }

    .select {
      max-inline-size: 100%;
      min-block-size: 2.75rem;
      padding: 0.25em 0.5em;
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) / 2);
    }

    .count {
      color: var(--_muted);
      font-size: 0.875em;
    }

    .download {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75rem;
      padding: 0.5em 1em;
      border: 2px solid transparent;
      border-radius: calc(var(--_radius) / 2);
      background: var(--_primary);
      color: var(--_on-primary);
      font-weight: 600;
      text-decoration: underline;
      text-underline-offset: 0.2em;
    }

    .download:hover {
      text-decoration-thickness: 2px;
    }

    @media (forced-colors: active) {
      .download {
        border-color: LinkText;
      }

      .select {
        border-color: ButtonText;
      }
    }
  `,
];
