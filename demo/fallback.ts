/**
 * What a snippet writes inside each widget's tag for readers without JavaScript: the badge's link, the counter's
 * figures as text, the declaration's link, the documents' links. Once the widget runs it hides this content, and
 * the widget shows what it shows without it: the badge takes its link's address and text where they are the
 * integrator's own, and otherwise the link is marked `data-fallback`, so that the badge keeps its own wording in the
 * language of its place; the document picker's links carry no `hreflang`, so that it does not read them as versions of its documents.
 */
import {alliancePageUrl, SUPPORTER_CATEGORIES, type AllianceDocument, type DocumentEdition, type SupporterCategory} from '../src/data/model.js';
import {SNAPSHOT} from '../src/data/snapshot.js';
import {documentTitle, loadTitles} from '../src/data/titles.js';
import {chooseDocumentLanguage, matchLanguage} from '../src/i18n/choose.js';
import {formatMonth, formatNumber, languageWithAutonym, loadDateSupplement, type Notation} from '../src/i18n/format.js';
import {around, SLOT} from '../src/i18n/sentence.js';
import type {Attribute, Markup} from './snippet.js';
import type {WidgetText} from './widget-texts.js';

/** The version of `document` a widget shows on a page in `lang` (or in `documentLang`, when the integrator chose one). */
function shownEdition(document: AllianceDocument, lang: string, documentLang?: string): DocumentEdition {
  const shown = chooseDocumentLanguage(
    document.editions.map((e) => e.lang),
    {preferred: documentLang, page: lang},
  );
  return document.editions.find((e) => e.lang === shown)!;
}

const loadedTitles = new Set<string>();

/** Whether the document titles shown on a page in `lang` are loaded. */
export const hasTitles = (lang: string): boolean => loadedTitles.has(lang);

/** Loads what the fallback needs in `lang` beside the widgets' texts: document titles and month names. */
export async function loadFallbackData(lang: string): Promise<void> {
  await Promise.all([loadTitles([lang, ...SNAPSHOT.documents.map((d) => shownEdition(d, lang).lang)]), loadDateSupplement(lang)]);
  loadedTitles.add(lang);
}

/**
 * The title, as published, that the document picker shows for `document` on a page in `lang`, with the language it
 * is written in: the snippet's fallback and the configurator's list of documents show the same.
 */
export function shownTitle(document: AllianceDocument, lang: string, documentLang?: string): {text: string; lang: string} {
  const [text = document.id, titleLang = 'en'] = documentTitle(document, shownEdition(document, lang, documentLang));
  return {text, lang: titleLang};
}

/** Markup for a language named in another: in the reader's language, with its own name (and `lang`) beside it. */
const namedLanguage = (lang: string, locale: string): Markup[] =>
  languageWithAutonym(lang, locale, (autonym): Markup => ({tag: 'span', attributes: [['lang', lang]], children: [autonym]}));

/** A widget's sentence with the markup `inner` where the translation puts its placeholder. */
const sentence = (texts: WidgetText, id: string, inner: Markup[]): Markup[] => around(texts(id, SLOT), inner).flat();

const value = (attributes: readonly Attribute[], name: string) => {
  const found = attributes.find(([n]) => n === name)?.[1];
  return typeof found === 'string' ? found : undefined;
};

export interface FallbackContext {
  /** The language of the integrator's page. */
  lang: string;
  texts: WidgetText;
  attributes: readonly Attribute[];
}

/** The join badge: one link, with the badge's text and address. */
function badge({lang, texts, attributes}: FallbackContext): Markup[] {
  const text = value(attributes, 'label') ?? texts(value(attributes, 'variant') === 'supporter' ? 'badge.supporter' : 'badge.join');
  const href = value(attributes, 'href');
  // A link with the integrator's own text or address is the badge's label and address; the default one is a fallback.
  const fallback: Attribute[] = value(attributes, 'label') === undefined && href === undefined ? [['data-fallback', true]] : [];
  return [{tag: 'a', attributes: [...fallback, ['href', href ?? alliancePageUrl(lang)]], children: [text]}];
}

/** The supporter counter: its figures as a description list, and the month they date from. */
function counter({lang, texts, attributes}: FallbackContext): Markup[] {
  const chosen = value(attributes, 'categories')?.split(' ') ?? SUPPORTER_CATEGORIES;
  const notation = (value(attributes, 'notation') ?? 'standard') as Notation;
  const figures = SNAPSHOT.supporters.figures.filter((figure) => chosen.includes(figure.category));
  const items = figures.flatMap((figure): Markup[] => {
    const number = formatNumber(figure.value, lang, notation);
    return [
      {tag: 'dt', children: [texts(`counter.${figure.category satisfies SupporterCategory}`)]},
      {tag: 'dd', children: [figure.lowerBound ? texts('counter.lowerBound', number) : number]},
    ];
  });
  return [
    {tag: 'dl', children: items},
    {tag: 'p', children: [texts('counter.asOf', formatMonth(SNAPSHOT.supporters.asOf, lang))]},
  ];
}

const editionsOf = (id: string) => SNAPSHOT.documents.find((document) => document.id === id)?.editions ?? [];

/** The declaration summary: its heading, and the link to the full text in the page's language or the nearest. */
function summary({lang, texts, attributes}: FallbackContext): Markup[] {
  const editions = editionsOf(SNAPSHOT.declaration.documentId);
  const shown = chooseDocumentLanguage(
    editions.map((e) => e.lang),
    {page: lang},
  )!;
  const href = editions.find((e) => e.lang === shown)!.href;
  const read = shown === lang ? [texts('declaration.read')] : sentence(texts, 'declaration.readIn', namedLanguage(shown, lang));
  const link: Attribute[] = [['href', href]];
  if (shown !== lang) link.push(['hreflang', shown]);
  return [
    {tag: `h${value(attributes, 'heading-level') ?? '2'}`, children: [texts('declaration.heading')]},
    {tag: 'p', children: [{tag: 'a', attributes: link, children: read}]},
  ];
}

/**
 * The document picker: for each document, a group with its title and the link to its version in the language the
 * widget would show, which leads to the Alliance's page in that language (the page gives no file addresses).
 */
function picker({lang, texts, attributes}: FallbackContext): Markup[] {
  const ids = value(attributes, 'documents')?.split(' ') ?? SNAPSHOT.documents.map((d) => d.id);
  const level = `h${value(attributes, 'heading-level') ?? '3'}`;
  return ids.map((id): Markup => {
    const document = SNAPSHOT.documents.find((d) => d.id === id)!;
    const available = document.editions.map((e) => e.lang);
    const edition = shownEdition(document, lang, value(attributes, 'document-lang'));
    const shown = edition.lang;
    const title = shownTitle(document, lang, value(attributes, 'document-lang'));
    const heading: Markup = {tag: level, attributes: [['lang', title.lang]], children: [title.text]};
    const children: Markup[] = [heading];
    if (!matchLanguage(available, lang)) {
      children.push({tag: 'p', children: [`${texts('picker.notAvailable')} `, ...sentence(texts, 'picker.shownInstead', namedLanguage(shown, lang))]});
    }
    // No `hreflang`: the widget would read the link as a version of the document, and a page is not the file
    // (its format would read as HTML, its size as unknown). The link is for readers only.
    children.push({tag: 'p', children: [{tag: 'a', attributes: [['href', edition.href]], children: [texts('picker.fromPage')]}]});
    return {tag: 'section', attributes: [['data-document', id]], children};
  });
}

const FALLBACKS: Record<string, (context: FallbackContext) => Markup[]> = {
  'cohesion-join-badge': badge,
  'cohesion-supporter-counter': counter,
  'cohesion-declaration-summary': summary,
  'cohesion-document-picker': picker,
};

/** The content a snippet writes inside `tag` for readers without JavaScript. */
export function fallbackFor(tag: string, context: FallbackContext): Markup[] {
  return FALLBACKS[tag]?.(context) ?? [];
}

/** The Alliance's page in `lang`, where an image badge leads by default. */
export {alliancePageUrl};
