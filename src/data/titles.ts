import {report} from './log.js';
import {own, type AllianceDocument, type DocumentEdition} from './model.js';

/** A language's documents as the Alliance published them: each one's title (where given) and its PDF's size in KB. */
export type Published = Record<string, {title?: string; kilobytes: number}>;

// The Alliance's document titles and sizes, one small chunk per language, so that a page downloads only the
// languages it shows.
const loaders: Record<string, () => Promise<{default: Published}>> = {
  cs: () => import('./titles/cs.js'),
  da: () => import('./titles/da.js'),
  de: () => import('./titles/de.js'),
  el: () => import('./titles/el.js'),
  en: () => import('./titles/en.js'),
  es: () => import('./titles/es.js'),
  et: () => import('./titles/et.js'),
  fi: () => import('./titles/fi.js'),
  fr: () => import('./titles/fr.js'),
  hr: () => import('./titles/hr.js'),
  hu: () => import('./titles/hu.js'),
  it: () => import('./titles/it.js'),
  lt: () => import('./titles/lt.js'),
  lv: () => import('./titles/lv.js'),
  mt: () => import('./titles/mt.js'),
  nl: () => import('./titles/nl.js'),
  pl: () => import('./titles/pl.js'),
  pt: () => import('./titles/pt.js'),
  ro: () => import('./titles/ro.js'),
  sk: () => import('./titles/sk.js'),
  sl: () => import('./titles/sl.js'),
  sv: () => import('./titles/sv.js'),
};

/** The languages the embedded documents have titles in. */
export const TITLE_LANGUAGES: readonly string[] = /* @__PURE__ */ Object.keys(loaders);

/**
 * The sizes (in KB, by language) of the documents the Alliance published with no title in any language: a few
 * numbers, carried in the code, so that showing such a document loads no titles.
 */
const UNTITLED = new Map<string, Record<string, number>>([
  ['letter-charles-michel', {de: 212.96, es: 211.39, fi: 209.15, fr: 213.87, it: 211.73, pt: 210.78, sv: 210.65}],
]);

/** Whether showing a document in some language can use titles loaded with `loadTitles`. */
export const hasEmbeddedTitles = (documentId: string): boolean => !UNTITLED.has(documentId);

const primary = (lang: string) => lang.split('-')[0]!.toLowerCase();

const loaded = new Map<string, Published>();
const pending = new Map<string, Promise<void>>();
/** The language files loaded so far (in the self-contained files), each with the titles it brings. */
let carried: Promise<unknown> = Promise.resolve();

/**
 * Takes the titles that a language's file brings (`titles`: by language, its own and, in a language with no
 * documents, those of the language its readers most likely get them in), once it has loaded; titles asked for
 * meanwhile wait for it, and load on their own only when it did not bring them.
 */
export function titlesFrom(file: Promise<{titles?: Record<string, Published>}>): void {
  const brought = file.then(
    (module) => Object.entries(module.titles ?? {}).forEach(([lang, titles]) => loaded.set(lang, titles)),
    () => undefined,
  );
  carried = Promise.all([carried, brought]);
}

/**
 * Loads the embedded titles and sizes in `langs` (each language once per page); resolves when they are there or
 * failed.
 */
export function loadTitles(langs: Iterable<string>): Promise<void> {
  const waits: Promise<void>[] = [];
  for (const lang of new Set([...langs].map(primary))) {
    const load = loaders[lang];
    if (!load || loaded.has(lang)) continue;
    let wait = pending.get(lang);
    if (!wait) {
      wait = carried
        .then(() => loaded.get(lang) ?? load().then((module) => module.default))
        .then((titles) => void loaded.set(lang, titles))
        .catch(() => report('titles', lang))
        .finally(() => pending.delete(lang));
      pending.set(lang, wait);
    }
    waits.push(wait);
  }
  return Promise.all(waits).then(() => undefined);
}

/** The embedded title of a document in a language, once `loadTitles` has loaded that language. */
export function embeddedTitle(documentId: string, lang: string): string | undefined {
  return own(loaded.get(primary(lang))?.[documentId], 'title');
}

/**
 * A document's title as published, for its version `edition`, and the language it is written in: the version's
 * own, else the one the Alliance published in its language (once `loadTitles` has loaded that language), else the
 * document's fallback title. Both undefined when the document has no title at all.
 */
export function documentTitle(document: AllianceDocument, edition: DocumentEdition): [title?: string, lang?: string] {
  const title = own(edition, 'title') ?? embeddedTitle(document.id, edition.lang);
  const fallback = own(document, 'fallbackTitle');
  return title !== undefined ? [title, edition.lang] : fallback !== undefined ? [fallback, own(document, 'fallbackTitleLang')] : [];
}

/**
 * The size in bytes of a language version of a document: its own, else, for a PDF in a language the Alliance
 * published it in, the size the Alliance gives (once `loadTitles` has loaded that language).
 */
export function editionBytes(documentId: string, edition: DocumentEdition): number | undefined {
  const kilobytes =
    edition.format === 'PDF' ? (loaded.get(edition.lang)?.[documentId]?.kilobytes ?? UNTITLED.get(documentId)?.[edition.lang]) : undefined;
  return own(edition, 'bytes') ?? (kilobytes && Math.round(kilobytes * 1024));
}
