import type {LocaleModule} from '@lit/localize';
import type {Published} from '../data/titles.js';
import type {DateSupplement} from './format.js';

/** What a language's file holds: its translations, and in the self-contained files its titles and month names. */
export type LanguageFile = LocaleModule & {titles?: Record<string, Published>; dates?: DateSupplement};

/**
 * How the build packs the languages. In the ES modules (false here) each language's translations, document titles
 * and month names are modules of their own, for an app's bundler to split as it likes, and the English texts are in
 * the code. The self-contained files are built with this set to true: there the English texts are a file like every
 * other language's, and each language's file holds the document titles its readers get and its month names too, so
 * that a page loads one file for its language.
 */
export const ONE_FILE_PER_LANGUAGE: boolean = false;

/** The loader of the English texts, where they are a file of their own (see above). */
export const loadEnglish: (() => Promise<LanguageFile>) | undefined = undefined;
