// The embed configurator's own messages (lit-localize.configurator.json) in every target locale: present, not
// empty, not left in English, placeholders intact, and locales/configurator/*.xlf up to date with the source code.
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseXliff, translationProblems} from '../../scripts/xliff.mjs';

const root = new URL('../../', import.meta.url).pathname;
const config = JSON.parse(readFileSync(join(root, 'lit-localize.configurator.json'), 'utf8'));
const widgets = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const allowSame = JSON.parse(readFileSync(join(root, 'locales/configurator/same-as-english.json'), 'utf8'));


// Extract the source messages afresh into a scratch folder, to compare with the committed files.
const scratch = mkdtempSync(join(tmpdir(), 'cohesion-configurator-xliff-'));
after(() => rmSync(scratch, {recursive: true, force: true}));
const scratchConfig = join(scratch, 'lit-localize.json');
writeFileSync(
  scratchConfig,
  JSON.stringify({
    ...config,
    tsConfig: join(root, config.tsConfig),
    inputFiles: config.inputFiles.map((glob) => (glob.startsWith('!') ? `!${join(root, glob.slice(1))}` : join(root, glob))),
    output: {...config.output, outputDir: join(scratch, 'out'), localeCodesModule: join(scratch, 'codes.ts')},
    interchange: {format: 'xliff', xliffDir: scratch},
  }),
);
execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', scratchConfig], {cwd: root, stdio: 'pipe'});
const sourceUnits = parseXliff(readFileSync(join(scratch, `${config.targetLocales[0]}.xlf`), 'utf8'));

test('the configurator has messages to translate, each with an explicit id, none of the widgets’ own', () => {
  assert.ok(sourceUnits.size > 50, `${sourceUnits.size} messages`);
  assert.deepEqual([...sourceUnits.keys()].filter((id) => !/^[a-z]+\.[A-Za-z0-9]+$/.test(id)), []);
  // The widgets' messages are translated once, in locales/*.xlf; the configurator reads them from there.
  const own = parseXliff(readFileSync(join(root, 'locales/de.xlf'), 'utf8'));
  const copied = [...sourceUnits].filter(([id, unit]) => own.get(id)?.source === unit.source).map(([id]) => id);
  assert.deepEqual(copied, []);
});

test('there is one XLIFF file per target locale, the same 23 languages as the widgets', () => {
  const files = readdirSync(join(root, 'locales/configurator')).filter((f) => f.endsWith('.xlf')).map((f) => f.slice(0, -4)).sort();
  assert.deepEqual(files, [...config.targetLocales].sort());
  assert.deepEqual(config.targetLocales, widgets.targetLocales);
  assert.equal(config.sourceLocale, widgets.sourceLocale);
});

for (const locale of config.targetLocales) {
  test(`${locale}: every message of the configurator is translated`, () => {
    const translated = parseXliff(readFileSync(join(root, 'locales/configurator', `${locale}.xlf`), 'utf8'));
    const problems = translationProblems(sourceUnits, translated, {
      locale,
      allowSame,
      extract: 'npx lit-localize extract --config lit-localize.configurator.json',
    });
    assert.deepEqual(problems, []);
  });
}
