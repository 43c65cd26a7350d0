import {css} from 'lit';
import {themeStyles} from '../theme.styles.js';

/*
 * Each size is a fixed box in em (of the host's font size), so the page around the badge does not move when it
 * upgrades, changes language or loads its count, and the box grows with the reader's text size. Each box holds
 * three lines of wording and one of count in a wide font, room enough for the longest translations.
 */
export default [
  themeStyles,
  css`
    :host {
      --_badge-background: var(--cohesion-badge-background, var(--_primary));
      --_badge-color: var(--cohesion-badge-color, var(--_on-primary));
      --_badge-muted: var(--cohesion-badge-color, var(--_on-primary));
      --_badge-border: var(--cohesion-badge-border-color, var(--_primary));
      --_emblem-background: var(--cohesion-badge-emblem-background, #003399);
      --_emblem-color: var(--cohesion-badge-emblem-color, #ffcc00);
      --_emblem-outline: transparent;
      --_badge-radius: var(--cohesion-badge-radius, var(--_radius));
      --_gap: var(--cohesion-badge-gap, calc(var(--_space) * 0.5));
      --_emblem-size: 2.75em;
      --_label-size: 0.9375em;
      --_count-size: 0.8125em;
      display: inline-block;
      vertical-align: middle;
      inline-size: 17em;
      block-size: 6em;
    }

    :host([size='s']) {
      --_emblem-size: 2em;
      --_label-size: 0.8125em;
      --_count-size: 0.75em;
      --_gap: var(--cohesion-badge-gap, calc(var(--_space) * 0.375));
      inline-size: 14em;
      block-size: 5.25em;
    }

    :host([size='l']) {
      --_emblem-size: 3.75em;
      --_label-size: 1.125em;
      --_count-size: 0.9375em;
      --_gap: var(--cohesion-badge-gap, calc(var(--_space) * 0.75));
      inline-size: 21em;
      block-size: 7.25em;
    }

    :host([variant='supporter']) {
      --_badge-background: var(--cohesion-badge-background, var(--_surface));
      --_badge-color: var(--cohesion-badge-color, var(--_text));
      --_badge-muted: var(--cohesion-badge-color, var(--_muted));
      --_emblem-outline: var(--_border);
    }

    .badge {
      display: flex;
      align-items: center;
      gap: var(--_gap);
      inline-size: 100%;
      block-size: 100%;
      padding: var(--_gap);
      border: 2px solid var(--_badge-border);
      border-radius: var(--_badge-radius);
      background: var(--_badge-background);
      color: var(--_badge-color);
      text-decoration: none;
    }

    /* A ring in the badge's background between the outline and the badge, so focus shows on any host colour. */
    .badge:focus-visible {
      box-shadow: 0 0 0 2px var(--_surface);
    }

    .emblem {
      flex: none;
      inline-size: var(--_emblem-size);
      block-size: var(--_emblem-size);
    }

    .disc {
      fill: var(--_emblem-background);
      stroke: var(--_emblem-outline);
      stroke-width: 1.5;
    }

    .ring {
      fill: none;
      stroke: var(--_emblem-color);
      stroke-width: 1.25;
    }

    .stars {
      fill: var(--_emblem-color);
    }

    .text {
      display: flex;
      flex-direction: column;
      flex: 1;
      min-inline-size: 0;
    }

    .label,
    .count {
      display: block;
      line-height: 1.2;
      overflow-wrap: break-word;
      hyphens: auto;
    }

    .label {
      font-size: var(--_label-size);
      font-weight: 700;
      text-wrap: balance;
    }

    .count {
      font-size: var(--_count-size);
      color: var(--_badge-muted);
      margin-block-start: 0.2em;
    }

    .badge:hover .label {
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }

    @media (forced-colors: active) {
      :host {
        --_badge-background: Canvas;
        --_badge-color: LinkText;
        --_badge-muted: LinkText;
        --_badge-border: LinkText;
      }

      .emblem {
        forced-color-adjust: none;
      }

      .disc {
        fill: Canvas;
        stroke: LinkText;
      }

      .ring {
        stroke: LinkText;
      }

      .stars {
        fill: LinkText;
      }
    }
  `,
];
