// The widgets on a host page as integrators use them: the built library under a strict Content-Security-Policy
// with Trusted Types, two copies of the library on one page, and what the widgets leave behind (requests,
// cookies, storage).
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {buildLibrary, engine, launch, serve, watch, widgetsRendered} from './harness.mjs';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Two copies of the library each create Lit's policy, so a page that loads two needs 'allow-duplicates'. */
export const TWO_COPIES_CSP = `${STRICT_CSP} 'allow-duplicates'`;

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
let feedServer;

before(async () => {
  const dist = await buildLibrary();
  const site = mkdtempSync(join(tmpdir(), 'cohesion-site-'));
  cpSync(dist, join(site, 'v1'), {recursive: true});
  cpSync(dist, join(site, 'v2'), {recursive: true});
  const html = (markup, headers = {}) => (req, res) => {
    res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8', ...headers});
    res.end(markup);
  };
  const routes = {
      '/feed.json': (req, res) => res.writeHead(200, {'Content-Type': 'application/json'}).end(FEED),
      '/strict.html': html(page('fr', ['/v1/cohesion-alliance.js'], ALL_WIDGETS), {'Content-Security-Policy': STRICT_CSP}),
      '/two-copies.html': html(page('de', ['/v1/cohesion-alliance.js', '/v2/cohesion-alliance.js'], ALL_WIDGETS)),
      '/two-copies-strict.html': html(page('de', ['/v1/cohesion-alliance.js', '/v2/cohesion-alliance.js'], ALL_WIDGETS), {
        'Content-Security-Policy': TWO_COPIES_CSP,
      }),
      '/two-copies-no-duplicates.html': html(page('de', ['/v1/cohesion-alliance.js', '/v2/cohesion-alliance.js'], ALL_WIDGETS), {
        'Content-Security-Policy': STRICT_CSP,
      }),
      '/plain.html': html(page('en', ['/v1/cohesion-alliance.js'], ALL_WIDGETS.replaceAll(' src="/feed.json"', ''))),
      // Content a server rendered into the tag (declarative shadow DOM), which the bundled Lit cannot take over.
      '/server-rendered.html': html(
        page('en', ['/v1/cohesion-alliance.js'], `<cohesion-declaration-summary><template shadowrootmode="open"><p id="from-server">Rendered by a server</p></template></cohesion-declaration-summary>`),
      ),
      // Mistakes an integrator may make: an unknown variant, an unknown category, a refresh period too short.
      '/mistakes.html': html(
        page('en', ['/v1/cohesion-alliance.js'], `<cohesion-join-badge variant="huge"></cohesion-join-badge>
<cohesion-supporter-counter categories="regions nonsense" refresh="2" src="/feed.json"></cohesion-supporter-counter>`),
        {'Content-Security-Policy': STRICT_CSP},
      ),
      // CMSs add a version to the scripts they load (WordPress writes `?ver=`).
      '/versioned.html': html(
        page('mt', ['/v1/cohesion-alliance.js?ver=6.4'], `${ALL_WIDGETS}
<cohesion-document-picker documents="own"><a href="/own-mt.pdf" hreflang="mt" data-document="own">Dokument</a></cohesion-document-picker>`),
      ),
  };
  server = await serve(site, {routes});
  // A feed on another origin, as a member's CMS or a data service would serve it: public, with CORS.
  feedServer = await serve(mkdtempSync(join(tmpdir(), 'cohesion-feed-')), {
    routes: {
      '/feed.json': (req, res) =>
        res.writeHead(200, {'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*'}).end(JSON.stringify({supporters: {figures: {regions: 142}}})),
    },
  });
  const crossOrigin = (connect) =>
    html(
      page('en', ['/v1/cohesion-alliance.js'], `<cohesion-supporter-counter no-animation src="${feedServer.origin}/feed.json"></cohesion-supporter-counter>`),
      {'Content-Security-Policy': STRICT_CSP.replace("default-src 'self';", `default-src 'self'; connect-src 'self' ${connect};`)},
    );
  routes['/feed-allowed.html'] = crossOrigin(feedServer.origin);
  routes['/feed-blocked.html'] = crossOrigin('https://feeds.example.org');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await feedServer?.close();
});

async function open(path, contextOptions = {}, tags = undefined) {
  const context = await browser.newContext(contextOptions);
  const tab = await context.newPage();
  const errors = watch(tab);
  await tab.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await tab.goto(`${server.origin}${path}`);
  await widgetsRendered(tab, tags);
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

test('content a server rendered into a tag gives way to the widget: it is shown once, with no error', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const errors = watch(tab);
  await tab.goto(`${server.origin}/server-rendered.html`);
  await widgetsRendered(tab, ['cohesion-declaration-summary']);
  await tab.waitForFunction(() => !document.querySelector('cohesion-declaration-summary').shadowRoot.getElementById('from-server'));
  const shown = await tab.evaluate(() => {
    const root = document.querySelector('cohesion-declaration-summary').shadowRoot;
    return {headings: root.querySelectorAll('[part="heading"]').length, server: root.textContent.includes('Rendered by a server')};
  });
  assert.deepEqual(shown, {headings: 1, server: false});
  assert.deepEqual(errors, []);
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
  // A page without mistakes does not load the texts of the warnings.
  assert.deepEqual(resources.filter((url) => /\/warnings-[^/]*\.js$/.test(url)), []);
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

test('under the strict CSP a French page shows the widgets in French, with the feed applied', async () => {
  const {context, tab, errors} = await open('/strict.html');
  await tab.waitForFunction(() => {
    const counter = document.querySelector('cohesion-supporter-counter');
    return counter.shadowRoot.textContent.includes('Régions') && counter.shadowRoot.textContent.includes('141');
  });
  const texts = await tab.evaluate(() => ({
    badge: document.querySelector('cohesion-join-badge').shadowRoot.querySelector('[part~="label"]').textContent.trim(),
    heading: document.querySelector('cohesion-declaration-summary').shadowRoot.querySelector('[part~="heading"]').textContent.trim(),
    lang: document.querySelector('cohesion-declaration-summary').shadowRoot.querySelector('[part~="base"]').lang,
  }));
  assert.deepEqual(texts, {
    badge: 'Rejoignez l’Alliance pour la cohésion',
    heading: 'Déclaration renouvelée de l’Alliance pour la cohésion',
    lang: 'fr',
  });
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('loaded with a query string, as CMSs do, the library runs once and its lazy parts still load', async () => {
  const {context, tab, errors} = await open('/versioned.html');
  // Maltese translations and month names, the feed loader and the reader of the element's own links all load lazily.
  await tab.waitForFunction(() => {
    const text = (tag) => [...document.querySelectorAll(tag)].map((el) => el.shadowRoot.textContent).join(' ');
    return text('cohesion-supporter-counter').includes('141') && text('cohesion-declaration-summary').includes('Ottubru') && text('cohesion-document-picker').includes('Dokument');
  });
  const scripts = await tab.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js')),
  );
  assert.deepEqual(scripts.filter((path) => path.endsWith('/cohesion-alliance.js')), ['/v1/cohesion-alliance.js']);
  assert.equal(new Set(scripts).size, scripts.length, `a module was loaded twice: ${scripts.join(', ')}`);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Opens `path` and returns the library's console warnings once `count` of them have been written. */
async function warningsOf(path, count, blockTexts = false) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const warnings = [];
  tab.on('console', (message) => message.type() === 'warning' && message.text().startsWith('[cohesion-alliance]') && warnings.push(message.text()));
  if (blockTexts) await tab.route(/\/chunks\/warnings-[^/]*\.js$/, (route) => route.abort());
  await tab.goto(`${server.origin}${path}`);
  await widgetsRendered(tab, ['cohesion-join-badge', 'cohesion-supporter-counter']);
  for (let wait = 0; warnings.length < count && wait < 50; wait++) await tab.waitForTimeout(100);
  // Room for a warning too many.
  await tab.waitForTimeout(300);
  await context.close();
  // Each widget reports a mistake when it meets it: a wrong attribute as it renders (once its language's file is
  // there), a `refresh` out of range as it connects. The order between widgets is not part of what is reported.
  return warnings.sort();
}

test('mistakes on the page are reported once each in the console, in full, under the strict CSP', async () => {
  assert.deepEqual(await warningsOf('/mistakes.html', 3), [
    '[cohesion-alliance] <cohesion-join-badge>: "huge" is not a valid variant (use "join", "supporter"); using "join".',
    '[cohesion-alliance] <cohesion-supporter-counter>: "nonsense" is not a supporter category (use "individuals", "regions", "cities", "associations", "meps", "organisations"); ignoring it.',
    '[cohesion-alliance] <cohesion-supporter-counter>: refresh="2" is under 10 seconds; using 10.',
  ].sort());
});

test('where the texts of the warnings cannot load, each warning still names the mistake and its values', async () => {
  assert.deepEqual(await warningsOf('/mistakes.html', 3, true), [
    '[cohesion-alliance] option: cohesion-join-badge huge variant join,supporter join',
    '[cohesion-alliance] category: cohesion-supporter-counter nonsense individuals,regions,cities,associations,meps,organisations',
    '[cohesion-alliance] refreshRange: cohesion-supporter-counter 2 10',
  ].sort());
});

// The browser tests' runner cannot emulate forced colours (see test/safety-a11y.test.ts); Playwright can, in Chromium.
// Firefox, driven over WebDriver BiDi, and WebKit, over WebDriver, have no command for it.
const noForcedColours = engine !== 'chromium' && `${engine} is driven without a way to emulate forced colours`;
test('with forced colours every control of every widget stays visible, with a visible focus indicator', {skip: noForcedColours}, async () => {
  const {context, tab, errors} = await open('/plain.html', {forcedColors: 'active'});
  assert.equal(await tab.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
  const controls = await tab.evaluate(() => {
    const transparent = (color) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
    return [...document.querySelectorAll('cohesion-join-badge, cohesion-supporter-counter, cohesion-declaration-summary, cohesion-document-picker')]
      .flatMap((el) => [...el.shadowRoot.querySelectorAll('a[href], select, summary, button')])
      .map((control) => {
        const style = getComputedStyle(control);
        const box = control.getBoundingClientRect();
        return {
          name: `${control.getRootNode().host.localName} ${control.localName}`,
          sized: box.width >= 24 && box.height >= 24,
          text: !transparent(style.color) && style.color !== style.backgroundColor,
          adjusted: style.forcedColorAdjust !== 'none',
        };
      });
  });
  assert.ok(controls.length >= 6, `controls found: ${controls.length}`);
  for (const control of controls) assert.deepEqual(control, {...control, sized: true, text: true, adjusted: true});
  // Keyboard focus on each control draws an outline in a system colour.
  await tab.evaluate(() => document.body.insertAdjacentHTML('afterbegin', '<button id="start">start</button>'));
  await tab.focus('#start');
  const outlines = [];
  for (let i = 0; i < controls.length; i++) {
    await tab.keyboard.press('Tab');
    outlines.push(
      await tab.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        const style = getComputedStyle(active);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
      }),
    );
  }
  assert.deepEqual(outlines, controls.map(() => true));
  assert.deepEqual(errors, []);
  await context.close();
});

test('two copies of the library under the strict CSP work when the policy allows duplicates', async () => {
  const {context, tab, errors} = await open('/two-copies-strict.html');
  await tab.waitForTimeout(300);
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two copies under a policy without allow-duplicates: the second copy is refused, the widgets of the first work', async () => {
  const {context, tab, errors} = await open('/two-copies-no-duplicates.html');
  await tab.waitForTimeout(300);
  // Lit names its policy "lit-html" in every copy; the browser refuses a second policy of that name.
  assert.deepEqual(await tab.evaluate(() => window.__violations), ['trusted-types trusted-types-policy']);
  // Each engine in its own words: Chromium's and WebKit's, Firefox's.
  assert.ok(errors.some((error) => /Policy with name ["']lit-html["'] already exists|blocked creating policy named 'lit-html'/.test(error)), errors.join('\n'));
  const rendered = await tab.evaluate(() =>
    [...document.querySelectorAll('cohesion-join-badge, cohesion-supporter-counter, cohesion-declaration-summary, cohesion-document-picker')].map(
      (el) => el.shadowRoot.textContent.trim().length > 0,
    ),
  );
  assert.deepEqual(rendered, [true, true, true, true]);
  await context.close();
});

async function regions(tab) {
  return tab.evaluate(() => {
    const figure = [...document.querySelector('cohesion-supporter-counter').shadowRoot.querySelectorAll('[part~="figure"]')].find(
      (f) => f.querySelector('[part~="label"]').textContent.trim() === 'Regions',
    );
    return figure.querySelector('[part~="value"]').textContent.trim();
  });
}

test('a feed on another origin named in connect-src loads under the strict CSP', async () => {
  const {context, tab, errors} = await open('/feed-allowed.html', {}, ['cohesion-supporter-counter']);
  await tab.waitForFunction(() => document.querySelector('cohesion-supporter-counter').shadowRoot.textContent.includes('142'));
  assert.equal(await regions(tab), '142');
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a feed on an origin the CSP does not allow is blocked; the widget keeps its figures and fires a data error', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const warnings = [];
  tab.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await tab.addInitScript(() => {
    window.__violations = [];
    window.__dataErrors = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
    document.addEventListener('cohesion-data-error', (e) => window.__dataErrors.push(e.detail.message));
  });
  await tab.goto(`${server.origin}/feed-blocked.html`);
  await tab.waitForFunction(() => window.__dataErrors.length > 0);
  assert.equal(await regions(tab), '140');
  assert.deepEqual(await tab.evaluate(() => window.__violations), ['connect-src']);
  assert.equal(warnings.filter((w) => w.startsWith('[cohesion-alliance]')).length, 1);
  await context.close();
});
