// `npm run test:consumers`: the packed library installed into apps of Vite, React, Vue, Next.js, plain Node, Eleventy,
// webpack, SvelteKit, Nuxt, Angular and Astro, each built by its own tools and opened in Chromium on a German page.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {launch} from '../e2e/harness.mjs';
import {APPS, cleanUp, german, germanTitle, install, pack, run, serveApp, TAGS, visit} from './consumers.mjs';

const packed = pack();
let browser;
before(async () => (browser = await launch()));
after(async () => {
  await browser?.close();
  cleanUp();
});

test('the package ships the ES modules, the self-contained files, types, the licence and the manifest, and no sources, tests or maps', () => {
  const {files} = packed;
  for (const file of ['LICENSE', 'README.md', 'package.json', 'custom-elements.json', 'feed.schema.json', 'dist/index.js', 'dist/index.d.ts']) {
    assert.ok(files.includes(file), `${file} ships`);
  }
  for (const name of ['join-badge', 'supporter-counter', 'declaration-summary', 'document-picker']) {
    assert.ok(files.includes(`dist/components/${name}/cohesion-${name}.js`), `the ${name} module ships`);
    assert.ok(files.includes(`dist/cdn/components/${name}.js`), `the ${name} self-contained file ships`);
  }
  assert.ok(files.includes('dist/cdn/cohesion-alliance.js'));
  // The image badges for pages without script, beside the self-contained files, so that a CDN serves them.
  assert.ok(files.includes('dist/cdn/badges/index.json'));
  assert.equal(files.filter((file) => /^dist\/cdn\/badges\/[\w-]+\.(svg|png)$/.test(file)).length, 288 * 2);
  assert.ok(files.includes('dist/generated/locales/de.js') && files.includes('dist/cdn/locales/de.js'));
  assert.deepEqual(
    files.filter((file) => /^(src|test|stories|demo|scripts)\//.test(file) || file.endsWith('.map') || file.endsWith('.ts') && !file.endsWith('.d.ts')),
    [],
  );
});

/** What each widget must say on a German page, in the widgets' own German. */
const EXPECTED = {
  'cohesion-join-badge': german('badge.join'),
  'cohesion-supporter-counter': german('counter.regions'),
  'cohesion-declaration-summary': german('declaration.heading'),
  'cohesion-document-picker': germanTitle('debate-2022'),
};

function assertGerman(seen, {joins}) {
  assert.deepEqual(seen.problems, []);
  for (const [tag, text] of Object.entries(EXPECTED)) {
    assert.ok(seen.widgets[tag].text.includes(text), `${tag} says "${text}": ${seen.widgets[tag].text.slice(0, 200)}`);
    assert.equal(seen.widgets[tag].lang, 'de', `${tag} marks its content as German`);
  }
  assert.equal(seen.litCopies, 1, 'one copy of lit-html runs');
  assert.equal(seen.pickerLanguage, 'de', "the picker's select shows German");
  // The German file is found, so another language's would be too.
  assert.ok(seen.languages.some((found) => found.startsWith('de:')), 'the German translations were downloaded');
  assert.deepEqual(seen.languages.filter((found) => !found.startsWith('de:')), [], 'no other language was downloaded');
  if (joins) assert.equal(seen.joined, '1', 'the app heard the badge\'s cohesion-join event');
}

// CONSUMER_APPS=vue,next runs only those apps.
const only = process.env.CONSUMER_APPS?.split(',');

for (const [app, {serve, joins}] of Object.entries(APPS).filter(([name]) => !only || only.includes(name))) {
  describe(app, () => {
    before(() => install(app, packed.tarball));

    if (APPS[app].typecheck) {
      test('type-checks: a right value compiles, a wrong one is an error (@ts-expect-error)', () => void run(app, 'typecheck'));
    }

    if (serve) {
      test('builds, and on a German page all four widgets speak German with no failed request or console error', async () => {
        run(app, 'build');
        const server = await serveApp(app);
        try {
          assertGerman(await visit(browser, `${server.origin}/`, {joins}), {joins});
        } finally {
          await server.close();
        }
      });
    }

    if (app === 'vite-vanilla') {
      test('works the same from the Vite dev server', async () => {
        const server = await serveApp(app, {dev: true});
        try {
          assertGerman(await visit(browser, `${server.origin}/`), {joins});
        } finally {
          await server.close();
        }
      });
    }

    if (APPS[app].test) test('imports every entry in plain Node, with no DOM', () => void run(app, 'test'));

    for (const path of [APPS[app].ssr ?? []].flat()) {
      if (path !== '/') {
        test(`on the server-rendered page ${path}, all four widgets speak German with no failed request or console error`, async () => {
          const server = await serveApp(app);
          // Whether the page has the app's listener for the badge's event.
          const ssrJoins = Boolean(APPS[app].ssrJoins);
          try {
            assertGerman(await visit(browser, `${server.origin}${path}`, {joins: ssrJoins}), {joins: ssrJoins});
          } finally {
            await server.close();
          }
        });
      }

      test(`the server-rendered page ${path} reads well with JavaScript off: the German title, the figures, the links and the picker's select`, async () => {
        const server = await serveApp(app);
        const context = await browser.newContext({javaScriptEnabled: false});
        try {
          const page = await context.newPage();
          await page.goto(`${server.origin}${path}`);
          const picker = page.locator('cohesion-document-picker');
          assert.equal(await picker.locator('select').first().inputValue(), 'de', "the picker's select shows German");
          assert.match(await picker.locator('[part~="title"]').first().innerText(), new RegExp(germanTitle('debate-2022').replace(/[!?.]/g, '\\$&')));
          assert.match(await page.locator('cohesion-supporter-counter dl').innerText(), new RegExp(german('counter.regions')));
          const links = await page.locator('cohesion-join-badge a, cohesion-declaration-summary a, cohesion-document-picker a[part~="download"]').evaluateAll(
            (anchors) => anchors.map((a) => a.href),
          );
          assert.ok(links.length >= 3 && links.every((href) => href.startsWith('https://')), links.join(' '));
          assert.equal(await page.evaluate(() => customElements.get('cohesion-join-badge')), undefined, 'no script ran');
        } finally {
          await context.close();
          await server.close();
        }
      });

      test(`with JavaScript on, ${path} hydrates to the same text and the same choice of language, and the picker works`, async () => {
        const server = await serveApp(app);
        const page = await browser.newPage();
        const errors = [];
        page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        page.on('pageerror', (error) => errors.push(error.message));
        // What each widget says: the text of its shadow root, without its styles.
        const readText = (tags) =>
          [...document.querySelectorAll(tags.join())].map((el) =>
            [...el.shadowRoot.querySelectorAll(':not(style)')]
              .map((node) => [...node.childNodes].filter((child) => child.nodeType === 3).map((child) => child.data).join(''))
              .join('')
              .replace(/\s+/g, ' ')
              .trim(),
          );
        let serverText;
        let serverChoice;
        let gate;
        try {
          // Every script waits until the server's markup is parsed and read.
          await page.route('**/*.js', async (route) => {
            gate ??= page
              .waitForFunction(() => document.querySelector('cohesion-document-picker')?.shadowRoot?.querySelector('[part~="download"]'))
              .then(async () => {
                serverText = await page.evaluate(readText, TAGS);
                serverChoice = await page.evaluate(() => document.querySelector('cohesion-document-picker').shadowRoot.querySelector('select').value);
                // Hydration keeps the server's nodes (a re-render would replace them).
                await page.evaluate(() => (document.querySelector('cohesion-document-picker').shadowRoot.querySelector('[part~="title"]').dataset.server = ''));
              });
            await gate;
            await route.continue();
          });
          await page.goto(`${server.origin}${path}`);
          await page.waitForFunction((tags) => customElements.get('cohesion-document-picker') && [...document.querySelectorAll(tags.join())].every((el) => el.hasUpdated), TAGS);
          await page.waitForTimeout(300);
          assert.equal(serverText?.length, 4, 'the four widgets were read before any script ran');
          assert.deepEqual(await page.evaluate(readText, TAGS), serverText);
          assert.equal(serverChoice, 'de', "the picker's select showed German before any script ran");
          assert.equal(
            await page.evaluate(() => document.querySelector('cohesion-document-picker').shadowRoot.querySelector('select').value),
            'de',
            "the picker's select shows German once hydrated",
          );
          assert.ok(
            await page.evaluate(() => document.querySelector('cohesion-document-picker').shadowRoot.querySelector('[part~="title"]').hasAttribute('data-server')),
            'the server-rendered title is the one shown after hydration',
          );
          await page.locator('cohesion-document-picker select').first().selectOption('fr');
          await page.waitForFunction(() => document.querySelector('cohesion-document-picker').shadowRoot.textContent.includes('Le débat'));
          assert.deepEqual(errors, []);
        } finally {
          await page.close();
          await server.close();
        }
      });
    }
  });
}
