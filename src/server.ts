/**
 * For rendering the widgets on a server with `@lit-labs/ssr`: import the tags (`@cohesion-alliance/widgets`) and
 * await `preloadLanguages()` once, then render. Each widget speaks its own `lang` there (else the language given to
 * `setLocale`, else English), with the embedded data and its final figures.
 */
import {loadTitles, TITLE_LANGUAGES} from './data/titles.js';
import {preloadLocale} from './i18n/localization.js';
import {EU_LANGUAGES} from './i18n/negotiate.js';

export {setLocale} from './i18n/localization.js';

/**
 * Loads what the widgets need to render at once, with nothing left to load, in each of `tags` (BCP 47 tags, by
 * default all 24 languages): their translations, the Irish and Maltese month names, and the documents' titles and
 * sizes in every language. A server awaits it once, before its first render.
 */
export async function preloadLanguages(tags: Iterable<string> = EU_LANGUAGES): Promise<void> {
  await Promise.all([...[...tags].map((tag) => preloadLocale(tag)), loadTitles(TITLE_LANGUAGES)]);
}
