// The self-contained files pack each language in one file, English included (whose texts are the messages' own, in
// the entry): a page of any language renders from the entry and that language's file.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseXliff, plainText} from '../../scripts/xliff.mjs';

const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'cohesion-language-files-'));
execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--outDir', out, '--logLevel', 'error'], {cwd: root, stdio: 'pipe'});

const messages = parseXliff(readFileSync(join(root, 'locales/de.xlf'), 'utf8'));
const load = async (file) => import(`${join(out, file)}?${Math.random()}`);

/** A template of a language's file as plain text, a placeholder as U+0000. */
const text = (template) => plainText(typeof template === 'string' ? template : template.strings.join('\u0000'));

test("each language's file holds every message, the titles its readers get, and in Irish and Maltese the month names", async () => {
  const files = readdirSync(join(out, 'locales')).filter((file) => file.endsWith('.js'));
  assert.equal(files.length, 24);
  for (const file of files) {
    const lang = file.slice(0, -3);
    const module = await load(`locales/${file}`);
    // Every message, under the ids the messages have, with the language's text; English needs none.
    assert.deepEqual(Object.keys(module.templates).sort(), lang === 'en' ? [] : [...messages.keys()].sort(), `${file}: every message`);
    if (lang !== 'en') {
      const units = parseXliff(readFileSync(join(root, `locales/${lang}.xlf`), 'utf8'));
      const texts = new Set(Object.values(module.templates).map(text));
      for (const [id, {target}] of units) assert.ok(texts.has(plainText(target.replace(/<x [^>]*\/>/g, '\u0000'))), `${file}: ${id}`);
    }
    // The same titles as the language's titles file, which a document shown in this language loads on other pages;
    // in Bulgarian and Irish, where no document exists, the English ones, which their readers get by default.
    const carried = ['bg', 'ga'].includes(lang) ? 'en' : lang;
    const titles = (await load(`titles/${carried}.js`)).default;
    assert.ok(Object.keys(titles).length >= 2, `${file}: titles`);
    assert.deepEqual(module.titles, {[carried]: titles}, `${file}: its titles`);
    assert.equal(Boolean(module.dates), ['ga', 'mt'].includes(lang), `${file}: month names`);
  }
});
