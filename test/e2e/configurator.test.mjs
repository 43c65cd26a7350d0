// The embed configurator in Chromium: it speaks the 24 languages, writes the image badge's snippet (which shows
// the badge and passes axe in a blank page), and every script snippet carries a fallback that reads well with
// JavaScript off and is the widget's own content with it on. Builds the demo first (DEMO_BUILT=1 to reuse
// dist-demo/).
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import process from 'node:process';
import {launch, root, serve} from './harness.mjs';

const LANGUAGES = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ');
const TAGS = ['cohesion-join-badge', 'cohesion-supporter-counter', 'cohesion-declaration-summary', 'cohesion-document-picker'];
const bin = (name) => join(root, 'node_modules/.bin', name);

/** Pages the tests write, served beside the demo: the "blank page" an integrator pastes a snippet into. */
const pages = new Map();
let blankPages = 0;
let server;
let browser;

before(async () => {
  if (!process.env.DEMO_BUILT) {
    execFileSync(bin('lit-localize'), ['build'], {cwd: root, stdio: 'ignore'});
    execFileSync(bin('lit-localize'), ['build', '--config', 'lit-localize.configurator.json'], {cwd: root, stdio: 'ignore'});
    execFileSync(bin('vite'), ['build', '--config', 'vite.demo.config.ts', '--logLevel', 'error'], {cwd: root, stdio: 'inherit'});
  }
  const routes = {};
  server = await serve(join(root, 'dist-demo'), {routes});
  // Each blank page is a route of its own.
  server.page = (html) => {
    const path = `/blank-${++blankPages}.html`;
    pages.set(path, html);
    routes[path] = (request, response) => response.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'}).end(pages.get(path));
    return `${server.origin}${path}`;
  };
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path` in a new context; `problems` collects console errors and warnings, page errors, failed requests. */
async function open(url, {colorScheme = 'light', javaScriptEnabled = true, width = 1280} = {}) {
  const context = await browser.newContext({viewport: {width, height: 900}, locale: 'en-US', colorScheme, javaScriptEnabled});
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url.startsWith('http') ? url : `${server.origin}/${url}`);
  return {page, context, problems};
}

async function configurator(lang = 'en') {
  const opened = await open(`configurator.html?lang=${lang}`);
  await opened.page.waitForSelector('html[data-ready]');
  return opened;
}

const blankPage = (snippet, lang) =>
  server.page(`<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title>Blank</title></head>\n<body>\n<main>\n<h1>Blank</h1>\n<section>\n<h2>Section</h2>\n${snippet}\n</section>\n</main>\n</body>\n</html>\n`);

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
async function axeViolations(page) {
  await page.addScriptTag({content: axeSource});
  const violations = await page.evaluate(async () => (await window.axe.run(document, {resultTypes: ['violations']})).violations);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * The configurator's own words on the page: its text nodes, labels and titles, in every control of every widget
 * (shown or not), without the preview (the widgets' text), the snippet (HTML), and text in another language.
 */
function interfaceText(page) {
  return page.evaluate(() => {
    const lang = document.documentElement.lang;
    const found = new Set([document.title, document.querySelector('meta[name="description"]').content]);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent.closest('#preview, textarea, noscript, script, code, cohesion-join-badge')) continue;
      if ((parent.closest('[lang]')?.getAttribute('lang') ?? lang) !== lang) continue;
      const text = node.textContent.replace(/\s+/g, ' ').trim();
      if (/\p{L}{2}/u.test(text)) found.add(text);
    }
    for (const node of document.querySelectorAll('[aria-label], [title]')) {
      if (node.closest('#preview')) continue;
      found.add(node.getAttribute('aria-label') ?? node.title);
    }
    found.add(document.querySelector('#snippet-hint').textContent.trim());
    return [...found].filter(Boolean);
  });
}

/** Chooses the widget at `index` in the first control group (the names are the configurator's, in any language). */
const chooseWidget = (page, index) => page.locator('input[name="widget"]').nth(index).check();

describe('the configurator in every language', () => {
  it('in German has no English left: no text of the English configurator, in any widget’s options', async () => {
    const texts = {};
    for (const lang of ['en', 'de']) {
      const {page, context, problems} = await configurator(lang);
      const seen = new Set();
      for (let i = 0; i < TAGS.length; i++) {
        await chooseWidget(page, i);
        for (const text of await interfaceText(page)) seen.add(text);
      }
      await chooseWidget(page, 0);
      await page.locator('input[name="cohesion-join-badge:format"][value="image"]').check();
      for (const text of await interfaceText(page)) seen.add(text);
      texts[lang] = seen;
      assert.deepEqual(problems, [], lang);
      await context.close();
    }
    // Words that German writes as English does.
    const same = new Set(['Widget', 'Text', 'h2', 'h3', 'h4', 'h5', 'h6']);
    const left = [...texts.de].filter((text) => texts.en.has(text) && !same.has(text));
    assert.deepEqual(left, []);
    assert.ok(texts.de.has('Sprache Ihrer Seite'));
    assert.ok(texts.de.has('Ein Widget der Allianz für Kohäsionspolitik auf Ihre Website setzen'));
  });

  it('loads its translations in each of the 24 languages, names the page in it and writes the snippet in it', async () => {
    const headings = new Map();
    for (const lang of LANGUAGES) {
      const {page, context, problems} = await configurator(lang);
      headings.set(lang, await page.textContent('h1'));
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await page.inputValue('#language'), lang);
      assert.equal(await page.getAttribute('#options', 'lang'), lang);
      // The badge's link in the fallback leads to the Alliance's page in that language.
      assert.match(await page.inputValue('#snippet'), new RegExp(`<a data-fallback href="https://cor.europa.eu/${lang}/engage/Pages/cohesion-alliance.aspx">`));
      assert.deepEqual(problems, [], lang);
      await context.close();
    }
    assert.equal(new Set(headings.values()).size, LANGUAGES.length, 'each language has its own heading');
  });

  it('switches language with its language control, keeps the choices made, and keeps the language in the address', async () => {
    const {page, context, problems} = await configurator('en');
    await chooseWidget(page, 1);
    await page.getByRole('radio', {name: /^Short/}).check();
    await page.getByRole('combobox', {name: 'Language of your page'}).selectOption('fr');
    await page.waitForFunction(() => document.querySelector('h1').textContent.includes('Alliance pour la cohésion'));
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'fr');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    assert.ok(await page.locator('input[name="widget"]').nth(1).isChecked());
    assert.ok(await page.getByRole('radio', {name: /^Court/}).isChecked());
    // The snippet is written again once the French texts of its fallback content have loaded.
    await page.waitForFunction(() => document.querySelector('#snippet').value.includes('<html lang="fr">'), undefined, {timeout: 10000}).catch(() => {});
    const snippet = await page.inputValue('#snippet');
    assert.match(snippet, /<cohesion-supporter-counter notation="compact">/);
    assert.match(snippet, /<dt>Régions<\/dt>/);
    assert.match(snippet, /<html lang="fr">/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the image badge’s snippet', () => {
  const index = () => fetch(`${server.origin}/badges/index.json`).then((r) => r.json());

  it('links the badge to the Alliance’s page, follows the reader’s colour scheme, shows it and passes axe', async () => {
    const badges = await index();
    assert.equal(badges.length, 288);
    for (const lang of ['de', 'el', 'bg']) {
      const {page, context, problems} = await configurator(lang);
      await page.locator('input[name="cohesion-join-badge:format"][value="image"]').check();
      await page.locator('input[name="cohesion-join-badge:variant"][value="supporter"]').check();
      await page.locator('input[name="cohesion-join-badge:size"][value="l"]').check();
      await page.waitForFunction(() => document.querySelector('#snippet').value.includes('<picture>'));
      const snippet = await page.inputValue('#snippet');
      const light = badges.find((b) => b.lang === lang && b.variant === 'supporter' && b.size === 'l' && b.appearance === 'light');
      const dark = badges.find((b) => b.lang === lang && b.variant === 'supporter' && b.size === 'l' && b.appearance === 'dark');
      assert.equal(
        snippet,
        [
          `<a href="https://cor.europa.eu/${lang}/engage/Pages/cohesion-alliance.aspx">`,
          '  <picture>',
          `    <source srcset="${server.origin}/badges/${dark.file}" media="(prefers-color-scheme: dark)">`,
          `    <img src="${server.origin}/badges/${light.file}" alt="${light.alt}" width="336" height="116">`,
          '  </picture>',
          '</a>',
        ].join('\n'),
      );
      assert.doesNotMatch(snippet, /<script/);
      // The preview is the snippet.
      assert.equal(await page.locator('#preview img').getAttribute('alt'), light.alt);
      for (const colorScheme of ['light', 'dark']) {
        const blank = await open(blankPage(snippet, lang), {colorScheme});
        const shown = await blank.page.evaluate(async () => {
          const img = document.querySelector('img');
          await img.decode();
          return {src: img.currentSrc, width: img.naturalWidth, box: img.getBoundingClientRect().width, link: img.closest('a').href};
        });
        assert.equal(shown.src, `${server.origin}/badges/${colorScheme === 'dark' ? dark.file : light.file}`);
        assert.deepEqual([shown.width, shown.box], [336, 336]);
        assert.equal(shown.link, `https://cor.europa.eu/${lang}/engage/Pages/cohesion-alliance.aspx`);
        assert.deepEqual(await axeViolations(blank.page), [], `${lang} ${colorScheme}`);
        assert.deepEqual(blank.problems, []);
        await blank.context.close();
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  it('writes the PNG for e-mail, at twice the pixels of its box, and a fixed appearance without <picture>', async () => {
    const {page, context} = await configurator('fr');
    await page.locator('input[name="cohesion-join-badge:format"][value="image"]').check();
    await page.locator('input[name="cohesion-join-badge:file"][value="png"]').check();
    await page.locator('input[name="common:appearance"][value="dark"]').check();
    await page.locator('input[name="cohesion-join-badge:size"][value="s"]').check();
    await page.waitForFunction(() => document.querySelector('#snippet').value.includes('.png'));
    const snippet = await page.inputValue('#snippet');
    assert.doesNotMatch(snippet, /<picture|<source/);
    assert.match(snippet, /<img src="[^"]*\/badges\/join-s-dark-fr\.png" alt="Rejoignez l’Alliance pour la cohésion" width="224" height="84">/);
    const blank = await open(blankPage(snippet, 'fr'));
    const size = await blank.page.evaluate(async () => {
      const img = document.querySelector('img');
      await img.decode();
      return [img.naturalWidth, img.naturalHeight, img.width, img.height];
    });
    assert.deepEqual(size, [448, 168, 224, 84]);
    assert.deepEqual(await axeViolations(blank.page), []);
    await blank.context.close();
    await context.close();
  });

  it('hides the options an image cannot have, and uses the link address given', async () => {
    const {page, context} = await configurator('en');
    await page.locator('input[name="cohesion-join-badge:format"][value="image"]').check();
    for (const name of ['Show the number of supporters', 'Own text (optional)', 'Feed address (optional)']) {
      assert.equal(await page.getByLabel(name).isVisible(), false, name);
    }
    await page.getByRole('textbox', {name: 'Link address (optional)'}).fill('https://example.org/our-membership');
    await page.waitForFunction(() => document.querySelector('#snippet').value.startsWith('<a href="https://example.org/our-membership">'));
    await page.locator('input[name="cohesion-join-badge:format"][value="script"]').check();
    assert.equal(await page.getByLabel('Show the number of supporters').isVisible(), true);
    await context.close();
  });
});

describe('the script snippets’ fallback', () => {
  /** The configurator's snippet for each widget in `lang`, with its default options. */
  async function snippets(lang) {
    const {page, context} = await configurator(lang);
    const found = [];
    for (let i = 0; i < TAGS.length; i++) {
      await chooseWidget(page, i);
      await page.waitForFunction((tag) => document.querySelector('#snippet').value.includes(`<${tag}`), TAGS[i]);
      found.push(await page.inputValue('#snippet'));
    }
    await context.close();
    return found;
  }

  it('reads well with JavaScript off: the badge’s link, the counter’s figures, the declaration’s link, the documents’ links', async () => {
    const expected = {
      de: [
        ['Treten Sie der Allianz für Kohäsionspolitik bei', 'https://cor.europa.eu/de/engage/Pages/cohesion-alliance.aspx'],
        ['Unterstützende Einzelpersonen', 'mehr als 12.000', 'Regionen', '140', 'Städte und Landkreise', '137', 'Stand: Oktober 2022'],
        ['Erneuerte Erklärung der Allianz für Kohäsionspolitik', 'Die Erklärung lesen'],
        ['Die Debatte über die Zukunft der Kohäsionspolitik beginnt jetzt!', 'Auf der Seite der Allianz für Kohäsionspolitik abrufen'],
      ],
      bg: [
        ['Включете се в Алианса за сближаване'],
        ['Отделни поддръжници', 'повече от 12 000', '140'],
        ['Обновена декларация на Алианса за сближаване', 'English'],
        ['The debate on the future of cohesion policy starts now!'],
      ],
    };
    for (const [lang, texts] of Object.entries(expected)) {
      const all = await snippets(lang);
      for (const [i, snippet] of all.entries()) {
        const {page, context, problems} = await open(blankPage(snippet, lang), {javaScriptEnabled: false});
        const shown = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
        for (const text of texts[i]) {
          if (text.startsWith('https://')) assert.equal(await page.locator(`main a[href="${text}"]`).count(), 1, `${lang} ${TAGS[i]}: ${text}`);
          else assert.ok(shown.includes(text), `${lang} ${TAGS[i]} shows "${text}" in "${shown}"`);
        }
        // Every link (the counter has none) leads to the Alliance's page in a language.
        const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        assert.equal(links.length > 0, TAGS[i] !== 'cohesion-supporter-counter', `${TAGS[i]}'s links: ${links.join()}`);
        assert.ok(links.every((href) => /^https:\/\/cor\.europa\.eu\/[a-z]{2}\/engage\/Pages\/cohesion-alliance\.aspx$/.test(href)), links.join());
        // Nothing else happened: the script did not run, no request failed.
        assert.equal(await page.locator(`${TAGS[i]}`).evaluate((el) => el.shadowRoot === null), true);
        // The script, and the language file it preloads, are the requests the browser does not make.
        assert.deepEqual(problems.filter((p) => !p.includes('cohesion-alliance.js') && !p.includes('/locales/de.js') && !p.includes('/locales/bg.js')), []);
        await context.close();
      }
    }
  });

  it('titles each document in the language it links to, also a language chosen for the documents', async () => {
    const {page, context, problems} = await configurator('en');
    await chooseWidget(page, 3);
    await page.getByRole('combobox', {name: 'Language of the documents'}).selectOption('de');
    await page.waitForFunction(() => document.querySelector('#snippet').value.includes('<h3 lang="de">'));
    const snippet = await page.inputValue('#snippet');
    assert.match(snippet, /<h3 lang="de">Die Debatte über die Zukunft der Kohäsionspolitik beginnt jetzt!<\/h3>/);
    // The letter has no title of its own in German: its English title, marked as English.
    assert.match(snippet, /<h3 lang="en">Letter of the #CohesionAlliance to Charles Michel<\/h3>/);
    assert.match(snippet, /<a href="https:\/\/cor\.europa\.eu\/de\/engage\/Pages\/cohesion-alliance\.aspx">Get it from the #CohesionAlliance page<\/a>/);
    assert.doesNotMatch(snippet, /hreflang/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('names another language in the page’s language with its own name beside it, as the widgets do, in every language', async () => {
    // The languages of the letter to Charles Michel: a page in any other gets the notice that it is shown instead.
    const letter = 'de es fi fr it pt sv'.split(' ');
    for (const lang of LANGUAGES) {
      const {page, context, problems} = await configurator(lang);
      const named = [];
      for (const i of [2, 3]) {
        await chooseWidget(page, i);
        await page.waitForFunction((tag) => document.querySelector('#snippet').value.includes(`<${tag}`), TAGS[i]);
        const snippet = await page.inputValue('#snippet');
        for (const [, before, other, autonym, after] of snippet.matchAll(/([^<>\n]*)<span lang="([a-z]+)">([^<]*)<\/span>([^<>\n]*)/g)) {
          // The name in the page's language, as Chromium's Intl gives it (it has none in Irish and Maltese, whose
          // names the widgets carry themselves).
          const name = await page.evaluate(
            ([p, l]) => (Intl.DateTimeFormat.supportedLocalesOf(p).length ? new Intl.DisplayNames([p === 'pt' ? 'pt-PT' : p], {type: 'language'}).of(l) : ''),
            [lang, other],
          );
          assert.notEqual(other, lang);
          assert.ok(before.endsWith(`${name} (`) && after.startsWith(')'), `${lang} ${TAGS[i]}: ${before}<span lang="${other}">${autonym}</span>${after}`);
          assert.notEqual(before.slice(0, -2).trim().split(/[\s(]/).at(-1), autonym, `${lang}: ${before}`);
          named.push(other);
        }
      }
      // The declaration exists in neither Bulgarian nor Irish; the letter in seven languages.
      const expected = (['bg', 'ga'].includes(lang) ? 3 : 0) + (letter.includes(lang) ? 0 : 1);
      assert.equal(named.length, expected, `${lang}: ${named.join()}`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  it('keeps the translations’ no-break spaces, and those of the numbers', async () => {
    const {page, context} = await configurator('fr');
    await chooseWidget(page, 1);
    await page.waitForFunction(() => document.querySelector('#snippet').value.includes('<dl>'));
    assert.ok((await page.inputValue('#snippet')).includes(`plus de 12\u202F000`), await page.inputValue('#snippet'));
    await context.close();
    const cs = await configurator('cs');
    assert.ok((await cs.page.inputValue('#snippet')).includes('Připojte se k\u00A0#CohesionAlliance'), await cs.page.inputValue('#snippet'));
    await cs.context.close();
  });

  it('announces where a download leads by the language’s name, in the configurator’s language', async () => {
    const {page, context, problems} = await configurator('fr');
    await chooseWidget(page, 3);
    await page.waitForFunction(() => document.querySelector('#preview cohesion-document-picker')?.shadowRoot?.querySelector('[part~="download"]'));
    await page.evaluate(() => document.querySelector('#preview cohesion-document-picker').shadowRoot.querySelector('[part~="download"]').click());
    await page.waitForFunction(() => document.querySelector('#preview-status').textContent.includes('https://'));
    assert.match(await page.textContent('#preview-status'), /^Sur votre page, ce lien ouvre la version «\u00A0français\u00A0»\u00A0: https:\/\//);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('lists the documents by their titles exactly as published, as the document picker shows them', async () => {
    const {page, context, problems} = await configurator('cs');
    await chooseWidget(page, 3);
    const published = 'Diskuse o budoucnosti politiky soudržnosti právě odstartovala !';
    const listed = await page.locator('fieldset[data-widget="cohesion-document-picker"] fieldset label').allTextContents();
    assert.ok(listed.includes(published), listed.join(' | '));
    const picker = page.locator('#preview cohesion-document-picker');
    await page.waitForFunction(() => document.querySelector('#preview cohesion-document-picker')?.shadowRoot?.querySelector('[part="title"]'));
    const shown = await picker.evaluate((el) => Array.from(el.shadowRoot.querySelectorAll('[part="title"]'), (h) => h.textContent.trim()));
    assert.deepEqual(listed, shown);
    assert.match(await page.inputValue('#snippet'), new RegExp(`<h3 lang="cs">${published}</h3>`));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('passes axe as a reader without JavaScript gets it, in light and dark', async () => {
    for (const snippet of await snippets('de')) {
      // The page as it is without JavaScript: the same markup, its script never run (axe itself needs one).
      const markup = snippet.replace(/^<script[^>]*><\/script>\n/, '');
      assert.notEqual(markup, snippet);
      for (const colorScheme of ['light', 'dark']) {
        const {page, context} = await open(blankPage(markup, 'de'), {colorScheme});
        assert.equal(await page.evaluate(() => customElements.get('cohesion-join-badge')), undefined);
        assert.deepEqual(await axeViolations(page), [], `${markup.split('\n')[1]} ${colorScheme}`);
        await context.close();
      }
    }
  });

  it('preloads the page language’s file, which the browser then fetches once, from the HTML, beside the script', async () => {
    const snippet = (await snippets('de'))[0];
    assert.match(snippet, /^<script type="module" src="([^"]*)cohesion-alliance\.js"><\/script>\n<link rel="modulepreload" href="\1locales\/de\.js">\n/);
    const {page, context, problems} = await open(blankPage(snippet, 'de'));
    await page.waitForFunction(() => document.querySelector('cohesion-join-badge')?.shadowRoot?.textContent.includes('Allianz'));
    const fetched = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => /\/(cohesion-alliance|locales\/[a-z]+)\.js$/.test(entry.name))
        .map((entry) => ({path: new URL(entry.name).pathname, start: entry.startTime, end: entry.responseEnd})),
    );
    assert.deepEqual(fetched.map(({path}) => path).sort(), ['/cohesion-alliance.js', '/locales/de.js']);
    // Asked for before the script had arrived, so not by it.
    const [script, language] = ['/cohesion-alliance.js', '/locales/de.js'].map((path) => fetched.find((entry) => entry.path === path));
    assert.ok(language.start < script.end, `locales/de.js asked for at ${language.start} ms, the script in by ${script.end} ms`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('lets the badge speak the language of its place: a German snippet in a French section shows the French badge', async () => {
    const [snippet] = await snippets('de');
    const inFrench = snippet.replace('<cohesion-join-badge', '<div lang="fr"><cohesion-join-badge').replace('</cohesion-join-badge>', '</cohesion-join-badge></div>');
    // The same snippet with a bare tag: the badge as it speaks in that section without any link inside.
    const bare = inFrench.replace(/<(cohesion-join-badge)([^>]*)>[\s\S]*<\/\1>/, '<$1$2></$1>');
    assert.notEqual(bare, inFrench);
    const shown = [];
    for (const markup of [inFrench, bare]) {
      const {page, context, problems} = await open(blankPage(markup, 'de'));
      await page.waitForFunction(() => document.querySelector('cohesion-join-badge')?.shadowRoot?.textContent.trim());
      await page.evaluate(() => document.querySelector('cohesion-join-badge').updateComplete);
      shown.push(await page.evaluate(() => {
        const link = document.querySelector('cohesion-join-badge').shadowRoot.querySelector('a');
        return [link.textContent.replace(/\s+/g, ' ').trim(), link.getAttribute('href')];
      }));
      assert.deepEqual(problems, []);
      await context.close();
    }
    assert.deepEqual(shown[0], shown[1]);
    assert.match(shown[0][1], /\/fr\//);
  });

  it('is the widget’s own content with JavaScript on: each widget shows what it shows without it', async () => {
    for (const lang of ['de', 'bg']) {
      for (const [i, snippet] of (await snippets(lang)).entries()) {
        const bare = snippet.replace(/<(cohesion-[a-z-]+)([^>]*)>[\s\S]*<\/\1>/, '<$1$2></$1>');
        assert.notEqual(bare, snippet, `${TAGS[i]} has a fallback`);
        const shown = [];
        for (const markup of [snippet, bare]) {
          const {page, context, problems} = await open(blankPage(markup, lang));
          const tag = TAGS[i];
          await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.textContent.trim(), tag);
          await page.evaluate((t) => document.querySelector(t).updateComplete, tag);
          await page.waitForTimeout(tag === 'cohesion-supporter-counter' ? 1800 : 100);
          shown.push(await page.evaluate((t) => document.querySelector(t).shadowRoot.textContent.replace(/\s+/g, ' ').trim(), tag));
          // The fallback is hidden once the widget runs.
          if (markup === snippet) assert.equal(await page.evaluate((t) => document.querySelector(t).firstElementChild.checkVisibility(), tag), false, `${tag}'s fallback is hidden`);
          assert.deepEqual(problems, [], `${lang} ${tag}`);
          await context.close();
        }
        assert.equal(shown[0], shown[1], `${lang} ${TAGS[i]}`);
      }
    }
  });
});

