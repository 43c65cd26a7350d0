// The self-contained files pack each language in one file, English included: the entry holds no English text, and a
// page of any language renders from the entry and that language's file.
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
/** The longest run of plain text of a message's English: what would show that it is still in a file. */
const telltale = (source) =>
  plainText(source.replace(/<x [^>]*\/>/g, '\u0000'))
    .split('\u0000')
    .sort((a, b) => b.length - a.length)[0]
    .trim();
const load = async (file) => import(`${join(out, file)}?${Math.random()}`);

test('the entry holds none of the English texts of the messages', () => {
  const entry = readFileSync(join(out, 'cohesion-alliance.js'), 'utf8');
  assert.ok(messages.size > 30, `messages: ${messages.size}`);
  for (const [id, {source}] of messages) {
    const text = telltale(source);
    // One word ("Language", "supporter") may be a value in the code too.
    if (text.includes(' ')) assert.ok(!entry.includes(text), `${id}: "${text}" is in the entry`);
  }
});

/** A template of a language's file as plain text, a placeholder as U+0000. */
const text = (template) => plainText(typeof template === 'string' ? template : template.strings.join('\u0000'));

test('the English file holds every message, with the English text and the same placeholders', async () => {
  const {templates} = await load('locales/en.js');
  const english = Object.values(templates).map(text);
  assert.equal(english.length, messages.size);
  for (const [id, {source}] of messages) {
    const parts = plainText(source.replace(/<x [^>]*\/>/g, '\u0000'));
    assert.ok(english.includes(parts), `${id}: "${parts}" is not in locales/en.js`);
  }
});

test("each language's file holds every message, the titles its readers get, and in Irish and Maltese the month names", async () => {
  const files = readdirSync(join(out, 'locales')).filter((file) => file.endsWith('.js'));
  assert.equal(files.length, 24);
  for (const file of files) {
    const lang = file.slice(0, -3);
    const module = await load(`locales/${file}`);
    // Every message, under the ids the entry asks for (the English file's), with the language's text.
    const {templates: english} = await load('locales/en.js');
    assert.deepEqual(Object.keys(module.templates).sort(), Object.keys(english).sort(), `${file}: every message`);
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
