/// <reference types="vite/client" />
/**
 * What a snippet writes inside each widget's tag for readers without JavaScript: the badge's link, the counter's
 * figures as text, the declaration's link, the documents' links. Once the widget runs it hides this content, and
 * the widget shows what it shows without it: the badge takes its link's address and text, which are its own; the
 * document picker's links carry no `hreflang`, so that it does not read them as versions of its documents.
 */
import {alliancePageUrl, SUPPORTER_CATEGORIES, type SupporterCategory} from '../src/data/model.js';
import {SNAPSHOT} from '../src/data/snapshot.js';
import {formatMonth, formatNumber, languageAutonym, loadDateSupplement, type Notation} from '../src/i18n/format.js';
import type {Attribute, Markup} from './snippet.js';
import type {WidgetText} from './widget-texts.js';

type Published = Record<string, {title?: string}>;
const titleFiles = import.meta.glob<{default: Published}>('../src/data/titles/*.ts');
const titles = new Map<string, Published>();

/** Whether the document titles in `lang` are loaded, or there are none to load. */
export const hasTitles = (lang: string): boolean => titles.has(lang) || !titleFiles[`../src/data/titles/${lang}.ts`];

/** Loads what the fallback needs in `lang` beside the widgets' texts: document titles and month names. */
export async function loadFallbackData(lang: string): Promise<void> {
  const file = titleFiles[`../src/data/titles/${lang}.ts`];
  if (file && !titles.has(lang)) titles.set(lang, (await file()).default);
  await loadDateSupplement(lang);
}

/** The languages tried, after the one asked for, when a document does not exist in it (as the widgets do). */
const FALLBACK_LANGUAGES = ['en', 'fr', 'de'];

function documentLanguage(available: readonly string[], wanted: readonly (string | undefined)[]): string {
  return [...wanted, ...FALLBACK_LANGUAGES].find((lang) => lang && available.includes(lang)) ?? available[0]!;
}

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
  return [{tag: 'a', attributes: [['href', value(attributes, 'href') ?? alliancePageUrl(lang)]], children: [text]}];
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
  const shown = documentLanguage(
    editions.map((e) => e.lang),
    [lang],
  );
  const href = editions.find((e) => e.lang === shown)!.href;
  const read = shown === lang ? texts('declaration.read') : texts('declaration.readIn', languageAutonym(shown));
  const link: Attribute[] = [['href', href]];
  if (shown !== lang) link.push(['hreflang', shown]);
  return [
    {tag: `h${value(attributes, 'heading-level') ?? '2'}`, children: [texts('declaration.heading')]},
    {tag: 'p', children: [{tag: 'a', attributes: link, children: [read]}]},
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
    const shown = documentLanguage(available, [value(attributes, 'document-lang'), lang]);
    const edition = document.editions.find((e) => e.lang === shown)!;
    const own = titles.get(shown)?.[id]?.title;
    const heading: Markup = {
      tag: level,
      attributes: [['lang', own ? shown : (document.fallbackTitleLang ?? 'en')]],
      children: [own ?? document.fallbackTitle ?? id],
    };
    const children: Markup[] = [heading];
    if (!available.includes(lang)) {
      children.push({tag: 'p', children: [`${texts('picker.notAvailable')} ${texts('picker.shownInstead', languageAutonym(shown))}`]});
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
