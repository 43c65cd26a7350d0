/** The supporter categories, in the order the widgets show them by default. */
export const SUPPORTER_CATEGORIES = [
  'individuals',
  'regions',
  'cities',
  'associations',
  'meps',
  'organisations',
] as const;
export type SupporterCategory = (typeof SUPPORTER_CATEGORIES)[number];

/** One supporter figure: how many supporters of a category the Alliance has. */
export interface SupporterFigure {
  category: SupporterCategory;
  value: number;
  /** True when the value is a lower bound ("more than 12,000"). */
  lowerBound: boolean;
}

export interface Supporters {
  figures: SupporterFigure[];
  /** The month the figures date from, `YYYY-MM`. */
  asOf: string;
}

/** The document ids of the embedded snapshot. A feed may add others. */
export const DOCUMENT_IDS = ['debate-2022', 'declaration-2020', 'letter-charles-michel'] as const;

const DOCUMENT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * An optional field of the data, read as the object's own property only: on a page whose `Object.prototype` was
 * given a `title` (a prototype pollution bug), a document without a title of its own must not show that one.
 */
export const own = <T extends object, K extends keyof T>(object: T | undefined, key: K): T[K] | undefined =>
  object !== undefined && Object.hasOwn(object, key) ? object[key] : undefined;

/** True when `value` is a document id the widgets accept: lower case letters, digits and hyphens (`debate-2022`). */
export function isDocumentId(value: unknown): value is string {
  return typeof value === 'string' && DOCUMENT_ID.test(value);
}

/** One language version of a document. */
export interface DocumentEdition {
  /** BCP 47 language tag of this version, lower case (`de`, `pt`). */
  lang: string;
  /** The title in this language; absent where the source gives none. */
  title?: string;
  /** Where to get this version. */
  href: string;
  /**
   * True when `href` is the file itself. False when it is a page that links to the file, as the embedded
   * snapshot's addresses are: the source gives no download addresses, only the Alliance's page.
   */
  direct: boolean;
  /**
   * File size in bytes. The embedded snapshot's editions leave it out: the sizes of the Alliance's PDFs load with
   * their titles, one language at a time, and the widgets show them.
   */
  bytes?: number;
  /** File format, upper case (`PDF`). */
  format: string;
  /** The file's media type (`application/pdf`), when `href` is the file itself and its format is a known one. */
  type?: string;
}

export interface AllianceDocument {
  id: string;
  /** A title to show where an edition has none of its own, in the language given by `fallbackTitleLang`. */
  fallbackTitle?: string;
  fallbackTitleLang?: string;
  editions: DocumentEdition[];
}

export interface Declaration {
  /** Signing date, `YYYY-MM-DD`. */
  signed: string;
  /** The document that holds the full text. */
  documentId: string;
}

/** Everything the widgets show. */
export interface AllianceData {
  /** The month the Alliance was founded, `YYYY-MM`. */
  founded: string;
  supporters: Supporters;
  declaration: Declaration;
  documents: AllianceDocument[];
}

/** The Alliance's official page in a language, the default destination of links. */
export function alliancePageUrl(lang: string): string {
  return `https://cor.europa.eu/${encodeURIComponent(lang)}/engage/Pages/cohesion-alliance.aspx`;
}
