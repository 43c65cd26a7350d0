import {configureLocalization} from '@lit/localize';
import {report} from '../data/log.js';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import {loadDateSupplement} from './format.js';
import {negotiateLanguage, pageLanguage, type EuLanguage} from './negotiate.js';

type TargetLocale = (typeof targetLocales)[number];

// One lazily loaded chunk per language; written out so every bundler and dev server sees each import.
const loaders: Record<TargetLocale, () => Promise<unknown>> = {
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

/** The languages a translation chunk exists for. */
export const TRANSLATED_LOCALES: readonly string[] = /* @__PURE__ */ Object.keys(loaders);

let runtime: ReturnType<typeof configureLocalization> | null | undefined;
let ready: Promise<void> = Promise.resolve();
let requested: string = sourceLocale;

function apply(locale: EuLanguage): Promise<void> {
  if (!runtime || locale === requested) return ready;
  requested = locale;
  const change = runtime.setLocale(locale).catch(() => {
    report('translations', locale, runtime?.getLocale() ?? sourceLocale);
    requested = runtime?.getLocale() ?? sourceLocale;
  });
  ready = change;
  return change;
}

/**
 * Configures `@lit/localize` for the widgets (once per page) and makes them follow the page's language: the
 * `lang` of `<html>` now and whenever it changes, else the browser's languages, else English.
 */
export function startLocalization(): void {
  if (runtime !== undefined) return;
  try {
    runtime = configureLocalization({
      sourceLocale,
      targetLocales,
      // A language's translations come with its month names where the browser lacks them (Irish, Maltese).
      loadLocale: (locale) =>
        Promise.all([loaders[locale as TargetLocale](), loadDateSupplement(locale)]).then(([module]) => module) as ReturnType<
          Parameters<typeof configureLocalization>[0]['loadLocale']
        >,
    });
  } catch {
    runtime = null;
    report('configured');
    return;
  }
  const follow = () => void apply(pageLanguage());
  new MutationObserver(follow).observe(document.documentElement, {attributes: true, attributeFilter: ['lang']});
  window.addEventListener('languagechange', follow);
  follow();
}

/** Resolves when the language last asked for is loaded (or has failed to load). */
export function localeReady(): Promise<void> {
  return ready;
}

/** The language the widgets speak now. */
export function getLocale(): string {
  return runtime?.getLocale() ?? sourceLocale;
}

/**
 * Switches the widgets to a language (any BCP 47 tag: `de-AT` gives German); an unsupported tag gives English.
 * A later change of `<html lang>` switches them again.
 */
export function setLocale(tag: string): Promise<void> {
  startLocalization();
  return apply(negotiateLanguage([tag]));
}
