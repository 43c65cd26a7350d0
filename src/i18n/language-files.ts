import type {LocaleModule} from '@lit/localize';
import type {Published} from '../data/titles.js';
import type {DateSupplement} from './format.js';

/** What a language's file holds: its translations, and in the self-contained files its titles and month names. */
export type LanguageFile = LocaleModule & {titles?: Record<string, Published>; dates?: DateSupplement};

/**
 * How the build packs the languages. In the ES modules (this file) each language's translations, document titles
 * and month names are modules of their own, for an app's bundler to split as it likes. The self-contained files are
 * built with `src/cdn/language-files.ts` in place of this file: there each language's file, English included, also
 * holds the document titles its readers get and its month names, so that a page loads one file for its language.
 */
export const ONE_FILE_PER_LANGUAGE: boolean = false;

// One lazily loaded chunk per language; written out so every bundler and dev server sees each import.
export const LANGUAGE_FILES: Record<string, () => Promise<LanguageFile>> = {
  bg: () => import('../generated/locales/bg.js'),
  cs: () => import('../generated/locales/cs.js'),
  da: () => import('../generated/locales/da.js'),
  de: () => import('../generated/locales/de.js'),
  el: () => import('../generated/locales/el.js'),
  es: () => import('../generated/locales/es.js'),
  et: () => import('../generated/locales/et.js'),
  fi: () => import('../generated/locales/fi.js'),
  fr: () => import('../generated/locales/fr.js'),
  ga: () => import('../generated/locales/ga.js'),
  hr: () => import('../generated/locales/hr.js'),
  hu: () => import('../generated/locales/hu.js'),
  it: () => import('../generated/locales/it.js'),
  lt: () => import('../generated/locales/lt.js'),
  lv: () => import('../generated/locales/lv.js'),
  mt: () => import('../generated/locales/mt.js'),
  nl: () => import('../generated/locales/nl.js'),
  pl: () => import('../generated/locales/pl.js'),
  pt: () => import('../generated/locales/pt.js'),
  ro: () => import('../generated/locales/ro.js'),
  sk: () => import('../generated/locales/sk.js'),
  sl: () => import('../generated/locales/sl.js'),
  sv: () => import('../generated/locales/sv.js'),
};
