import type {LanguageFile} from '../i18n/language-files.js';

/**
 * The self-contained files' language files, in place of `src/i18n/language-files.ts`: one file per language,
 * English included (`src/cdn/locales/`), with the translations, the document titles its readers get and, for Irish
 * and Maltese, the month names, so that a page loads the bundle and its language's file, and nothing else, before
 * its widgets render.
 */
export const ONE_FILE_PER_LANGUAGE: boolean = true;

// Written out so that the bundler emits one file for each.
export const LANGUAGE_FILES: Record<string, () => Promise<LanguageFile>> = {
  bg: () => import('./locales/bg.js'),
  cs: () => import('./locales/cs.js'),
  da: () => import('./locales/da.js'),
  de: () => import('./locales/de.js'),
  el: () => import('./locales/el.js'),
  en: () => import('./locales/en.js'),
  es: () => import('./locales/es.js'),
  et: () => import('./locales/et.js'),
  fi: () => import('./locales/fi.js'),
  fr: () => import('./locales/fr.js'),
  ga: () => import('./locales/ga.js'),
  hr: () => import('./locales/hr.js'),
  hu: () => import('./locales/hu.js'),
  it: () => import('./locales/it.js'),
  lt: () => import('./locales/lt.js'),
  lv: () => import('./locales/lv.js'),
  mt: () => import('./locales/mt.js'),
  nl: () => import('./locales/nl.js'),
  pl: () => import('./locales/pl.js'),
  pt: () => import('./locales/pt.js'),
  ro: () => import('./locales/ro.js'),
  sk: () => import('./locales/sk.js'),
  sl: () => import('./locales/sl.js'),
  sv: () => import('./locales/sv.js'),
};
