import {css, themeStyles} from '../theme.styles.js';

/*
 * Each size is a fixed box in em (of the host's font size), so the page around the badge does not move when it
 * upgrades, changes language or loads its count, and the box grows with the reader's text size. Each box holds
 * three lines of wording and one of count in a wide font, room enough for the longest translations.
 *
 * Internal tokens, set on the host (so that a page's own custom properties cannot leak in): --_b background, --_c
 * text, --_m count, --_o the emblem disc's outline; per size --_g gap, --_e emblem, --_l label and --_n count font
 * size. --_d (disc) and --_y (stars, ring) are set on the emblem itself.
 */
export default [
  themeStyles,
  css`
    :host {
      --_b: var(--cohesion-badge-background, var(--_p));
      --_c: var(--cohesion-badge-color, var(--_op));
      --_m: var(--_c);
      --_o: transparent;
      --_g: var(--cohesion-badge-gap, calc(var(--_sp) * 0.5));
      --_e: 2.75em;
      --_l: 0.9375em;
      --_n: 0.8125em;
      display: inline-block;
      vertical-align: middle;
      inline-size: 17em;
      block-size: 6em;
    }

    :host([size='s']) {
      --_g: var(--cohesion-badge-gap, calc(var(--_sp) * 0.375));
      --_e: 2em;
      --_l: 0.8125em;
      --_n: 0.75em;
      inline-size: 14em;
      block-size: 5.25em;
    }

    :host([size='l']) {
      --_g: var(--cohesion-badge-gap, calc(var(--_sp) * 0.75));
      --_e: 3.75em;
      --_l: 1.125em;
      --_n: 0.9375em;
      inline-size: 21em;
      block-size: 7.25em;
    }

    :host([variant='supporter']) {
      --_b: var(--cohesion-badge-background, var(--_s));
      --_c: var(--cohesion-badge-color, var(--_t));
      --_m: var(--cohesion-badge-color, var(--_mu));
      --_o: var(--_bd);
    }

    /* Above the theme's colour on [part~='base']. */
    [part='base'] {
      display: flex;
      align-items: center;
      gap: var(--_g);
      inline-size: 100%;
      block-size: 100%;
      padding: var(--_g);
      border: 2px solid var(--cohesion-badge-border-color, var(--_p));
      border-radius: var(--cohesion-badge-radius, var(--_r));
      background: var(--_b);
      color: var(--_c);
      text-decoration: none;
    }

    /* A ring in the badge's background between the outline and the badge, so focus shows on any host colour. */
    a:focus-visible {
      box-shadow: 0 0 0 2px var(--_s);
    }

    svg {
      --_d: var(--cohesion-badge-emblem-background, #003399);
      --_y: var(--cohesion-badge-emblem-color, #ffcc00);
      flex: none;
      inline-size: var(--_e);
      block-size: var(--_e);
    }

    circle {
      fill: var(--_d);
      stroke: var(--_o);
      stroke-width: 1.5;
    }

    circle + circle {
      fill: none;
      stroke: var(--_y);
      stroke-width: 1.25;
    }

    path {
      fill: var(--_y);
    }

    /* Label and count in a column; their text styles are set here, where ::part(base) rules cannot reach them. */
    a > span {
      display: flex;
      flex-direction: column;
      flex: 1;
      min-inline-size: 0;
      line-height: 1.2;
      overflow-wrap: break-word;
      hyphens: auto;
    }

    [part='label'] {
      font-size: var(--_l);
      font-weight: 700;
      text-wrap: balance;
    }

    [part='count'] {
      font-size: var(--_n);
      color: var(--_m);
      margin-block-start: 0.2em;
    }

    a:hover [part='label'] {
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }

    @media (forced-colors: active) {
      :host {
        --_b: Canvas;
        --_c: LinkText;
      }

      [part='base'] {
        border-color: LinkText;
      }

      svg {
        --_d: Canvas;
        --_o: LinkText;
        --_y: LinkText;
        forced-color-adjust: none;
      }
    }
  `,
];
