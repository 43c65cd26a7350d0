// The widgets on a host page as integrators use them: the built library under a strict Content-Security-Policy
// with Trusted Types, two copies of the library on one page, and what the widgets leave behind (requests,
// cookies, storage).
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {buildLibrary, launch, serve, watch, widgetsRendered} from './harness.mjs';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const FEED = JSON.stringify({supporters: {figures: {regions: 141}}});

const page = (lang, scripts, body) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Host page</title>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head><body>
${body}
</body></html>`;

const ALL_WIDGETS = `<cohesion-join-badge show-count src="/feed.json"></cohesion-join-badge>
<cohesion-supporter-counter src="/feed.json"></cohesion-supporter-counter>
<cohesion-declaration-summary src="/feed.json"></cohesion-declaration-summary>
<cohesion-document-picker src="/feed.json"></cohesion-document-picker>`;

let browser;
let server;

before(async () => {
  const dist = await buildLibrary();
  const site = mkdtempSync(join(tmpdir(), 'cohesion-site-'));
  cpSync(dist, join(site, 'v1'), {recursive: true});
  cpSync(dist, join(site, 'v2'), {recursive: true});
  const html = (markup, headers = {}) => (req, res) => {
    res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8', ...headers});
    res.end(markup);
  };
  server = await serve(site, {
    routes: {
      '/feed.json': (req, res) => res.writeHead(200, {'Content-Type': 'application/json'}).end(FEED),
      '/strict.html': html(page('fr', ['/v1/cohesion-alliance.js'], ALL_WIDGETS), {'Content-Security-Policy': STRICT_CSP}),
      '/two-copies.html': html(page('de', ['/v1/cohesion-alliance.js', '/v2/cohesion-alliance.js'], ALL_WIDGETS)),
      '/plain.html': html(page('en', ['/v1/cohesion-alliance.js'], ALL_WIDGETS.replaceAll(' src="/feed.json"', ''))),
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const errors = watch(tab);
  await tab.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await tab.goto(`${server.origin}${path}`);
  await widgetsRendered(tab);
  return {context, tab, errors};
}

test('under a strict CSP with Trusted Types all four widgets render, styled, with no violation', async () => {
  const {context, tab, errors} = await open('/strict.html');
  // Let the feed and the French translations arrive.
  await tab.waitForTimeout(500);
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  const styled = await tab.evaluate(() =>
    [...document.querySelectorAll('cohesion-join-badge, cohesion-supporter-counter, cohesion-declaration-summary, cohesion-document-picker')].map(
      (el) => el.shadowRoot.adoptedStyleSheets.length > 0,
    ),
  );
  assert.deepEqual(styled, [true, true, true, true]);
  await context.close();
});

test('two copies of the library on one page load without an error and every tag works', async () => {
  const {context, tab, errors} = await open('/two-copies.html');
  await tab.waitForTimeout(300);
  assert.deepEqual(errors, []);
  await tab.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<cohesion-join-badge id="late"></cohesion-join-badge>');
  });
  await tab.waitForFunction(() => document.querySelector('#late').shadowRoot?.textContent.trim().length > 0);
  await context.close();
});

test('without a feed the widgets request nothing but the library, and leave no cookie or storage', async () => {
  const {context, tab, errors} = await open('/plain.html');
  const requested = [];
  tab.on('request', (request) => requested.push(request.url()));
  await tab.waitForTimeout(300);
  // Switch language and scroll, as a reader would, to give every widget the chance to load more.
  await tab.evaluate(() => (document.documentElement.lang = 'lv'));
  await tab.mouse.wheel(0, 2000);
  await tab.waitForTimeout(500);
  const resources = await tab.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  // The browser's own request for a page icon is not the widgets'.
  for (const url of [...resources, ...requested].filter((u) => !u.endsWith('/favicon.ico'))) {
    assert.ok(url.startsWith(`${server.origin}/v1/`), `unexpected request: ${url}`);
  }
  assert.deepEqual(await context.cookies(), []);
  const storage = await tab.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(storage, {cookie: '', local: 0, session: 0, databases: 0, caches: 0});
  assert.deepEqual(errors, []);
  await context.close();
});

test('with a feed the only other request is that feed, once for four widgets', async () => {
  const before_ = server.requests.filter((r) => r === '/feed.json').length;
  const {context, tab, errors} = await open('/strict.html');
  await tab.waitForTimeout(500);
  const resources = await tab.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  const outside = resources.filter((url) => !url.startsWith(`${server.origin}/v1/`) && !url.endsWith('/favicon.ico'));
  assert.deepEqual(outside, [`${server.origin}/feed.json`]);
  assert.equal(server.requests.filter((r) => r === '/feed.json').length - before_, 1);
  assert.deepEqual(errors, []);
  await context.close();
});
