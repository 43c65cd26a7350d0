// Each widget in the language of its place on the page, with the built library under the strict Content-Security-Policy
// with Trusted Types that host pages use: widgets in several languages on one page, each loading only its own.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {buildLibrary, launch, serve, watch, widgetsRendered} from './harness.mjs';

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

// A German page with widgets in other languages: French and Latvian around them, Irish on one itself, and a CMS's
// nl_NL.
const PAGE = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Languages</title>
<script type="module" src="/lib/cohesion-alliance.js"></script>
</head><body>
<cohesion-join-badge id="page"></cohesion-join-badge>
<div id="french" lang="fr"><cohesion-join-badge id="fr"></cohesion-join-badge></div>
<cohesion-join-badge id="own" lang="ga"></cohesion-join-badge>
<div lang="nl_NL"><cohesion-join-badge id="nl"></cohesion-join-badge></div>
<section lang="lv"><cohesion-document-picker documents="debate-2022"></cohesion-document-picker></section>
</body></html>`;

let browser;
let server;

before(async () => {
  const site = mkdtempSync(join(tmpdir(), 'cohesion-languages-'));
  cpSync(await buildLibrary(), join(site, 'lib'), {recursive: true});
  server = await serve(site, {
    routes: {
      '/languages.html': (req, res) =>
        res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': STRICT_CSP}).end(PAGE),
      // A German page with the four widgets and the space the README says to reserve for them, and content below.
      '/reserved.html': (req, res) =>
        res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'}).end(`<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Reserved</title>
<style>
cohesion-join-badge:not(:defined) { display: inline-block; inline-size: 17em; block-size: 6em; }
cohesion-supporter-counter:not(:defined) { display: block; min-block-size: 40rem; }
cohesion-declaration-summary:not(:defined) { display: block; min-block-size: 32rem; }
cohesion-document-picker:not(:defined) { display: block; min-block-size: 44rem; }
</style>
<script type="module" src="/lib/cohesion-alliance.js"></script></head><body>
<cohesion-join-badge></cohesion-join-badge><p>Text</p><cohesion-supporter-counter no-animation></cohesion-supporter-counter><p>Text</p>
<cohesion-declaration-summary></cohesion-declaration-summary><p>Text</p><cohesion-document-picker></cohesion-document-picker><p>Footer</p>
</body></html>`),
      '/page.html': (req, res, url) =>
        res
          .writeHead(200, {'Content-Type': 'text/html; charset=utf-8'})
          .end(
            `<!doctype html><html lang="${url.searchParams.get('lang')}"><head><meta charset="utf-8"><title>Page</title>` +
              '<script type="module" src="/lib/cohesion-alliance.js"></script></head><body>' +
              '<cohesion-join-badge id="badge"></cohesion-join-badge><cohesion-supporter-counter></cohesion-supporter-counter></body></html>',
          ),
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const labels = (tab) =>
  tab.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('cohesion-join-badge')].map((badge) => {
        const label = badge.shadowRoot.querySelector('[part~="label"]');
        return [badge.id, `${label.lang}: ${label.textContent.trim()}`];
      }),
    ),
  );

test('under the strict CSP each widget speaks the language of its place, loads only the languages in use, and follows a change', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const errors = watch(tab);
  await tab.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await tab.goto(`${server.origin}/languages.html`);
  await widgetsRendered(tab, ['cohesion-join-badge', 'cohesion-document-picker']);
  assert.deepEqual(await labels(tab), {
    page: 'de: Treten Sie der Allianz für Kohäsionspolitik bei',
    fr: 'fr: Rejoignez l’Alliance pour la cohésion',
    own: 'ga: Bí páirteach sa #CohesionAlliance',
    nl: 'nl: Sluit u aan bij de #CohesionAlliance',
  });
  const picker = await tab.evaluate(() => {
    const root = document.querySelector('cohesion-document-picker').shadowRoot;
    return {lang: root.querySelector('[part~="base"]').lang, title: root.querySelector('[part~="title"]').textContent.trim()};
  });
  assert.deepEqual(picker, {lang: 'lv', title: 'Debates par kohēzijas politikas nākotni sākas jau tagad!'});
  const locales = await tab.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/lib/locales/'))
      .sort(),
  );
  assert.deepEqual(locales, ['de', 'fr', 'ga', 'lv', 'nl'].map((lang) => `/lib/locales/${lang}.js`));

  await tab.evaluate(() => (document.getElementById('french').lang = 'fi'));
  await tab.waitForFunction(() => document.getElementById('fr').shadowRoot.querySelector('[part~="label"]').lang === 'fi');
  assert.equal((await labels(tab)).fr, 'fi: Liity #CohesionAlliance-ryhmittymään');
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * Opens a page in `lang` with a badge and a counter, the language file `failing` refused (or, with `stall`, never
 * answered), and returns what the badge says, the warnings, and the time until the badge rendered.
 */
async function withoutFile(lang, failing, {stall = false} = {}) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const errors = watch(tab);
  const warnings = [];
  tab.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await tab.route(`**/lib/locales/${failing}.js`, (route) => (stall ? undefined : route.fulfill({status: 404, body: 'Not found'})));
  // A file that never answers keeps Firefox's load event from firing: the page is taken as soon as it is parsed.
  await tab.goto(`${server.origin}/page.html?lang=${lang}`, {waitUntil: 'domcontentloaded'});
  await tab.waitForFunction(
    () => ['cohesion-join-badge', 'cohesion-supporter-counter'].every((tag) => document.querySelector(tag).shadowRoot?.querySelector('[part]')),
    undefined,
    {timeout: 20000},
  );
  const rendered = await tab.evaluate(() => performance.now());
  for (let wait = 0; warnings.length < 1 && wait < 50; wait++) await tab.waitForTimeout(100);
  const label = await labels(tab);
  await context.close();
  // The refused file itself is the one failed request (Firefox reports it by its address and type, not its status).
  return {label: label.badge, warnings, errors: errors.filter((error) => !error.includes('404') && !error.includes(`/lib/locales/${failing}.js`)), rendered};
}

test('where a language file cannot load, its widgets speak English and the console says which file failed', async () => {
  const {label, warnings, errors} = await withoutFile('de', 'de');
  assert.deepEqual({label, warnings, errors}, {
    label: 'en: Join the #CohesionAlliance',
    warnings: ['[cohesion-alliance] The "de" translations could not be loaded; the widgets stay in English.'],
    errors: [],
  });
});

test('where the English file (the English titles) cannot load, the widgets in English still show their texts, and those in other languages are not touched', async () => {
  const english = await withoutFile('en', 'en');
  assert.deepEqual([english.label, english.warnings], ['en: Join the #CohesionAlliance', []]);
  assert.deepEqual((await withoutFile('de', 'en')).label, 'de: Treten Sie der Allianz für Kohäsionspolitik bei');
});

test('where a language file never answers, its widgets render in English after a few seconds and the console says why, once', async () => {
  const {rendered, ...stalled} = await withoutFile('de', 'de', {stall: true});
  assert.deepEqual(stalled, {
    label: 'en: Join the #CohesionAlliance',
    warnings: ['[cohesion-alliance] The "de" translations did not arrive within 5 s; the widgets waiting for them render in English.'],
    errors: [],
  });
  assert.ok(rendered < 10000, `the widgets rendered ${Math.round(rendered)} ms after the page began loading`);
});

test('the tags wait for the page language before they upgrade: no frame shows an upgraded widget without its content', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const errors = watch(tab);
  // On every frame: the widgets that are upgraded (no longer styled by the page's `:not(:defined)` rules) but empty.
  await tab.addInitScript(() => {
    window.__empty = [];
    const check = () => {
      for (const el of document.querySelectorAll('cohesion-join-badge, cohesion-supporter-counter, cohesion-declaration-summary, cohesion-document-picker')) {
        if (el.matches(':defined') && !el.shadowRoot?.querySelector('[part]')) window.__empty.push(el.localName);
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  // The language's file arrives late, as on a slow connection.
  await tab.route('**/lib/locales/de.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  await tab.goto(`${server.origin}/reserved.html`);
  await widgetsRendered(tab);
  await tab.waitForTimeout(200);
  assert.deepEqual([...new Set(await tab.evaluate(() => window.__empty))], []);
  assert.deepEqual(errors, []);
  await context.close();
});
