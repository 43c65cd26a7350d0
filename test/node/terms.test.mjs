// One word for each concept (locales/terms.json), in every language: the widgets' messages, the configurator's and
// the image badges' wording all contain the language's term for it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {listBadges} from '../../scripts/badges/build.mjs';
import {parseXliff, plainText} from '../../scripts/xliff.mjs';

const root = new URL('../../', import.meta.url).pathname;
const terms = JSON.parse(readFileSync(join(root, 'locales/terms.json'), 'utf8'));
const concepts = Object.entries(terms).filter(([key]) => key !== '//');
const LANGUAGES = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ');

/** lang → id → text, English from the sources. */
function messages(dir) {
  const byLang = new Map();
  for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.xlf'))) {
    const units = parseXliff(readFileSync(join(root, dir, file), 'utf8'));
    const text = (part) => new Map([...units].map(([id, unit]) => [id, unit[part] === undefined ? undefined : plainText(unit[part])]));
    byLang.set(file.slice(0, -4), text('target'));
    byLang.set('en', text('source'));
  }
  return byLang;
}

const widgets = messages('locales');
const configurator = messages('locales/configurator');
const badges = await listBadges();

test('every concept names its messages and has a term in each of the 24 languages', () => {
  assert.ok(concepts.length >= 2);
  for (const [name, concept] of concepts) {
    assert.deepEqual(Object.keys(concept.terms).sort(), LANGUAGES, name);
    for (const id of concept.widgets) assert.ok(widgets.get('en').has(id), `${name}: the widgets have no ${id}`);
    for (const id of concept.configurator) assert.ok(configurator.get('en').has(id), `${name}: the configurator has no ${id}`);
    assert.ok(concept.widgets.length + concept.configurator.length > 1, `${name} is said in more than one place`);
  }
});

for (const [name, concept] of concepts) {
  for (const lang of LANGUAGES) {
    test(`${lang}: “${name}” is worded the same in the widgets, the configurator and the image badges`, () => {
      const term = new RegExp(concept.terms[lang], 'iu');
      const texts = [
        ...concept.widgets.map((id) => [`widgets ${id}`, widgets.get(lang).get(id)]),
        ...concept.configurator.map((id) => [`configurator ${id}`, configurator.get(lang).get(id)]),
        ...badges.filter((b) => b.lang === lang && concept.badges.includes(b.variant)).map((b) => [`badge ${b.name}`, b.text]),
      ];
      const other = texts.filter(([, text]) => !term.test(text ?? '')).map(([where, text]) => `${where}: ${text}`);
      assert.deepEqual(other, [], `each should contain /${concept.terms[lang]}/`);
    });
  }
}
