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
