// Typography the translations carry and the XLIFF reader keeps: French punctuation with its no-break space, and
// no-break spaces (U+00A0, U+202F) kept where ordinary white space is collapsed.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {fillPlaceholders, parseXliff, plainText} from '../../scripts/xliff.mjs';

const root = new URL('../../', import.meta.url).pathname;
const NO_BREAK = '[\u00A0\u202F]';

/**
 * Where French punctuation lacks its no-break space: before `;` `:` `!` `?` and `»`, after `«`. A colon inside a
 * word or an address (`build:badges`, `https:`) is not punctuation of the sentence.
 */
function frenchProblems(text) {
  const problems = [];
  for (const [found] of text.matchAll(/(?:^|.)(?:[;!?](?=\s|$|<|\))|»)/gu)) {
    if (!new RegExp(`^${NO_BREAK}`).test(found)) problems.push(found);
  }
  for (const [found] of text.matchAll(/(?:^|.):(?=\s|$|<)/gu)) if (!new RegExp(`^${NO_BREAK}`).test(found)) problems.push(found);
  for (const [found] of text.matchAll(/«./gu)) if (!new RegExp(`${NO_BREAK}$`).test(found)) problems.push(found);
  return problems;
}

for (const file of ['locales/fr.xlf', 'locales/configurator/fr.xlf']) {
  test(`${file}: French punctuation has its no-break space (U+202F or U+00A0), never an ordinary one`, () => {
    const wrong = [...parseXliff(readFileSync(join(root, file), 'utf8'))]
      .map(([id, {target}]) => [id, frenchProblems(target ?? '')])
      .filter(([, problems]) => problems.length)
      .map(([id, problems]) => `${id}: ${problems.map((p) => JSON.stringify(p)).join(' ')}`);
    assert.deepEqual(wrong, []);
  });
}

test('the French check finds an ordinary space or none before : ; ! ? », and after «', () => {
  for (const bad of ['Options : oui', 'Options: oui', 'jamais ; sinon', 'maintenant !', 'Pourquoi ?', '« badge »', '«\u00A0badge »', 'la version «badge\u00A0»', '«\u00A0badge».']) {
    assert.notDeepEqual(frenchProblems(bad), [], bad);
  }
  for (const good of ['Options\u00A0: oui', 'jamais\u202F; sinon', 'maintenant\u202F!', '«\u00A0badge\u00A0»', 'npm run build:badges.', 'https://example.org']) {
    assert.deepEqual(frenchProblems(good), [], good);
  }
});

test('the XLIFF reader collapses ordinary white space only: no-break spaces stay', () => {
  assert.equal(plainText('\n  plus de\u00A0<b>  12\u202F000 </b>\t'), 'plus de\u00A0<b> 12\u202F000 </b>');
  assert.equal(plainText('Připojte se k\u00A0#CohesionAlliance'), 'Připojte se k\u00A0#CohesionAlliance');
  assert.equal(plainText('\u00A0!\u00A0'), '\u00A0!\u00A0');
});

test('placeholders are filled with their values’ no-break spaces kept, and their text not decoded again', () => {
  const fr = parseXliff(readFileSync(join(root, 'locales/fr.xlf'), 'utf8'));
  const lowerBound = fr.get('counter.lowerBound').target;
  const number = new Intl.NumberFormat('fr').format(12000);
  assert.match(number, /\u202F/);
  assert.ok(fillPlaceholders(lowerBound, [number]).includes(number), fillPlaceholders(lowerBound, [number]));
  assert.equal(fillPlaceholders('a <x id="1"/> &amp; <x id="0"/>\n b', ['&lt;', 'x\u00A0y']), 'a x\u00A0y & &lt; b');
});

test('every no-break space of the widgets’ translations survives the reader', () => {
  for (const file of readdirSync(join(root, 'locales')).filter((f) => f.endsWith('.xlf'))) {
    for (const [id, {target}] of parseXliff(readFileSync(join(root, 'locales', file), 'utf8'))) {
      const count = (text) => (text.match(/[\u00A0\u202F]/g) ?? []).length;
      assert.equal(count(plainText(target)), count(target), `${file} ${id}`);
    }
  }
});
