// What a page really downloads before its widgets show their content, with the self-contained files: the bundle,
// the titles of the documents the picker shows and, in the other 23 languages, that language's translations; no
// other language's files. `npm run bench` prints their gzipped sizes for each language.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {buildLibrary, launch, serve} from './harness.mjs';
import {pageWeight, widgetPage} from '../../bench/page-weight.mjs';

let browser;
let server;
let dir;

before(async () => {
  dir = await buildLibrary();
  const html = (lang) => (req, res) => res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'}).end(widgetPage(lang, '/cohesion-alliance.js'));
  server = await serve(dir, {routes: {'/en.html': html('en'), '/de.html': html('de')}});
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('an English page downloads the bundle and the titles of the documents its picker shows, and no translations', async () => {
  const weight = await pageWeight(browser, `${server.origin}/en.html`, {dir, prefix: '/'});
  // The picker shows the two declarations in English and the letter, which has no English version, in French.
  assert.deepEqual(weight.files.map(({file}) => file).sort(), ['cohesion-alliance.js', 'titles/en.js', 'titles/fr.js']);
});

test('a German page downloads the German translations and titles, and no other language', async () => {
  const weight = await pageWeight(browser, `${server.origin}/de.html`, {dir, prefix: '/'});
  const languageFiles = weight.files.map(({file}) => file).filter((file) => /^(locales|titles|dates)\//.test(file));
  assert.deepEqual(languageFiles.sort(), ['locales/de.js', 'titles/de.js']);
});
