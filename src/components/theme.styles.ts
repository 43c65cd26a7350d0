import {unsafeCSS, type CSSResult} from 'lit';

/**
 * The widgets' style sheets are constant text, each one literal without interpolations: this `css` tag wraps it
 * as Lit's own does, without Lit's checks of interpolated values.
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);

/**
 * The tokens and resets every widget shares. Each value reads a documented `--cohesion-*` custom property with a
 * fallback; the widget sets its own colours and text metrics so that a host page's dark theme or global rules
 * cannot make it unreadable. A page's global rules (such as `* {color: #fff}`) win over `:host` on the host element
 * itself and then inherit into the shadow tree, so the widget's own box (`part="base"`) repeats the text resets.
 *
 * Internal tokens, set on the host (so that a page's own custom properties cannot leak in), named short because the
 * build's minifier ships custom property names as written: --_s surface, --_t text, --_mu muted text, --_p primary,
 * --_op text on primary, --_a links, --_bd borders, --_f focus ring, --_r radius, --_sp space.
 */
export const themeStyles = css`
  :host {
    --_s: var(--cohesion-color-surface, #ffffff);
    --_t: var(--cohesion-color-text, #1b1b1b);
    --_mu: var(--cohesion-color-muted, #4b4f58);
    --_p: var(--cohesion-color-primary, #003399);
    --_op: var(--cohesion-color-on-primary, #ffffff);
    --_a: var(--cohesion-color-link, #003399);
    --_bd: var(--cohesion-color-border, #8b93a5);
    --_f: var(--cohesion-focus-color, #003399);
    --_r: var(--cohesion-radius, 0.5rem);
    --_sp: var(--cohesion-space, 1rem);
    color-scheme: light;
    box-sizing: border-box;
    font-family: var(--cohesion-font-family, inherit);
    font-size: var(--cohesion-font-size, 1rem);
    max-inline-size: 100%;
  }

  :host,
  [part~='base'] {
    color: var(--_t);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    hyphens: manual;
  }

  :host([hidden]) {
    display: none !important;
  }

  /* The dark palette, stated twice (chosen, and followed from the reader's setting): CSS has no way to name a
     block of declarations, and a template placeholder here would keep the styles from being minified. */
  :host([appearance='dark']) {
    --_s: var(--cohesion-color-surface-dark, #0e1a3c);
    --_t: var(--cohesion-color-text-dark, #f4f6fb);
    --_mu: var(--cohesion-color-muted-dark, #c9d1e3);
    --_p: var(--cohesion-color-primary-dark, #ffcc00);
    --_op: var(--cohesion-color-on-primary-dark, #0e1a3c);
    --_a: var(--cohesion-color-link-dark, #a9c5ff);
    --_bd: var(--cohesion-color-border-dark, #7d8bb0);
    --_f: var(--cohesion-focus-color-dark, #ffcc00);
    color-scheme: dark;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([appearance='light'])) {
      --_s: var(--cohesion-color-surface-dark, #0e1a3c);
      --_t: var(--cohesion-color-text-dark, #f4f6fb);
      --_mu: var(--cohesion-color-muted-dark, #c9d1e3);
      --_p: var(--cohesion-color-primary-dark, #ffcc00);
      --_op: var(--cohesion-color-on-primary-dark, #0e1a3c);
      --_a: var(--cohesion-color-link-dark, #a9c5ff);
      --_bd: var(--cohesion-color-border-dark, #7d8bb0);
      --_f: var(--cohesion-focus-color-dark, #ffcc00);
      color-scheme: dark;
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* Only links, selects and summaries take focus in the widgets (no tabindex, no scrolling boxes). */
  :focus-visible {
    outline: 3px solid var(--_f);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    :host {
      --_s: Canvas;
      --_t: CanvasText;
      --_mu: CanvasText;
      --_p: LinkText;
      --_op: Canvas;
      --_a: LinkText;
      --_bd: CanvasText;
      --_f: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
