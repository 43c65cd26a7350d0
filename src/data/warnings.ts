const MAX_QUOTE = 100;

/** A value as a warning quotes it: at most 100 characters, never half of a two-unit character. */
const quote = (value: unknown) => {
  const text = String(value);
  return `"${text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE).replace(/[\ud800-\udbff]$/, '')}…` : text}"`;
};

/** The first few of `values`, quoted, and how many more there are: `"a", "b", "c" and 12 more`. */
const quoteSome = (values: readonly string[]) =>
  values.slice(0, 3).map(quote).join(', ') + (values.length > 3 ? ` and ${values.length - 3} more` : '');

/** `one` for a single value, `many` for several. */
const number = (values: string | readonly string[], one: string, many: string) => (typeof values == 'string' || values.length < 2 ? one : many);

/**
 * The texts of the console warnings about a page's mistakes (a wrong attribute, a language that failed to load).
 * They load with the first warning (see `report` in `log.ts`), so that a page without mistakes never downloads them.
 * Each takes the values it quotes; warnings about an element start with its tag.
 */
export const WARNINGS = {
  option: (tag: string, value: string, attribute: string, allowed: readonly string[], fallback: string) =>
    `<${tag}>: ${quote(value)} is not a valid ${attribute} (use ${allowed.map((v) => `"${v}"`).join(', ')}); using "${fallback}".`,
  href: (tag: string, href: string) =>
    `<${tag}>: ${quote(href)} is not a valid href (use an http or https address, without a user name); using the Alliance's page.`,
  /** A `refresh` period out of range, raised to the shortest (10 seconds) or lowered to the longest (a day). */
  refreshRange: (tag: string, seconds: number, used: number) =>
    `<${tag}>: refresh="${seconds}" is ${seconds < used ? 'under' : 'over'} ${used} seconds${seconds < used ? '' : ' (a day)'}; using ${used}.`,
  refresh: (tag: string, value: unknown) => `<${tag}>: ${quote(value)} is not a valid refresh (use seconds, 0 for never); not refreshing.`,
  category: (tag: string, tokens: string | readonly string[], categories: readonly string[]) =>
    `<${tag}>: ${quoteSome(typeof tokens == 'string' ? [tokens] : tokens)} ${number(tokens, 'is not a supporter category', 'are not supporter categories')} (use "${categories.join('", "')}"); ignoring ${number(tokens, 'it', 'them')}.`,
  /** Ids of `documents` that no data has; `none` when no id is known, so that the default documents show. */
  document: (tag: string, ids: string | readonly string[], known: readonly string[], none = false) =>
    `<${tag}>: ${quoteSome(typeof ids == 'string' ? [ids] : ids)} ${number(ids, 'is not a known document', 'are not known documents')} (known: ${known.join(', ')}); ${none ? 'showing the default documents' : `skipping ${number(ids, 'it', 'them')}`}.`,
  documentLang: (tag: string, value: string) =>
    `<${tag}>: ${quote(value)} is not a language tag (such as "de" or "pt-PT"); ignoring document-lang.`,
  whyHref: (tag: string, value: string) => `<${tag}>: ${quote(value)} is not an http(s) address without a user name; the notice has no link.`,
  titles: (lang: string) => `The document titles in "${lang}" could not be loaded; showing the documents' own titles.`,
  translations: (locale: string, current: string) =>
    `The "${locale}" translations could not be loaded; the widgets stay in ${current}.`,
  stalled: (locale: string, seconds: number) =>
    `The "${locale}" translations did not arrive within ${seconds} s; the widgets waiting for them render in English.`,
  lang: (value: string) =>
    `lang="${value.slice(0, 100)}" is not a language tag (such as "de" or "pt-PT"); the widgets in it speak the language around it.`,
  /** A feature of the browser that is missing or broken, and how the widgets do without it. */
  platform: (feature: string) =>
    `${feature} is missing or broken in this browser; ${
      {
        'Intl.NumberFormat': 'numbers are written as plain digits',
        'Intl.PluralRules': 'counts take their plural form',
        'Intl.DateTimeFormat': 'dates are written as numbers',
        'Intl.DisplayNames': 'languages are named by their tags',
        IntersectionObserver: 'counters count up and refresh as if they were on screen',
      }[feature] ?? 'the widgets do without it'
    }.`,
  hydration: (tag: string) =>
    `<${tag}> holds content a server rendered, but Lit's hydration support was not loaded before Lit, so the widgets cannot take it over; they render it anew. Import "@cohesion-alliance/widgets/hydrate" in place of "@cohesion-alliance/widgets", before any other module that uses Lit, on every page of the site.`,
  notPreloaded: (tag: string, locale: string) =>
    `<${tag}> was rendered on the server in "${locale}", whose texts were not loaded: it shows English, which the browser will not hydrate cleanly. Await preloadLanguages(["${locale}"]) from "@cohesion-alliance/widgets/server" once before rendering (the language is loading now, for later renders).`,
  configured: () => '@lit/localize was already configured on this page; the widgets follow that configuration.',
};

export type Warnings = typeof WARNINGS;
