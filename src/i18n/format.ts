/**
 * Number, size, date and language-name formatting for the widgets, built on `Intl` and cached per locale, so
 * that rendering a thousand widgets does not build a thousand formatters.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export type Notation = 'standard' | 'compact';

/** A whole number in the locale's way: 12,000 (en), 12.000 (de), 12 000 (fr, bg); `compact` gives 12K. */
export function formatNumber(value: number, locale: string, notation: Notation = 'standard'): string {
  return cached(`n|${locale}|${notation}`, () =>
    new Intl.NumberFormat(locale, {notation, maximumFractionDigits: notation === 'compact' ? 1 : 0}),
  ).format(value);
}

const KIB = 1024;

/** A file size in the locale's way, in kB (1 kB = 1024 bytes, as the Alliance's pages count) or MB. */
export function formatFileSize(bytes: number, locale: string): string {
  const unit = bytes >= KIB * KIB ? 'megabyte' : 'kilobyte';
  const value = unit === 'megabyte' ? bytes / (KIB * KIB) : bytes / KIB;
  return cached(`s|${locale}|${unit}`, () =>
    new Intl.NumberFormat(locale, {style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 2}),
  ).format(value);
}

function parseIsoDate(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
}

/** A `YYYY-MM-DD` date as the locale writes it in full: "12 October 2022", "12. Oktober 2022". */
export function formatDate(iso: string, locale: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  const supplement = supplementFor(locale);
  if (supplement) return supplement.longDate(date.getUTCDate(), supplement.months[date.getUTCMonth()]!, date.getUTCFullYear());
  return cached(`d|${locale}`, () => new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'})).format(date);
}

/** A `YYYY-MM` month as the locale writes it: "October 2022", "Oktober 2022". */
export function formatMonth(iso: string, locale: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  const supplement = supplementFor(locale);
  if (supplement) return `${supplement.months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return cached(`m|${locale}`, () =>
    new Intl.DateTimeFormat(locale, {year: 'numeric', month: 'long', timeZone: 'UTC'}),
  ).format(date);
}

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
}

const AUTONYMS: Record<string, string> = {ga: 'Gaeilge', mt: 'Malti'};
const dateLoaders: Record<string, () => Promise<{default: DateSupplement}>> = {
  ga: () => import('./dates/ga.js'),
  mt: () => import('./dates/mt.js'),
};
const dates = new Map<string, DateSupplement>();

const supported = new Map<string, boolean>();
/** Whether this browser's `Intl` lacks `locale`'s language, so that the supplement stands in for it. */
function lacks(locale: string): string | undefined {
  const language = locale.split('-')[0]!.toLowerCase();
  if (!AUTONYMS[language]) return undefined;
  if (!supported.has(language)) supported.set(language, Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0);
  return supported.get(language) ? undefined : language;
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

/** A language's own name, as a language menu lists it, with a capital initial: "Čeština", "Deutsch", "Malti". */
export function languageAutonym(lang: string): string {
  const language = lacks(lang);
  let name: string | undefined = language && AUTONYMS[language];
  if (!name) {
    try {
      name = cached(`l|${lang}`, () => new Intl.DisplayNames([lang], {type: 'language', fallback: 'code'})).of(lang);
    } catch {
      name = undefined;
    }
  }
  if (!name) return lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
