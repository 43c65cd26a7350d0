// The guard on a page's JavaScript before its widgets render (see README, "Performance").
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {BUDGETS, ENTRIES, entrySize, firstRenderSize, localeSizes} from '../../bench/sizes.mjs';

const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'cohesion-dist-'));
for (const mode of ['production', 'components']) {
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--mode', mode, '--outDir', out, '--logLevel', 'error'], {cwd: root, stdio: 'pipe'});
}

const TAGS = ['cohesion-join-badge', 'cohesion-supporter-counter', 'cohesion-declaration-summary', 'cohesion-document-picker'];

for (const entry of ENTRIES) {
  test(`${entry} with everything it loads before first render and the largest language file is at most ${BUDGETS.pageGzip / 1024} KiB gzipped`, () => {
    const size = firstRenderSize(out, entry);
    const code = size.files.map((file) => readFileSync(join(out, file), 'utf8')).join('\n');
    // What is measured is what renders: Lit's template engine and the element(s) the entry defines.
    assert.match(code, /_\$litType\$/, `${entry} should load Lit: ${size.files.join(', ')}`);
    const tags = entry === 'cohesion-alliance.js' ? TAGS : TAGS.filter((tag) => entry.includes(tag.slice('cohesion-'.length)));
    for (const tag of tags) assert.ok(code.includes(`"${tag}"`) || code.includes(`\`${tag}\``), `${entry} should define <${tag}>`);
    assert.ok(size.gzip <= BUDGETS.pageGzip, `${entry}: ${size.gzip} bytes gzipped (${size.files.join(', ')})`);
  });
}

test('there is one file per language, English included, beside each pass of the build', () => {
  for (const base of ['', 'components/']) {
    const locales = localeSizes(join(out, base));
    assert.deepEqual(locales.map(({locale}) => locale).sort(), JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8')).targetLocales.concat('en').sort());
  }
});

test('the language files are not loaded before first render, and import nothing', () => {
  const size = entrySize(out, 'cohesion-alliance.js');
  assert.deepEqual(size.files, ['cohesion-alliance.js']);
  for (const {file} of localeSizes(out)) {
    assert.doesNotMatch(readFileSync(join(out, file), 'utf8'), /\bimport\b|\bfrom\s*["'`]/, `${file} imports another file`);
  }
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
