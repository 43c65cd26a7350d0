/** Limits that keep a hostile or runaway feed from costing the host page. */
export const FEED_LIMITS = {
  maxFigure: 1_000_000_000,
  maxDocuments: 50,
  maxEditions: 40,
  maxTitleLength: 400,
} as const;

// Control characters and bidirectional overrides have no place in a title.
// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/**
 * A property's value as text. Frameworks and scripts set what they have: a `URL`, a number, a list (its items joined
 * by spaces). `null` and `undefined` give ''; nothing throws, whatever the value.
 */
export function asText(value: unknown): string {
  try {
    // `join` writes null and undefined as '', a list's items joined by spaces (without `flat`, which a page may lack).
    return (Array.isArray(value) ? value : [value]).join(' ');
  } catch {
    return typeof value;
  }
}

/** Returns the lower-case BCP 47 tag for a valid language tag, or undefined. */
export function canonicalLang(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 35) return undefined;
  try {
    const [tag] = Intl.getCanonicalLocales(value);
    return tag?.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Cleans a title from data: plain text, no control characters, a bounded length. */
export function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(UNSAFE_TEXT, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  // The cut never leaves half of a character written as two UTF-16 units (most emoji).
  return text.length > FEED_LIMITS.maxTitleLength ? `${text.slice(0, FEED_LIMITS.maxTitleLength - 1).replace(/[\ud800-\udbff]$/, '')}…` : text;
}
