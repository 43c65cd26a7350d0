import {canonicalLang} from '../data/text.js';
import {primaryLanguage} from './negotiate.js';

/** Languages tried, in this order, when neither the page's nor the reader's languages exist for a document. */
export const DOCUMENT_FALLBACK_LANGUAGES = ['en', 'fr', 'de'] as const;

/** The languages a reader may want a document in, strongest first. */
export interface LanguageCandidates {
  /** The integrator's choice (`document-lang`). */
  preferred?: string | null;
  /** The page's language. */
  page?: string | null;
  /** The reader's browser languages (`navigator.languages`). */
  browser?: readonly string[];
}

/** The tag in `available` that serves `tag`: the same tag, else the same primary language. */
export function matchLanguage(available: readonly string[], tag: string | null | undefined): string | undefined {
  const canonical = canonicalLang(tag);
  const primary = primaryLanguage(canonical);
  return (
    canonical &&
    ([canonical, primary].find((lang) => available.includes(lang!)) ?? available.find((lang) => primaryLanguage(lang) === primary))
  );
}

/**
 * Chooses the language to show a document in, from the languages it exists in: the preferred language, else the
 * page's, else the first of the browser's languages that exists, else English, French, German, else the first
 * available. Regional tags match their language (`de-AT` gets `de`). Undefined only when nothing is available.
 */
export function chooseDocumentLanguage(available: readonly string[], candidates: LanguageCandidates): string | undefined {
  return (
    [candidates.preferred, candidates.page, ...(candidates.browser ?? []), ...DOCUMENT_FALLBACK_LANGUAGES]
      .map((tag) => matchLanguage(available, tag))
      .find(Boolean) ?? available[0]
  );
}

