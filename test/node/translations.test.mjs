// Every message in every target locale: present, not empty, not left in English, placeholders intact, every plural
// form the locale's plural rules use, and locales/*.xlf up to date with the messages in the source code.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseXliff, translationProblems} from '../../scripts/xliff.mjs';

const root = new URL('../../', import.meta.url).pathname;
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const allowSame = JSON.parse(readFileSync(join(root, 'locales/same-as-english.json'), 'utf8'));


// A message with a count has one id per CLDR plural category (`badge.count.few`), chosen by Intl.PluralRules.
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const PLURAL = /^(.+)\.(zero|one|two|few|many|other)$/;
/** The plural categories a locale's rules use; the EU's Portuguese is Portugal's (as src/i18n/format.ts counts). */
const categoriesOf = (locale) => new Intl.PluralRules(locale === 'pt' ? 'pt-PT' : locale).resolvedOptions().pluralCategories;


// Extract the source messages afresh into a scratch folder, to compare with the committed files.
const scratch = mkdtempSync(join(tmpdir(), 'cohesion-xliff-'));
const scratchConfig = join(scratch, 'lit-localize.json');
writeFileSync(
  scratchConfig,
  JSON.stringify({
    ...config,
    inputFiles: config.inputFiles.map((glob) => (glob.startsWith('!') ? `!${join(root, glob.slice(1))}` : join(root, glob))),
    tsConfig: undefined,
    output: {...config.output, outputDir: join(scratch, 'out'), localeCodesModule: join(scratch, 'codes.ts')},
    interchange: {format: 'xliff', xliffDir: scratch},
  }),
);
execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', scratchConfig], {cwd: root, stdio: 'pipe'});
const sourceUnits = parseXliff(readFileSync(join(scratch, `${config.targetLocales[0]}.xlf`), 'utf8'));

test('the source code has messages to translate', () => {
  assert.ok(sourceUnits.size > 0);
});

// The build leaves out @lit/localize's hashing of id-less messages (vite.config.ts), so every message names its id.
test('every message has an explicit id (widget.name), none a generated one', () => {
  const generated = [...sourceUnits.keys()].filter((id) => !/^[a-z]+\.[A-Za-z0-9]+(\.(zero|one|two|few|many|other))?$/.test(id));
  assert.deepEqual(generated, []);
});

test('there is one XLIFF file per target locale, and the 23 targets are the official EU languages but English', () => {
  const files = readdirSync(join(root, 'locales')).filter((f) => f.endsWith('.xlf')).map((f) => f.slice(0, -4)).sort();
  assert.deepEqual(files, [...config.targetLocales].sort());
  assert.deepEqual(config.targetLocales, ['bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv']);
});

test('every message with a count has a form for each of the six plural categories', () => {
  const bases = new Set([...sourceUnits.keys()].map((id) => PLURAL.exec(id)?.[1]).filter(Boolean));
  assert.ok(bases.size > 0);
  for (const base of bases) {
    assert.deepEqual(CATEGORIES.filter((category) => !sourceUnits.has(`${base}.${category}`)), [], base);
  }
});

test('the plural rules of the 24 languages use the categories the translations are written for', () => {
  // Latvian has a zero form; Irish, Maltese and Slovenian a dual; the Slavic and Baltic languages, Romanian, Irish
  // and Maltese forms for a few and for many; French, Italian, Spanish and Portuguese one for a million.
  assert.deepEqual(Object.fromEntries(['en', ...config.targetLocales].map((l) => [l, [...categoriesOf(l)].sort().join(' ')])), {
    en: 'one other', bg: 'one other', cs: 'few many one other', da: 'one other', de: 'one other', el: 'one other',
    es: 'many one other', et: 'one other', fi: 'one other', fr: 'many one other', ga: 'few many one other two',
    hr: 'few one other', hu: 'one other', it: 'many one other', lt: 'few many one other', lv: 'one other zero',
    mt: 'few many one other two', nl: 'one other', pl: 'few many one other', pt: 'many one other', ro: 'few one other',
    sk: 'few many one other', sl: 'few one other two', sv: 'one other',
  });
});

for (const locale of config.targetLocales) {
  test(`${locale}: every message is translated, with every plural form its rules use (${categoriesOf(locale).join(', ')})`, () => {
    const translated = parseXliff(readFileSync(join(root, 'locales', `${locale}.xlf`), 'utf8'));
    const needed = categoriesOf(locale);
    const categoryOf = (id) => PLURAL.exec(id)?.[2];
    const problems = translationProblems(sourceUnits, translated, {
      locale,
      allowSame,
      extract: 'npm run localize:extract',
      // A form the language's plural rules never choose needs no translation.
      optional: (id, unit) => categoryOf(id) && !needed.includes(categoryOf(id)) && !unit?.target,
      needs: (id) => (categoryOf(id) ? ` (${locale} needs the "${categoryOf(id)}" form)` : ''),
    });
    assert.deepEqual(problems, []);
  });
}
