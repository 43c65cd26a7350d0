import type {DataPatch} from './merge.js';
import {isDocumentId, type AllianceDocument, type DocumentEdition} from './model.js';
import {MEDIA_TYPES} from './media-types.js';
import {safeUrl} from './url.js';
import {canonicalLang, FEED_LIMITS} from './text.js';
import {cleanTitle, editionLang} from './validate.js';

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const LINK = 'a[href][hreflang]';

/** Formats named by their media type; any other type gives its subtype when that reads as a format name. */
const FORMATS: Record<string, string> = Object.fromEntries(Object.entries(MEDIA_TYPES).map(([format, type]) => [type, format]));

function formatOf(link: HTMLAnchorElement, href: string): string {
  const type = link.type.trim().toLowerCase().split(';')[0]!.trim();
  // Own keys only: `type="constructor"` must not find Object's.
  if (Object.hasOwn(FORMATS, type)) return FORMATS[type]!;
  const subtype = /^[a-z]+\/([a-z0-9]{1,10})$/.exec(type)?.[1];
  if (subtype) return subtype.toUpperCase();
  const extension = /\.([a-z0-9]{1,10})$/i.exec(new URL(href).pathname)?.[1];
  return extension && extension.toLowerCase() !== 'html' ? extension.toUpperCase() : 'PDF';
}

function readEdition(link: HTMLAnchorElement, base: string): DocumentEdition | undefined {
  const lang = editionLang(link.getAttribute('hreflang'));
  // The attribute as written: `link.href` would already be resolved, and `javascript:` must stay recognisable.
  const href = safeUrl(link.getAttribute('href'), base);
  if (!lang || !href) return undefined;
  const direct = link.type.trim().toLowerCase() !== 'text/html';
  const format = formatOf(link, href);
  const edition: DocumentEdition = {lang, href, direct, format};
  if (direct && MEDIA_TYPES[format]) edition.type = MEDIA_TYPES[format];
  // Decimal digits only: `Number` would also read "0x10" as 16 and "1e3" as 1000.
  // The attribute, not `dataset`, which a polluted `Object.prototype` lends a `bytes` the link does not have.
  const digits = link.getAttribute('data-bytes')?.trim() ?? '';
  const bytes = Number(digits);
  if (/^\d{1,13}$/.test(digits) && bytes > 0 && bytes < 2 ** 40) edition.bytes = bytes;
  return edition;
}

/** The nearest `[data-document]` element between `node` and `root`, or undefined when the node is not grouped. */
function groupOf(node: Element, root: Element): Element | undefined {
  for (let current = node.parentElement; current && current !== root; current = current.parentElement) {
    if (current.hasAttribute('data-document')) return current;
  }
  return undefined;
}

function titleOf(headings: Element[]): Pick<AllianceDocument, 'fallbackTitle' | 'fallbackTitleLang'> {
  for (const heading of headings) {
    const title = cleanTitle(heading.textContent);
    if (title) {
      return {fallbackTitle: title, fallbackTitleLang: canonicalLang(heading.closest('[lang]')?.getAttribute('lang')) ?? 'en'};
    }
  }
  return {};
}

/**
 * Reads the documents a page writes inside a widget, the links that serve readers without JavaScript:
 * each `<a href hreflang>` (with optional `type` and `data-bytes`) is one language version; the links inside an
 * element with `data-document="ID"` form that document, titled by the first heading in it; the links outside any
 * such element form the document `defaultId`, titled by a heading outside any group. Addresses that are not
 * `http:`, `https:` or relative are dropped, as are invalid ids and languages.
 */
export function readLightDom(root: Element, defaultId: string, base: string = root.baseURI): DataPatch {
  const groups = new Map<string, {editions: Map<string, DocumentEdition>; headings: Element[]}>();
  const entry = (id: string) => {
    let group = groups.get(id);
    if (!group) {
      group = {editions: new Map(), headings: []};
      groups.set(id, group);
    }
    return group;
  };
  const idOf = (group: Element | undefined) => (group ? group.getAttribute('data-document')?.trim() : defaultId);

  for (const link of root.querySelectorAll<HTMLAnchorElement>(LINK)) {
    const id = idOf(groupOf(link, root));
    if (!isDocumentId(id)) continue;
    const editions = entry(id).editions;
    const edition = readEdition(link, base);
    // The first link for a language counts, as a reader without JavaScript would see it first.
    if (edition && !editions.has(edition.lang) && editions.size < FEED_LIMITS.maxEditions) editions.set(edition.lang, edition);
  }
  for (const heading of root.querySelectorAll(HEADING)) {
    const id = idOf(groupOf(heading, root));
    if (isDocumentId(id) && groups.has(id)) groups.get(id)!.headings.push(heading);
  }

  const documents: AllianceDocument[] = [...groups]
    .filter(([, group]) => group.editions.size > 0)
    .slice(0, FEED_LIMITS.maxDocuments)
    .map(([id, group]) => ({id, ...titleOf(group.headings), editions: [...group.editions.values()]}));
  return documents.length > 0 ? {documents} : {};
}
