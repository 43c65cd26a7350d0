// Reads translations (XLIFF, as lit-localize writes them in locales/) in Node: for the image badges and the tests.
// The text itself is read by xliff-text.mjs, which the configurator shares in the browser.
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {decode, parseXliff, plainText} from './xliff-text.mjs';

export {collapseSpace, decode, fillPlaceholders, parseXliff, plainText} from './xliff-text.mjs';

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

const placeholders = (text) => [...(text ?? '').matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();
const words = (text) => decode((text ?? '').replace(/<x [^>]*\/>/g, ' ')).trim();

/**
 * What is wrong with one language's messages (`translated`) against the English ones (`source`, both from
 * `parseXliff`): missing, out of date, empty, still English (unless `allowSame[id]` names the language or `*`),
 * placeholders changed, or no longer in the source. `extract` is the command that brings a file up to date;
 * `optional(id, unit)` passes over a message that needs no translation; `needs(id)` says why an empty one matters.
 */
export function translationProblems(source, translated, {locale, allowSame = {}, extract, optional = () => false, needs = () => ''}) {
  const problems = [];
  for (const [id, {source: english}] of source) {
    const unit = translated.get(id);
    if (optional(id, unit)) continue;
    if (!unit) problems.push(`${id}: missing (run ${extract})`);
    else if (unit.source !== english) problems.push(`${id}: the English text changed; update the translation`);
    else if (!unit.target || words(unit.target) === '') problems.push(`${id}: no translation${needs(id)}`);
    else if (words(unit.target) === words(english) && !(allowSame[id] ?? []).some((l) => l === '*' || l === locale)) {
      problems.push(`${id}: still in English ("${words(english)}")`);
    } else if (placeholders(unit.target).join() !== placeholders(english).join()) {
      problems.push(`${id}: placeholders differ from the English text`);
    }
  }
  for (const id of translated.keys()) if (!source.has(id)) problems.push(`${id}: no longer in the source code`);
  return problems;
}
