// What a page really downloads before its widgets show their content, with the self-contained files: the bundle and
// its language's file (translations, English included, with the document titles its readers get), and nothing else;
// within the budget in every language. `npm run bench` prints the figures.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {buildLibrary, launch, root, serve} from './harness.mjs';
import {pageWeight, widgetPage} from '../../bench/page-weight.mjs';
import {BUDGETS} from '../../bench/sizes.mjs';
import {parseXliff, plainText} from '../../scripts/xliff.mjs';

const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const EU_LANGUAGES = [config.sourceLocale, ...config.targetLocales].sort();
/** A message's text in `lang`, as the XLIFF files hold it (English: the source). */
const message = (lang, id) => {
  const unit = xliff(lang === 'en' ? 'de' : lang).get(id);
  return plainText(lang === 'en' ? unit.source : unit.target);
};
const parsed = new Map();
const xliff = (lang) => parsed.get(lang) ?? parsed.set(lang, parseXliff(readFileSync(join(root, `locales/${lang}.xlf`), 'utf8'))).get(lang);
/** The title of the debate of 2022 in `lang`, as the titles of that language hold it. */
const debateTitle = (lang) => /'debate-2022': \{title: (['"])(.*?)\1/.exec(readFileSync(join(root, `src/data/titles/${lang}.ts`), 'utf8'))[2];

let browser;
let server;
let dir;

before(async () => {
  dir = await buildLibrary();
  const routes = Object.fromEntries(
    EU_LANGUAGES.map((lang) => [
      `/${lang}.html`,
      (req, res) => res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'}).end(widgetPage(lang, '/cohesion-alliance.js')),
    ]),
  );
  server = await serve(dir, {routes});
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

for (const lang of EU_LANGUAGES) {
  test(`a page in ${lang} with all four widgets downloads the bundle and its language's file, within ${BUDGETS.pageGzip / 1024} KiB gzipped`, async () => {
    const weight = await pageWeight(browser, `${server.origin}/${lang}.html`, {dir, prefix: '/'});
    // The letter, which exists in seven languages, shows in French where it is not in the page's: its size is in the
    // bundle, as it has no title. Bulgarian and Irish pages, where no document exists, get the English titles in their
    // own file.
    assert.deepEqual(weight.files.map(({file}) => file).sort(), ['cohesion-alliance.js', `locales/${lang}.js`]);
    assert.ok(weight.gzip <= BUDGETS.pageGzip, `${lang}: ${weight.gzip} bytes gzipped (${weight.files.map(({file, gzip}) => `${file} ${gzip}`).join(', ')})`);
    // What those two files render: the language's own texts and titles, and the count in its plural form.
    const shown = weight.texts;
    assert.equal(shown.label, message(lang, 'badge.supporter'));
    assert.equal(shown.heading, message(lang, 'declaration.heading'));
    assert.match(shown.count, /^\D*12\D?000\D+/u, `${lang}: the count "${shown.count}"`);
    assert.equal(shown.title, debateTitle(['bg', 'ga'].includes(lang) ? 'en' : lang));
  });
}
