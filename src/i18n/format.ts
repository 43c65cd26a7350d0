import {reportMissing} from '../data/log.js';

/**
 * Number, size, date and language-name formatting for the widgets, built on `Intl` and cached per locale and
 * options, so that rendering a thousand widgets does not build a thousand formatters.
 */
interface Formatters {
  NumberFormat: Intl.NumberFormat;
  DateTimeFormat: Intl.DateTimeFormat;
  DisplayNames: Intl.DisplayNames;
  PluralRules: Intl.PluralRules;
}

const cache = new Map<string, Formatters[keyof Formatters]>();

/**
 * `Intl`'s formatter of `kind` for `locale` and `options`; undefined where this browser lacks it or it throws (a page
 * that deleted or replaced it), with one warning per page: the caller writes its value plainly then.
 */
function formatter<K extends keyof Formatters>(kind: K, locale: string, options: object): Formatters[K] | undefined {
  const key = kind + locale + JSON.stringify(options);
  let made = cache.get(key) as Formatters[K] | undefined;
  try {
    // No prototype: `Intl` reads options it was not given (`type`, `style`) from a polluted `Object.prototype`.
    if (!made) cache.set(key, (made = new (Intl[kind] as unknown as new (locale: string, options: object) => Formatters[K])(locale, Object.assign(Object.create(null) as object, options))));
  } catch {
    reportMissing(`Intl.${kind}`);
  }
  return made;
}

export type Notation = 'standard' | 'compact';

/** A whole number in the locale's way: 12,000 (en), 12.000 (de), 12 000 (fr, bg); `compact` gives 12K. */
export function formatNumber(value: number, locale: string, notation: Notation = 'standard'): string {
  return formatter('NumberFormat', locale, {notation, maximumFractionDigits: notation === 'compact' ? 1 : 0})?.format(value) ?? String(value);
}

/**
 * The plural category of a count in the locale (CLDR's `zero`, `one`, `two`, `few`, `many` or `other`), which
 * chooses the form of a message with that count. Portuguese counts as in Portugal (`pt-PT`: 0 is plural).
 */
export const pluralCategory = (count: number, locale: string): Intl.LDMLPluralRule =>
  formatter('PluralRules', european(locale), {})?.select(count) ?? 'other';

/** The EU's Portuguese is Portugal's: `pt-PT` for the `Intl` data whose Brazilian default differs (plurals, names). */
const european = (locale: string) => (locale == 'pt' ? 'pt-PT' : locale);

/** A file size in the locale's way, in bytes, kB (1 kB = 1024 bytes, as the Alliance's pages count) or MB. */
export function formatFileSize(bytes: number, locale: string): string {
  // Under 1 kB in bytes: a size of a few bytes would show as "0 kB".
  const power = bytes < 1024 ? 0 : bytes < 1024 * 1024 ? 1 : 2;
  const size = bytes / 1024 ** power;
  return (
    formatter('NumberFormat', locale, {style: 'unit', unit: ['byte', 'kilobyte', 'megabyte'][power], unitDisplay: 'short', maximumFractionDigits: 2})?.format(size) ??
    `${Math.round(size * 100) / 100} ${['B', 'kB', 'MB'][power]}`
  );
}

/** A `YYYY-MM-DD` (or `YYYY-MM`) date in full, or its month, as the locale writes it; anything else as it is. */
function formatIsoDate(iso: string, locale: string, day: boolean): string {
  const match = /^(\d{4})-(\d\d)(?:-(\d\d))?$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(+match[1]!, +match[2]! - 1, +(match[3] ?? 1)));
  const supplement = supplementFor(locale);
  if (supplement) {
    const month = supplement.months[date.getUTCMonth()]!;
    return day ? supplement.longDate(date.getUTCDate(), month, date.getUTCFullYear()) : `${month} ${date.getUTCFullYear()}`;
  }
  return formatter('DateTimeFormat', locale, day ? {dateStyle: 'long', timeZone: 'UTC'} : {year: 'numeric', month: 'long', timeZone: 'UTC'})?.format(date) ?? iso;
}

/** A `YYYY-MM-DD` date as the locale writes it in full: "12 October 2022", "12. Oktober 2022". */
export const formatDate = (iso: string, locale: string): string => formatIsoDate(iso, locale, true);

/** A `YYYY-MM` month as the locale writes it: "October 2022", "Oktober 2022". */
export const formatMonth = (iso: string, locale: string): string => formatIsoDate(iso, locale, false);

/**
 * Chromium ships without `Intl` data for Irish and Maltese (it formats their dates in English and does not know
 * their names), so these two languages carry their CLDR autonyms here, and their month names and long date pattern
 * in a small chunk loaded with their translations (`loadDateSupplement`). Other engines, and Chromium for the other
 * 22 languages, use `Intl` itself. Their numbers and units are written as `Intl`'s English ones are (CLDR: decimal
 * point, comma grouping).
 */
export interface DateSupplement {
  months: string[];
  longDate: (day: number, month: string, year: number) => string;
  /** The names of the EU's languages in this language, as in running text. */
  names: Record<string, string>;
}

const AUTONYMS: Record<string, string> = {ga: 'Gaeilge', mt: 'Malti'};
const dateLoaders: Record<string, () => Promise<{default: DateSupplement}>> = {
  ga: () => import('./dates/ga.js'),
  mt: () => import('./dates/mt.js'),
};
const dates = new Map<string, DateSupplement>();

/**
 * Whether this browser's `Intl` lacks `locale`'s language, so that the supplement stands in for it. Tags are lower
 * case here, as the widgets' languages and the data's (`canonicalLang`) are.
 */
function lacks(locale: string): string | undefined {
  const language = locale.split('-')[0]!;
  try {
    return AUTONYMS[language] && !Intl.DateTimeFormat.supportedLocalesOf(language).length ? language : undefined;
  } catch {
    // No `Intl.DateTimeFormat` at all (see `formatter`): its dates are written as numbers.
    return undefined;
  }
}

function supplementFor(locale: string): DateSupplement | undefined {
  const language = lacks(locale);
  return language ? dates.get(language) : undefined;
}

/**
 * Loads the month names of `locale` when this browser's `Intl` lacks them (Irish and Maltese in Chromium); the
 * widgets' translations for a language load it with them. Resolves at once for every other language.
 */
export async function loadDateSupplement(locale: string): Promise<void> {
  const language = lacks(locale);
  if (language && !dates.has(language)) dates.set(language, (await dateLoaders[language]!()).default);
}

/** Takes the month names of `language` (Irish, Maltese) from the file of its translations, where it holds them. */
export function addDateSupplement(language: string, supplement: DateSupplement): void {
  dates.set(language, supplement);
}

/**
 * The name of language `lang` in `locale`, as running text writes it ("anglais" in French, "Englisch" in German),
 * once `locale`'s translations are loaded; `lang` itself when it has none.
 */
export function languageName(lang: string, locale: string): string {
  const language = lacks(locale);
  const primary = lang.split('-')[0]!;
  return (language && (primary == language ? AUTONYMS[language] : dates.get(language)?.names[primary])) || displayName(lang, locale);
}

/** `Intl`'s name of `lang`, without extensions or private use, which `of` refuses; the tag itself where it has none. */
function displayName(lang: string, locale: string): string {
  try {
    return runningText(formatter('DisplayNames', european(locale), {type: 'language', fallback: 'code'})?.of(new Intl.Locale(lang).baseName), locale) || lang;
  } catch {
    return lang;
  }
}

/**
 * WebKit's `Intl.DisplayNames` (WebKitGTK 2.50 with the system's ICU) gives the form CLDR writes for a menu, not for
 * running text, in the languages whose CLDR data capitalises language names only there: "Francouzština" where
 * Chromium and Firefox write "francouzština". In these languages a language's name in running text starts in lower
 * case in every engine, so the first letter is lowered whatever the engine gave.
 */
const MENU_CAPITALISED = ['cs', 'es', 'hr', 'it', 'pt', 'sk', 'sv'];
function runningText(name: string | undefined, locale: string): string | undefined {
  return name && MENU_CAPITALISED.includes(locale.split('-')[0]!) ? name.charAt(0).toLocaleLowerCase(locale) + name.slice(1) : name;
}

/** A language's own name, as a language menu lists it, with a capital initial: "Čeština", "Deutsch", "Malti". */
export function languageAutonym(lang: string): string {
  const name = languageName(lang, lang);
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/**
 * How a widget names a language other than the reader's: in the reader's language, with the language's own name
 * beside it, "French (Français)", so that a reader knows it and finds it in a language menu. `own` marks up the
 * own name (with its `lang`) as the caller writes markup: the widgets' templates, the snippets' fallback content.
 */
export function languageWithAutonym<T>(lang: string, locale: string, own: (autonym: string) => T): [string, T, string] {
  return [`${languageName(lang, locale)} (`, own(languageAutonym(lang)), ')'];
}

/**
 * Builds the formatters that widgets in `locale` need in their first render (numbers, plural rules, language names),
 * while that language's file is on its way: the first language name alone takes `Intl` some 50 ms on a desktop, four
 * times that on a phone, which the wait for the file would otherwise leave unused.
 */
export function prepareFormatters(locale: string): void {
  formatNumber(0, locale);
  pluralCategory(0, locale);
  languageName(locale, locale);
}
