/** An attribute of the snippet's element: a name and a value, or `true` for a boolean attribute. */
export type Attribute = readonly [name: string, value: string | true];

/** Escapes text for a double-quoted HTML attribute value, so that no value can end the attribute or the tag. */
export function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

export interface SnippetOptions {
  /** Address of the built `cohesion-alliance.js`. */
  scriptUrl: string;
  tag: string;
  attributes: readonly Attribute[];
  /** The language shown in the preview; the snippet reminds that the widget takes it from the page. */
  lang?: string;
}

/**
 * The HTML an integrator pastes: the module script that registers the widgets, then the element with its
 * attributes, every value escaped.
 */
export function buildSnippet({scriptUrl, tag, attributes, lang}: SnippetOptions): string {
  const attributeText = attributes
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const lines = [`<script type="module" src="${escapeAttribute(scriptUrl)}"></script>`];
  if (lang && lang !== 'en') {
    lines.push(`<!-- The widget speaks the language of your page, set in <html lang="${escapeAttribute(lang)}">. -->`);
  }
  lines.push(`<${tag}${attributeText}></${tag}>`);
  return lines.join('\n');
}
