// Reads translations (XLIFF, as lit-localize writes them in locales/) in Node: for the image badges and the tests.
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';

export const decode = (s) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The messages of one XLIFF file: id → {source, target}, markup and placeholders left as written. */
export function parseXliff(xml) {
  const units = new Map();
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    units.set(id, {source, target});
  }
  return units;
}

/** A message without placeholders as plain text, its whitespace collapsed. */
export const plainText = (text) => decode(text).replace(/\s+/g, ' ').trim();

/**
 * The texts of `ids` in English and in every language of `dir` (one `<lang>.xlf` each): lang → id → text.
 * A message missing or empty in a language is an error, not an English fallback.
 */
export function readMessages(dir, ids) {
  const messages = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.xlf')).sort()) {
    const lang = file.slice(0, -4);
    const units = parseXliff(readFileSync(join(dir, file), 'utf8'));
    const texts = {};
    const english = {};
    for (const id of ids) {
      const unit = units.get(id);
      if (!unit?.source || !unit.target || !plainText(unit.target)) throw new Error(`${file}: no translation of ${id}`);
      texts[id] = plainText(unit.target);
      english[id] = plainText(unit.source);
    }
    messages.set(lang, texts);
    if (!messages.has('en')) messages.set('en', english);
  }
  return new Map([...messages].sort(([a], [b]) => a.localeCompare(b)));
}
