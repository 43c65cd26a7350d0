import {css, themeStyles} from '../theme.styles.js';

export default [
  themeStyles,
  css`
    :host {
      display: block;
    }

    /* The text colour and resets come from the theme. */
    [part='base'] {
      padding: var(--_sp);
      background: var(--_s);
      border: 1px solid var(--_bd);
      border-radius: var(--_r);
    }

    * {
      margin: 0;
    }

    dl {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--cohesion-counter-column-width, 11rem)), 1fr));
      gap: var(--_sp);
    }

    /* A subgrid lines up the values of one row at their baseline, however many lines a label or a "more than" takes. */
    [part='figure'] {
      display: grid;
      grid-row: span 2;
      grid-template-rows: subgrid;
      row-gap: 0.25rem;
      min-inline-size: 0;
    }

    dd {
      grid-row: 1;
      align-self: end;
      position: relative;
      color: var(--_p);
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
      color: var(--_mu);
      font-size: max(1rem, 0.45em);
      font-weight: 600;
      line-height: 1.5;
    }

    /* A qualifier before the number takes its own line, so the count and the final figure wrap alike. */
    .qualifier:first-child {
      display: block;
    }

    dt {
      grid-row: 2;
      font-weight: 600;
      overflow-wrap: break-word;
      hyphens: auto;
    }

    /*
     * While counting (the count follows the final figure), the final figure keeps its place invisibly (and stays
     * what screen readers read); the count ([aria-hidden]) is drawn over it, out of the flow, so nothing around it
     * moves. Printed, the final figure shows.
     */
    @media not print {
      .final:not(:last-child) {
        opacity: 0;
      }
    }

    [aria-hidden] {
      position: absolute;
      inset: 0;
    }

    p {
      margin-top: var(--_sp);
      color: var(--_mu);
      font-size: 0.875em;
    }

    @media print {
      [aria-hidden] {
        display: none;
      }
    }
  `,
];
