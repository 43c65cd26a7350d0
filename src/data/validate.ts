import {isDocumentId, SUPPORTER_CATEGORIES, type AllianceDocument, type DocumentEdition, type SupporterCategory, type SupporterFigure} from './model.js';
import type {DataPatch} from './merge.js';
import {MEDIA_TYPES} from './media-types.js';
import {safeUrl} from './url.js';
import {canonicalLang, cleanText, FEED_LIMITS} from './text.js';

export {canonicalLang, cleanText, FEED_LIMITS};

// Invisible characters: format characters (zero-width spaces and joiners, soft hyphens, word joiners, tags; the
// bidirectional overrides are left to `cleanText`, which makes them spaces), the
// combining grapheme joiner, Hangul fillers and the blank Braille pattern, which draw nothing and make an empty
// title look like one.
const INVISIBLE = /\u034f|[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2060-\u2064\u206a-\u206f\u2800\u3164\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;
// More than three combining marks on one letter (no EU language needs as many) stack into a tower drawn over the
// text around it; the first three stay.
const MARK_FLOOD = /(\p{M}{3})\p{M}+/gu;

/**
 * Cleans a title from data (a feed, the links inside a widget) as `cleanText` does, and drops what draws nothing or
 * draws over the page: invisible characters, and combining marks beyond three on one letter. A title with nothing
 * visible left is none.
 */
export function cleanTitle(value: unknown): string | undefined {
  const text = typeof value == 'string' ? cleanText(value.replace(INVISIBLE, '').replace(MARK_FLOOD, '$1')) : undefined;
  // Marks alone (with nothing to combine with) show nothing either.
  return text && /[\p{L}\p{N}\p{S}\p{P}]/u.test(text) ? text : undefined;
}

/**
 * The language of a document version, from a valid language tag: its base language, script and region, without
 * extensions and private use (`de-u-co-phonebk` gives `de`, `en-x-draft` gives `en`), which name no other language.
 * Undefined for an invalid tag, and for `und` (no language determined), which a reader cannot choose.
 */
export function editionLang(value: unknown): string | undefined {
  const tag = canonicalLang(value);
  if (!tag) return undefined;
  try {
    const base = new Intl.Locale(tag).baseName.toLowerCase();
    return base.split('-')[0] === 'und' ? undefined : base;
  } catch {
    return undefined;
  }
}



export interface ValidationResult {
  patch: DataPatch;
  /** One entry per dropped value, naming the field (`supporters.figures.regions`). */
  problems: string[];
  /** True when the feed had the right shape at all, even if some values were dropped. */
  usable: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field of a parsed feed: its own, never one a polluted `Object.prototype` lends it. */
const ownField = (object: Record<string, unknown>, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

// A month of this century: the Alliance dates from 2017, and years before 100 would be read as 1900 to 1999.
const MONTH_PATTERN = /^20\d\d-(0[1-9]|1[0-2])$/;
const FORMAT_PATTERN = /^[A-Za-z0-9]{1,10}$/;

function validFigure(value: unknown): number | undefined {
  // `+ 0` turns -0, which JSON can carry and would show as "-0", into 0.
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= FEED_LIMITS.maxFigure
    ? value + 0
    : undefined;
}

function validateFigures(raw: unknown, problems: string[]): SupporterFigure[] | undefined {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) {
    problems.push('supporters.figures');
    return undefined;
  }
  const figures: SupporterFigure[] = [];
  for (const [key, entry] of Object.entries(raw)) {
    const field = `supporters.figures.${key}`;
    if (!(SUPPORTER_CATEGORIES as readonly string[]).includes(key)) {
      problems.push(field);
      continue;
    }
    const value = validFigure(isObject(entry) ? ownField(entry, 'value') : entry);
    const lowerBound = isObject(entry) ? ownField(entry, 'lowerBound') : undefined;
    if (value === undefined || (lowerBound !== undefined && typeof lowerBound !== 'boolean')) {
      problems.push(field);
      continue;
    }
    figures.push({category: key as SupporterCategory, value, lowerBound: lowerBound === true});
  }
  return figures;
}

function validateEdition(raw: unknown, field: string, base: string, problems: string[]): DocumentEdition | undefined {
  if (!isObject(raw)) {
    problems.push(field);
    return undefined;
  }
  const lang = editionLang(ownField(raw, 'lang'));
  const href = safeUrl(ownField(raw, 'href'), base);
  if (!lang || !href) {
    problems.push(`${field}.${lang ? 'href' : 'lang'}`);
    return undefined;
  }
  const edition: DocumentEdition = {lang, href, direct: true, format: 'PDF'};
  if (ownField(raw, 'title') !== undefined) {
    const title = cleanTitle(ownField(raw, 'title'));
    if (title) edition.title = title;
    else problems.push(`${field}.title`);
  }
  if (ownField(raw, 'bytes') !== undefined) {
    const bytes = ownField(raw, 'bytes');
    if (typeof bytes === 'number' && Number.isInteger(bytes) && bytes > 0 && bytes < 2 ** 40) edition.bytes = bytes;
    else problems.push(`${field}.bytes`);
  }
  if (ownField(raw, 'format') !== undefined) {
    const format = ownField(raw, 'format');
    if (typeof format === 'string' && FORMAT_PATTERN.test(format)) edition.format = format.toUpperCase();
    else problems.push(`${field}.format`);
  }
  if (MEDIA_TYPES[edition.format]) edition.type = MEDIA_TYPES[edition.format];
  return edition;
}

function validateDocuments(raw: unknown, base: string, problems: string[]): AllianceDocument[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    problems.push('documents');
    return undefined;
  }
  if (raw.length > FEED_LIMITS.maxDocuments) problems.push(`documents[${FEED_LIMITS.maxDocuments}…]`);
  const documents: AllianceDocument[] = [];
  raw.slice(0, FEED_LIMITS.maxDocuments).forEach((entry: unknown, index) => {
    const field = `documents[${index}]`;
    const id = isObject(entry) ? ownField(entry, 'id') : undefined;
    if (!isObject(entry) || !isDocumentId(id)) {
      problems.push(`${field}.id`);
      return;
    }
    const rawEditions = ownField(entry, 'editions');
    if (!Array.isArray(rawEditions)) {
      problems.push(`${field}.editions`);
      return;
    }
    if (rawEditions.length > FEED_LIMITS.maxEditions) problems.push(`${field}.editions[${FEED_LIMITS.maxEditions}…]`);
    const editions = rawEditions
      .slice(0, FEED_LIMITS.maxEditions)
      .map((edition: unknown, i) => validateEdition(edition, `${field}.editions[${i}]`, base, problems))
      .filter((edition): edition is DocumentEdition => edition !== undefined);
    const document: AllianceDocument = {id, editions};
    const title = cleanTitle(ownField(entry, 'title'));
    if (title) {
      document.fallbackTitle = title;
      document.fallbackTitleLang = canonicalLang(ownField(entry, 'titleLang')) ?? 'en';
    }
    documents.push(document);
  });
  return documents;
}

/**
 * Checks a parsed feed against the feed format (`feed.schema.json`). Keeps every valid value and names every
 * dropped one. Addresses are resolved against `base` (the feed's own address) and only `http:`/`https:` pass.
 */
export function validateFeed(json: unknown, base: string): ValidationResult {
  const problems: string[] = [];
  if (!isObject(json)) return {patch: {}, problems: ['(root): not a JSON object'], usable: false};

  const patch: DataPatch = {};
  const supporters = ownField(json, 'supporters');
  if (supporters !== undefined) {
    if (isObject(supporters)) {
      const figures = validateFigures(ownField(supporters, 'figures'), problems);
      const asOf = ownField(supporters, 'asOf');
      patch.supporters = {};
      if (figures) patch.supporters.figures = figures;
      if (asOf !== undefined) {
        if (typeof asOf === 'string' && MONTH_PATTERN.test(asOf)) patch.supporters.asOf = asOf;
        else problems.push('supporters.asOf');
      }
    } else {
      problems.push('supporters');
    }
  }
  const documents = validateDocuments(ownField(json, 'documents'), base, problems);
  if (documents) patch.documents = documents;

  const usable = patch.supporters !== undefined || patch.documents !== undefined;
  if (!usable && problems.length === 0) problems.push('(root): neither supporters nor documents');
  return {patch, problems, usable};
}
