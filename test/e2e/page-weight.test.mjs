// What a page really downloads before its widgets show their content, with the self-contained files: the bundle and
// its language's file (translations and document titles, English included); the titles of another language only for a
// document shown in it. `npm run bench` prints their gzipped sizes for each language.
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
  server = await serve(dir, {routes: {'/en.html': html('en'), '/de.html': html('de'), '/bg.html': html('bg')}});
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('an English page downloads the bundle and the English file, with the titles in it', async () => {
  const weight = await pageWeight(browser, `${server.origin}/en.html`, {dir, prefix: '/'});
  // The letter, which has no English version, shows in French: its size is in the bundle, as it has no title.
  assert.deepEqual(weight.files.map(({file}) => file).sort(), ['cohesion-alliance.js', 'locales/en.js']);
});

test('a German page downloads the German file and no other language', async () => {
  const weight = await pageWeight(browser, `${server.origin}/de.html`, {dir, prefix: '/'});
  assert.deepEqual(weight.files.map(({file}) => file).sort(), ['cohesion-alliance.js', 'locales/de.js']);
});

test('a Bulgarian page, whose documents are shown in English, downloads the English titles and not the English texts', async () => {
  const weight = await pageWeight(browser, `${server.origin}/bg.html`, {dir, prefix: '/'});
  assert.deepEqual(weight.files.map(({file}) => file).sort(), ['cohesion-alliance.js', 'locales/bg.js', 'titles/en.js']);
});
