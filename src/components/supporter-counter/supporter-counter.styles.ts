import {css} from 'lit';
import {themeStyles} from '../theme.styles.js';

export default [
  themeStyles,
  css`
    :host {
      display: block;
    }

    .base {
      background: var(--_surface);
      color: var(--_text);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
    }

    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--cohesion-counter-column-width, 11rem)), 1fr));
      gap: var(--_space);
      margin: 0;
    }

    /* A subgrid lines up the values of one row at their baseline, however many lines a label or a "more than" takes. */
    .figure {
      display: grid;
      grid-row: span 2;
      grid-template-rows: subgrid;
      row-gap: 0.25rem;
      min-inline-size: 0;
    }

    .value {
      grid-row: 1;
      align-self: end;
      position: relative;
      margin: 0;
      color: var(--_primary);
      font-size: var(--cohesion-counter-value-size, 2.25rem);
      font-weight: 700;
      line-height: 1.15;
      /* Equal-width digits: the count does not jitter, and never needs more room than the final figure. */
      font-variant-numeric: tabular-nums;
    }

    .number {
      white-space: nowrap;
    }

    .qualifier {
      color: var(--_muted);
      font-size: max(1rem, 0.45em);
      font-weight: 600;
      line-height: 1.5;
    }

    /* A qualifier before the number takes its own line, so the count and the final figure wrap alike. */
    .qualifier:first-child {
      display: block;
    }

    .label {
      grid-row: 2;
      margin: 0;
      font-weight: 600;
      overflow-wrap: break-word;
      hyphens: auto;
    }

    /*
     * While counting, the final figure keeps its place invisibly (and stays what screen readers read); the count is
     * drawn over it, out of the flow, so nothing around it moves.
     */
    .counting .final {
      opacity: 0;
    }

    .count {
      position: absolute;
      inset: 0;
    }

    .date {
      margin: var(--_space) 0 0;
      color: var(--_muted);
      font-size: 0.875em;
    }

    @media print {
      .counting .final {
        opacity: 1;
      }

      .count {
        display: none;
      }
    }
  `,
];
