/** Every language the widgets speak: the 24 official languages of the European Union. */
export const EU_LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr',
  'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
] as const;
export type EuLanguage = (typeof EU_LANGUAGES)[number];

const SUPPORTED = new Set<string>(EU_LANGUAGES);

/**
 * The primary language subtag of a BCP 47 tag, lower case (`de-AT` gives `de`), or undefined if invalid. An
 * underscore stands for a hyphen, as CMSs write locales (`nl_NL` gives `nl`).
 */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'));
    // Canonical tags have a lower-case language subtag.
    return canonical?.split('-')[0];
  } catch {
    return undefined;
  }
}

/** The first of `tags` that names a language the widgets speak, by its primary subtag; else English. */
export function negotiateLanguage(tags: readonly (string | null | undefined)[]): EuLanguage {
  for (const tag of tags) {
    const language = primaryLanguage(tag);
    if (language && SUPPORTED.has(language)) return language as EuLanguage;
  }
  return 'en';
}
