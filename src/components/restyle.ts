import type {CSSResultOrNative, LitElement} from 'lit';

/** The widgets' style sheets made again in another window, for the documents of that window (see `adoptedCallback`). */
const sheetsOfWindow = new WeakMap<object, Map<CSSResultOrNative, CSSStyleSheet>>();

/** `style` as a sheet made in `view`, which only that window's documents may adopt. */
function sheetIn(view: typeof globalThis, style: CSSResultOrNative): CSSStyleSheet {
  let sheets = sheetsOfWindow.get(view);
  if (!sheets) sheetsOfWindow.set(view, (sheets = new Map()));
  let sheet = sheets.get(style);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText);
    sheets.set(style, sheet);
  }
  return sheet;
}

/**
 * Gives `element`'s shadow root its styles again after a move into another document: Lit's own sheets in the page's
 * window, sheets made in the new document's window anywhere else.
 */
export function restyle(element: LitElement): void {
  const root = element.shadowRoot;
  const view = element.ownerDocument.defaultView as (typeof globalThis) | null;
  const styles = (element.constructor as typeof LitElement).elementStyles;
  if (!root || !view) return;
  // Back in the page's window, Lit's own sheets (made there) apply again; a type-only import of Lit keeps this module
  // loadable on its own, without the entry.
  if (view === globalThis) root.adoptedStyleSheets = styles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
  else root.adoptedStyleSheets = styles.map((style) => sheetIn(view, style));
}
