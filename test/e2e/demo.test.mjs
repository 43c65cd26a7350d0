// The built demo site in Chromium: the regional page, its language switch, and the configurator's snippet pasted
// into a blank page. Builds the demo first (set DEMO_BUILT=1 to test an existing dist-demo/).
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, sep} from 'node:path';
import process from 'node:process';
import {chromium} from 'playwright-core';

const root = new URL('../../', import.meta.url).pathname;
const site = join(root, 'dist-demo');
const bin = (name) => join(root, 'node_modules/.bin', name);
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const TAGS = ['cohesion-join-badge', 'cohesion-supporter-counter', 'cohesion-declaration-summary', 'cohesion-document-picker'];
const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml'};

/** Pages the tests write, served beside the demo: the "blank page" an integrator pastes the snippet into. */
const pages = new Map();
let blankPages = 0;
let server;
let origin;
let browser;

function serve(request, response) {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  if (path === '/favicon.ico') {
    // The blank pages have no icon; the browser asks for one all the same.
    response.writeHead(204);
    response.end();
    return;
  }
  if (pages.has(path)) {
    response.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'});
    response.end(pages.get(path));
    return;
  }
  const file = normalize(join(site, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(site + sep) || !existsSync(file)) {
    response.writeHead(404, {'Content-Type': 'text/plain'});
    response.end('Not found');
    return;
  }
  response.writeHead(200, {'Content-Type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`});
  response.end(readFileSync(file));
}

/** Opens `path` in a fresh context and records every console error or warning, page error and failed request. */
async function open(path, {width = 1280, height = 900, colorScheme = 'light'} = {}) {
  const context = await browser.newContext({viewport: {width, height}, locale: 'en-US', colorScheme});
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.dataErrors = [];
    document.addEventListener('cohesion-data-error', (event) => window.dataErrors.push(event.detail.message));
  });
  const problems = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(`${origin}/${path}`);
  return {page, context, problems};
}

/** Waits until every widget on the page is defined, has rendered into its shadow root and has no update pending. */
async function widgetsReady(page) {
  await page.waitForFunction((tags) => {
    const widgets = [...document.querySelectorAll(tags.join(','))];
    return widgets.length > 0 && widgets.every((w) => customElements.get(w.localName) && w.shadowRoot?.textContent?.trim());
  }, TAGS);
  await page.evaluate((tags) => Promise.all([...document.querySelectorAll(tags.join(','))].map((w) => w.updateComplete)), TAGS);
}

/** The text a widget shows, with white space (also no-break spaces) collapsed. */
const textOf = (page, selector) =>
  page.evaluate((s) => (document.querySelector(s)?.shadowRoot?.textContent ?? '').replace(/\s+/gu, ' ').trim(), selector);

/** Waits until a widget's text stops changing (the supporter counter counts up for up to 1.5 s). */
async function settledText(page, selector) {
  let previous = await textOf(page, selector);
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(250);
    const current = await textOf(page, selector);
    if (current === previous) return current;
    previous = current;
  }
  return previous;
}

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
async function axeViolations(page) {
  await page.addScriptTag({content: axeSource});
  const violations = await page.evaluate(async () => (await window.axe.run(document, {resultTypes: ['violations']})).violations);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

before(async () => {
  if (!process.env.DEMO_BUILT) {
    execFileSync(bin('lit-localize'), ['build'], {cwd: root, stdio: 'ignore'});
    execFileSync(bin('lit-localize'), ['build', '--config', 'lit-localize.configurator.json'], {cwd: root, stdio: 'ignore'});
    execFileSync(bin('vite'), ['build', '--config', 'vite.demo.config.ts', '--logLevel', 'error'], {cwd: root, stdio: 'inherit'});
  }
  server = createServer(serve);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({executablePath, args});
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

describe('the regional demo page', () => {
  it('is built as static files with relative addresses', () => {
    for (const file of ['index.html', 'configurator.html', 'cohesion-alliance.js', 'feed.json']) {
      assert.ok(existsSync(join(site, file)), `dist-demo/${file} exists`);
    }
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    assert.match(html, /<script type="module" src="\.\/cohesion-alliance\.js"\s*><\/script>/);
    assert.doesNotMatch(html, /(src|href)="\/(?!\/)/, 'no root-relative address');
  });

  it('renders every widget in its shadow root without console errors, warnings or failed requests', async () => {
    const {page, context, problems} = await open('index.html');
    await widgetsReady(page);
    const counts = await page.evaluate((tags) => tags.map((t) => document.querySelectorAll(t).length), TAGS);
    assert.deepEqual(counts, [2, 1, 1, 1]);
    await settledText(page, 'cohesion-supporter-counter');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('loads the example feed into the counter without a data error', async () => {
    const {page, context, problems} = await open('index.html');
    await widgetsReady(page);
    await page.waitForLoadState('networkidle');
    assert.match(await settledText(page, 'cohesion-supporter-counter'), /12,000/);
    assert.deepEqual(await page.evaluate(() => window.dataErrors), []);
    assert.deepEqual(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.json'))), ['/feed.json']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('switches <html lang>, the address and every widget to the language chosen', async () => {
    const {page, context, problems} = await open('index.html');
    await widgetsReady(page);
    const english = {};
    for (const tag of TAGS) english[tag] = await settledText(page, tag);
    const footerEnglish = await textOf(page, 'footer cohesion-join-badge');

    await page.selectOption('#language', 'de');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'de');
    await page.waitForFunction(() => document.querySelector('cohesion-supporter-counter').shadowRoot.textContent.includes('12.000'));
    await page.waitForFunction(() => document.querySelector('cohesion-declaration-summary').shadowRoot.textContent.includes('Oktober 2022'));
    await page.waitForFunction(() =>
      document.querySelector('cohesion-document-picker').shadowRoot.textContent.includes('Die Debatte über die Zukunft der Kohäsionspolitik beginnt jetzt!'),
    );
    await widgetsReady(page);
    for (const tag of TAGS) assert.notEqual(await settledText(page, tag), english[tag], `${tag} changed language`);
    assert.notEqual(await textOf(page, 'footer cohesion-join-badge'), footerEnglish);

    await page.selectOption('#language', 'bg');
    await page.waitForFunction(() => /12\s000/u.test(document.querySelector('cohesion-supporter-counter').shadowRoot.textContent));
    await page.selectOption('#language', 'en');
    await widgetsReady(page);
    for (const tag of TAGS) assert.equal(await settledText(page, tag), english[tag], `${tag} back in English`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('opens in the language the address asks for', async () => {
    const {page, context, problems} = await open('index.html?lang=fr');
    await widgetsReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    assert.equal(await page.inputValue('#language'), 'fr');
    await page.waitForFunction(() => document.querySelector('cohesion-declaration-summary').shadowRoot.textContent.includes('octobre 2022'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('lists the 24 official languages by their own names', async () => {
    const {page, context} = await open('index.html');
    const options = await page.$$eval('#language option', (list) => list.map((o) => [o.value, o.lang, o.textContent]));
    assert.equal(options.length, 24);
    for (const [value, lang] of options) assert.equal(lang, value);
    assert.deepEqual(options.find(([v]) => v === 'bg'), ['bg', 'bg', 'Български']);
    await context.close();
  });

  it('leads keyboard users past the header with the skip link', async () => {
    const {page, context} = await open('index.html');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to main content');
    assert.ok(await page.evaluate(() => document.activeElement.getBoundingClientRect().top >= 0), 'the skip link shows when focused');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await context.close();
  });

  for (const path of ['index.html', 'configurator.html']) {
    it(`${path} has no horizontal scroll from 320 px wide`, async () => {
      for (const width of [320, 768, 1280]) {
        const {page, context} = await open(path, {width, height: 800});
        await widgetsReady(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `${path} at ${width} px`);
        await context.close();
      }
    });

    for (const colorScheme of ['light', 'dark']) {
      it(`${path} passes axe in the ${colorScheme} colour scheme, in English and in German`, async () => {
        for (const lang of ['en', 'de']) {
          const {page, context} = await open(`${path}?lang=${lang}`, {colorScheme});
          await widgetsReady(page);
          await settledText(page, 'cohesion-join-badge');
          assert.deepEqual(await axeViolations(page), [], `${path}?lang=${lang}`);
          await context.close();
        }
      });
    }
  }
});

describe('the configurator', () => {
  /** Pastes `snippet` into an empty page on the same server and opens it. */
  async function blankPage(snippet) {
    const path = `/blank-${++blankPages}.html`;
    pages.set(path, `<!doctype html>\n<html>\n<head><meta charset="utf-8"><title>Blank</title></head>\n<body>\n${snippet}\n</body>\n</html>\n`);
    return open(path.slice(1));
  }

  /** The preview's element: its tag, attributes and text. */
  async function describeWidget(page, scope) {
    const selector = `${scope} ${TAGS.join(`, ${scope} `)}`;
    await page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.textContent?.trim(), selector);
    await page.evaluate((s) => document.querySelector(s).updateComplete, selector);
    const tag = await page.evaluate((s) => document.querySelector(s).localName, selector);
    const attributes = await page.evaluate(
      (s) => [...document.querySelector(s).attributes].map((a) => [a.name, a.value]).sort(),
      selector,
    );
    const text = await settledText(page, `${scope} ${tag}`);
    return {tag, attributes, text};
  }

  const scenarios = [
    {
      name: 'the join badge as a large supporter badge with the count, dark',
      steps: async (page) => {
        await page.getByRole('radio', {name: 'Join badge'}).check();
        await page.getByRole('radio', {name: /^Supporter:/}).check();
        await page.getByRole('radio', {name: 'Large', exact: true}).check();
        await page.getByRole('checkbox', {name: 'Show the number of supporters'}).check();
        await page.getByRole('radio', {name: 'Dark', exact: true}).check();
      },
      expect: '<cohesion-join-badge variant="supporter" size="l" show-count appearance="dark">',
    },
    {
      name: 'the supporter counter with four figures, short numbers, the date and no animation, from the feed',
      steps: async (page) => {
        await page.getByRole('radio', {name: 'Supporter counter'}).check();
        await page.getByRole('checkbox', {name: 'Members of the European Parliament'}).uncheck();
        await page.getByRole('checkbox', {name: 'EU sectoral organisations'}).uncheck();
        await page.getByRole('radio', {name: 'Short (12K)'}).check();
        await page.getByRole('checkbox', {name: 'Say when the figures date from'}).check();
        await page.getByRole('checkbox', {name: 'Do not count up'}).check();
        await page.getByRole('textbox', {name: 'Feed address (optional)'}).fill('feed.json');
      },
      expect: '<cohesion-supporter-counter categories="individuals regions cities associations" notation="compact" show-date no-animation src="feed.json">',
    },
    {
      name: 'the declaration summary at heading level 3, folded',
      steps: async (page) => {
        await page.getByRole('radio', {name: 'Declaration summary'}).check();
        await page.getByRole('combobox', {name: 'Heading level'}).selectOption('3');
        await page.getByRole('checkbox', {name: /^Fold the five commitments/}).check();
      },
      expect: '<cohesion-declaration-summary heading-level="3" collapsed>',
    },
    {
      name: 'the document picker with two documents in German and a page explaining missing languages',
      steps: async (page) => {
        await page.getByRole('radio', {name: 'Document picker'}).check();
        await page.getByRole('checkbox', {name: 'Letter of the #CohesionAlliance to Charles Michel'}).uncheck();
        await page.getByRole('combobox', {name: 'Language of the documents'}).selectOption('de');
        await page.getByRole('textbox', {name: /^Page explaining missing languages/}).fill('https://example.org/languages?a=1&b=2');
      },
      expect: '<cohesion-document-picker documents="debate-2022 declaration-2020" document-lang="de" why-href="https://example.org/languages?a=1&amp;b=2">',
    },
  ];

  for (const scenario of scenarios) {
    it(`writes a snippet that shows exactly its preview in a blank page: ${scenario.name}`, async () => {
      const {page, context, problems} = await open('configurator.html');
      await widgetsReady(page);
      await scenario.steps(page);
      const snippet = await page.inputValue('#snippet');
      const lines = snippet.split('\n');
      assert.equal(lines[0], `<script type="module" src="${origin}/cohesion-alliance.js"></script>`);
      // The page language's file, preloaded beside the script (test/e2e/configurator.test.mjs).
      assert.equal(lines[1], `<link rel="modulepreload" href="${origin}/locales/en.js">`);
      // The element's tag with its attributes, then its fallback content (test/e2e/configurator.test.mjs).
      assert.equal(lines[2], scenario.expect);
      assert.equal(lines.at(-1), `</${scenario.expect.slice(1, scenario.expect.indexOf(' '))}>`);
      const preview = await describeWidget(page, '#preview');

      const blank = await blankPage(snippet);
      const pasted = await describeWidget(blank.page, 'body');
      assert.deepEqual(pasted, preview);
      assert.equal(await blank.page.evaluate((tags) => document.querySelectorAll(tags.join(',')).length, TAGS), 1);
      assert.deepEqual(problems, []);
      assert.deepEqual(blank.problems, []);
      await blank.context.close();
      await context.close();
    });
  }

  it('escapes every attribute value, so that a hostile label stays text', async () => {
    const {page, context} = await open('configurator.html');
    await widgetsReady(page);
    const label = `"><img src=x onerror="window.pwned=1">& 'Join' <b>us</b>`;
    await page.getByRole('textbox', {name: 'Own text (optional)'}).fill(label);
    const snippet = await page.inputValue('#snippet');
    // The label is the text of the badge's fallback link, which the badge takes as its label.
    assert.deepEqual(snippet.split('\n').slice(2), [
      '<cohesion-join-badge>',
      '  <a href="https://cor.europa.eu/en/engage/Pages/cohesion-alliance.aspx">"&gt;&lt;img src=x onerror="window.pwned=1"&gt;&amp; \'Join\' &lt;b&gt;us&lt;/b&gt;</a>',
      '</cohesion-join-badge>',
    ]);
    const blank = await blankPage(snippet);
    const pasted = await describeWidget(blank.page, 'body');
    assert.equal(await blank.page.evaluate(() => document.querySelector('cohesion-join-badge > a').textContent), label);
    assert.ok(pasted.text.includes(label.replace(/\s+/g, ' ')), 'the label is shown as text');
    assert.equal(await blank.page.evaluate(() => document.querySelectorAll('img').length + (window.pwned ? 1 : 0)), 0);
    await blank.context.close();
    await context.close();
  });

  it('leaves out an address that is not http or https, and says why', async () => {
    const {page, context} = await open('configurator.html');
    await widgetsReady(page);
    const field = page.getByRole('textbox', {name: 'Feed address (optional)'});
    await field.fill('javascript:alert(1)');
    assert.doesNotMatch(await page.inputValue('#snippet'), /src="javascript/);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    const description = await field.evaluate((input) =>
      input.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id).textContent).join(' '),
    );
    assert.match(description, /Only web addresses \(http or https\) work here/);
    await field.fill('https://example.org/feed.json');
    assert.equal(await field.getAttribute('aria-invalid'), null);
    assert.match(await page.inputValue('#snippet'), / src="https:\/\/example\.org\/feed\.json"/);
    await context.close();
  });

  it('switches the preview to the language chosen and notes in the snippet that it comes from the page', async () => {
    const {page, context, problems} = await open('configurator.html');
    await widgetsReady(page);
    await page.getByRole('radio', {name: 'Declaration summary'}).check();
    await page.getByRole('combobox', {name: 'Language of your page'}).selectOption('fr');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    await page.waitForFunction(() => document.querySelector('#preview cohesion-declaration-summary')?.shadowRoot?.textContent.includes('octobre 2022'));
    // The snippet is written again once the French texts of its fallback content have loaded.
    await page.waitForFunction(() => document.querySelector('#snippet').value.includes('<html lang="fr">'), undefined, {timeout: 10000}).catch(() => {});
    assert.match(await page.inputValue('#snippet'), /<html lang="fr">/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('copies the snippet with the Copy button and confirms it politely', async () => {
    const {page, context} = await open('configurator.html');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin});
    await widgetsReady(page);
    assert.equal(await page.getAttribute('#copy-status', 'role'), 'status');
    await page.getByRole('button', {name: 'Copy snippet'}).click();
    await page.waitForFunction(() => document.querySelector('#copy-status').textContent.includes('copied'));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.inputValue('#snippet'));
    await context.close();
  });

  it('selects the snippet for copying by hand when the clipboard is not available', async () => {
    const {page, context} = await open('configurator.html');
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await widgetsReady(page);
    await page.getByRole('button', {name: 'Copy snippet'}).click();
    await page.waitForFunction(() => document.querySelector('#copy-status').textContent.includes('Ctrl+C'));
    const selection = await page.evaluate(() => {
      const area = document.querySelector('#snippet');
      return [document.activeElement === area, area.selectionStart, area.selectionEnd, area.value.length];
    });
    assert.deepEqual(selection, [true, 0, selection[3], selection[3]]);
    await context.close();
  });

  it('keeps the reader on the configurator when a link in the preview is activated, and says where it leads', async () => {
    const {page, context} = await open('configurator.html');
    await widgetsReady(page);
    const address = page.url();
    const status = () => page.textContent('#preview-status');
    await page.evaluate(() => document.querySelector('#preview cohesion-join-badge').shadowRoot.querySelector('a').click());
    await page.waitForFunction(() => document.querySelector('#preview-status').textContent.includes('the badge opens https://cor.europa.eu/'));

    await page.getByRole('radio', {name: 'Declaration summary'}).check();
    await page.waitForFunction(() => document.querySelector('#preview cohesion-declaration-summary')?.shadowRoot?.querySelector('a[part~="link"]'));
    await page.evaluate(() => document.querySelector('#preview cohesion-declaration-summary').shadowRoot.querySelector('a[part~="link"]').click());
    await page.waitForFunction(() => document.querySelector('#preview-status').textContent.includes('this link opens https://'));

    await page.getByRole('radio', {name: 'Document picker'}).check();
    await page.waitForFunction(() => document.querySelector('#preview cohesion-document-picker')?.shadowRoot?.querySelector('[part~="download"]'));
    await page.evaluate(() => document.querySelector('#preview cohesion-document-picker').shadowRoot.querySelector('[part~="download"]').click());
    await page.waitForFunction(() => document.querySelector('#preview-status').textContent.includes('version: https://'));
    assert.match(await status(), /^On your page, this link opens the English version: https:\/\//);
    assert.equal(page.url(), address);
    await context.close();
  });
});
