/**
 * The texts of the console warnings about a page's mistakes (a wrong attribute, a language that failed to load).
 * They load with the first warning (see `report` in `log.ts`), so that a page without mistakes never downloads them.
 * Each takes the values it quotes; warnings about an element start with its tag.
 */
export const WARNINGS = {
  option: (tag: string, value: string, attribute: string, allowed: readonly string[], fallback: string) =>
    `<${tag}>: "${value}" is not a valid ${attribute} (use ${allowed.map((v) => `"${v}"`).join(', ')}); using "${fallback}".`,
  href: (tag: string, href: string) =>
    `<${tag}>: "${href}" is not a valid href (use an http or https address); using the Alliance's page.`,
  refreshRaised: (tag: string, seconds: number, minimum: number) =>
    `<${tag}>: refresh="${seconds}" is under ${minimum} seconds; using ${minimum}.`,
  refresh: (tag: string, value: unknown) => `<${tag}>: "${String(value)}" is not a valid refresh (use seconds, 0 for never); not refreshing.`,
  category: (tag: string, token: string, categories: readonly string[]) =>
    `<${tag}>: "${token.slice(0, 100)}" is not a supporter category (use "${categories.join('", "')}"); ignoring it.`,
  document: (tag: string, id: string, known: readonly string[]) =>
    `<${tag}>: "${id}" is not a known document (known: ${known.join(', ')}); skipping it.`,
  documentLang: (tag: string, value: string) =>
    `<${tag}>: "${value}" is not a language tag (such as "de" or "pt-PT"); ignoring document-lang.`,
  whyHref: (tag: string, value: string) => `<${tag}>: "${value}" is not an http(s) address; the notice has no link.`,
  titles: (lang: string) => `The document titles in "${lang}" could not be loaded; showing the documents' own titles.`,
  translations: (locale: string, current: string) =>
    `The "${locale}" translations could not be loaded; the widgets stay in ${current}.`,
  lang: (value: string) =>
    `lang="${value.slice(0, 100)}" is not a language tag (such as "de" or "pt-PT"); the widgets in it speak the language around it.`,
  configured: () => '@lit/localize was already configured on this page; the widgets follow that configuration.',
};

export type Warnings = typeof WARNINGS;
