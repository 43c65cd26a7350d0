// Size budgets of the built library (see README, "Performance").
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {BUDGETS, budgetOf, ENTRIES, entrySize, localeSizes} from '../../bench/sizes.mjs';

const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'cohesion-dist-'));
for (const mode of ['production', 'components']) {
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--mode', mode, '--outDir', out, '--logLevel', 'error'], {cwd: root, stdio: 'pipe'});
}

for (const entry of ENTRIES) {
  test(`${entry} with everything it loads before first render is at most ${budgetOf(entry) / 1024} KB gzipped`, () => {
    const size = entrySize(out, entry);
    assert.ok(size.files.length >= 2, `${entry} should load Lit and the widgets: ${size.files.join(', ')}`);
    assert.ok(size.gzip <= budgetOf(entry), `${entry}: ${size.gzip} bytes gzipped (${size.files.join(', ')})`);
  });
}

test(`there is one locale chunk per target language, each at most ${BUDGETS.localeGzip / 1024} KB gzipped`, () => {
  const locales = localeSizes(out);
  assert.equal(locales.length, 23);
  for (const {file, gzip} of locales) assert.ok(gzip <= BUDGETS.localeGzip, `${file}: ${gzip} bytes gzipped`);
});

test('the locale chunks are not loaded before first render', () => {
  const size = entrySize(out, 'cohesion-alliance.js');
  assert.deepEqual(size.files.filter((f) => f.startsWith('locales/')), []);
});
