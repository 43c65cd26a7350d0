/** An attribute of the snippet's element: a name and a value, or `true` for a boolean attribute. */
export type Attribute = readonly [name: string, value: string | true];

/** A piece of markup the configurator writes: text, or an element with its attributes and content. */
export type Markup = string | {tag: string; attributes?: readonly Attribute[]; children?: readonly Markup[]};

/**
 * Text, and elements inside a line of text (a language's name within a sentence), which a line break beside would
 * show as a space.
 */
const inline = (markup: Markup): boolean => typeof markup === 'string' || (markup.tag === 'span' && (markup.children ?? []).every(inline));

/** Elements that have no content and no end tag. */
const VOID = new Set(['img', 'source', 'br']);

/** Escapes text for a double-quoted HTML attribute value, so that no value can end the attribute or the tag. */
export function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** Escapes text for an element's content, so that it stays text. */
export function escapeText(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

const attributeText = (attributes: readonly Attribute[] = []) =>
  attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');

/**
 * `markup` as HTML lines, indented by `depth`: an element whose content is inline (text, a `span`) takes one line, any other
 * opens and closes on lines of its own around its indented content.
 */
export function toHtml(markup: Markup, depth = 0): string[] {
  const indent = '  '.repeat(depth);
  if (typeof markup === 'string') return [indent + escapeText(markup)];
  const open = `<${markup.tag}${attributeText(markup.attributes)}>`;
  if (VOID.has(markup.tag)) return [indent + open];
  const children = markup.children ?? [];
  const close = `</${markup.tag}>`;
  if (children.every(inline)) return [indent + open + children.map((c) => toHtml(c).join('')).join('') + close];
  return [indent + open, ...children.flatMap((child) => toHtml(child, depth + 1)), indent + close];
}

/** `markup` as DOM nodes of `document`, for the preview: the same elements, attributes and text as its HTML. */
export function toNode(markup: Markup): Node {
  if (typeof markup === 'string') return document.createTextNode(markup);
  const node = document.createElement(markup.tag);
  for (const [name, value] of markup.attributes ?? []) node.setAttribute(name, value === true ? '' : value);
  node.append(...(markup.children ?? []).map(toNode));
  return node;
}

export interface SnippetOptions {
  /** Address of the built `cohesion-alliance.js`. */
  scriptUrl: string;
  /**
   * Address of the page language's file beside it (`locales/de.js`): preloaded, so that the browser fetches it with
   * the script rather than after it, and the widget renders one round trip sooner.
   */
  languageFileUrl?: string;
  tag: string;
  attributes: readonly Attribute[];
  /** What readers see inside the tag without JavaScript or before the script loads. */
  fallback?: readonly Markup[];
  /** A comment to write before the element, such as a reminder of the page's language. */
  comment?: string;
}

/**
 * The HTML an integrator pastes: the module script that registers the widgets, a preload of the page language's file,
 * then the element with its attributes and its fallback content, every value escaped.
 */
export function buildSnippet({scriptUrl, languageFileUrl, tag, attributes, fallback = [], comment}: SnippetOptions): string {
  const lines = [`<script type="module" src="${escapeAttribute(scriptUrl)}"></script>`];
  if (languageFileUrl) lines.push(`<link rel="modulepreload" href="${escapeAttribute(languageFileUrl)}">`);
  // A comment's text is not markup and cannot hold "--", which could end it.
  if (comment) lines.push(`<!-- ${comment.replaceAll('--', '—')} -->`);
  lines.push(...toHtml({tag, attributes, children: fallback}));
  return lines.join('\n');
}

export interface ImageBadge {
  /** Where the badge leads. */
  href: string;
  /** The image's address, and for the automatic appearance the dark one's. */
  src: string;
  darkSrc?: string;
  alt: string;
  width: number;
  height: number;
}

/**
 * The image badge's snippet for pages that allow no script: a link around the image, or around a `<picture>`
 * that follows the reader's `prefers-color-scheme` when there is a dark image.
 */
export function imageMarkup({href, src, darkSrc, alt, width, height}: ImageBadge): Markup {
  const img: Markup = {
    tag: 'img',
    attributes: [
      ['src', src],
      ['alt', alt],
      ['width', String(width)],
      ['height', String(height)],
    ],
  };
  const picture: Markup = darkSrc
    ? {
        tag: 'picture',
        children: [
          {
            tag: 'source',
            attributes: [
              ['srcset', darkSrc],
              ['media', '(prefers-color-scheme: dark)'],
            ],
          },
          img,
        ],
      }
    : img;
  return {tag: 'a', attributes: [['href', href]], children: [picture]};
}
