// Size budgets of the built library (see README, "Performance").
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {BUDGETS, budgetOf, ENTRIES, entrySize, localeSizes} from '../../bench/sizes.mjs';

const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'cohesion-dist-'));
for (const mode of ['production', 'components']) {
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--mode', mode, '--outDir', out, '--logLevel', 'error'], {cwd: root, stdio: 'pipe'});
}

const TAGS = ['cohesion-join-badge', 'cohesion-supporter-counter', 'cohesion-declaration-summary', 'cohesion-document-picker'];

for (const entry of ENTRIES) {
  test(`${entry} with everything it loads before first render is at most ${budgetOf(entry) / 1024} KB gzipped`, () => {
    const size = entrySize(out, entry);
    const code = size.files.map((file) => readFileSync(join(out, file), 'utf8')).join('\n');
    // What is measured is what renders: Lit's template engine and the element(s) the entry defines.
    assert.match(code, /_\$litType\$/, `${entry} should load Lit: ${size.files.join(', ')}`);
    const tags = entry === 'cohesion-alliance.js' ? TAGS : TAGS.filter((tag) => entry.includes(tag.slice('cohesion-'.length)));
    for (const tag of tags) assert.ok(code.includes(`"${tag}"`) || code.includes(`\`${tag}\``), `${entry} should define <${tag}>`);
    assert.ok(size.gzip <= budgetOf(entry), `${entry}: ${size.gzip} bytes gzipped (${size.files.join(', ')})`);
  });
}

test(`there is one file per language, English included, each at most ${BUDGETS.localeGzip / 1024} KB gzipped`, () => {
  const locales = localeSizes(out);
  assert.equal(locales.length, 24);
  for (const {file, gzip} of locales) assert.ok(gzip <= BUDGETS.localeGzip, `${file}: ${gzip} bytes gzipped`);
});

test('the locale chunks are not loaded before first render', () => {
  const size = entrySize(out, 'cohesion-alliance.js');
  assert.deepEqual(size.files.filter((f) => f.startsWith('locales/')), []);
});

test('no lazily loaded chunk imports an entry (a page that loads the entry with a query string would run it twice)', () => {
  const files = readdirSync(out, {recursive: true}).filter((f) => f.endsWith('.js') && !ENTRIES.includes(f));
  assert.ok(files.length > 40, `chunks found: ${files.length}`);
  const entryNames = ENTRIES.map((entry) => entry.split('/').pop());
  for (const file of files) {
    const code = readFileSync(join(out, file), 'utf8');
    for (const [, spec] of code.matchAll(/(?:\bimport|\bfrom)\s*\(?\s*["'`]([^"'`]+)["'`]/g)) {
      assert.ok(!entryNames.includes(spec.split('/').pop()), `${file} imports ${spec}`);
    }
  }
});
