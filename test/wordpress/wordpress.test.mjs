// The WordPress plugin in a real WordPress 6.5.5 (offline, SQLite, Debian's PHP), as a site's web team and its
// editors use it: the zip installed and activated, posts written by an Author through the REST API, read in
// Chromium with and without JavaScript, and opened in the block editor. Needs `npm run build:wordpress` first.
// Chromium only: what the plugin adds is the HTML its server writes, the same for every engine; the widgets
// themselves, fallback content included, are tested in the browser tests (test/*.test.ts).
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {launch, root, serve, watch, widgetsRendered} from '../e2e/harness.mjs';
import {readMessages} from '../../scripts/xliff.mjs';
import {startWordPress} from './site.mjs';

const TAGS = ['cohesion-join-badge', 'cohesion-supporter-counter', 'cohesion-declaration-summary', 'cohesion-document-picker'];
const TEXTS = readMessages(join(root, 'locales'), ['badge.join', 'badge.supporter', 'counter.regions', 'declaration.heading', 'picker.fromPage']);
const en = TEXTS.get('en');
const de = TEXTS.get('de');

const SHORTCODES = [
  '[cohesion_join_badge variant="supporter" show_count="true"]',
  '[cohesion_supporter_counter categories="regions cities" notation="compact" no-animation]',
  '[cohesion_declaration_summary heading_level="3"]',
  '[cohesion_document_picker documents="debate-2022"]',
].join('\n\n');

const BLOCKS = [
  '<!-- wp:cohesion-alliance/join-badge {"variant":"supporter","showCount":true} /-->',
  '<!-- wp:cohesion-alliance/supporter-counter {"categories":"regions cities","notation":"compact","noAnimation":true} /-->',
  '<!-- wp:cohesion-alliance/declaration-summary {"headingLevel":3} /-->',
  '<!-- wp:cohesion-alliance/document-picker {"documents":"debate-2022"} /-->',
].join('\n\n');

// Values an Author might write to break out of an attribute, run script or lead readers elsewhere.
const HOSTILE_SHORTCODE =
  '[cohesion_join_badge href="javascript:window.pwned=1" label=\'" onmouseover="window.pwned=1" x="\' variant="supporter onclick=window.pwned=1" onclick="window.pwned=1" size="<script>window.pwned=1</script>"]';
const HOSTILE_BLOCK = `<!-- wp:cohesion-alliance/join-badge ${JSON.stringify({
  href: 'javascript:window.pwned=1',
  label: '"><img src=x onerror="window.pwned=1">',
  variant: '" onfocus="window.pwned=1',
  lang: '"><script>window.pwned=1</script>',
})} /-->`;

let wp;
let browser;
const posts = {};

before(async () => {
  wp = await startWordPress();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await wp?.stop();
});

/** Opens `url` in a new page (with or without JavaScript) and returns it with its errors and requests. */
async function open(url, {javaScript = true} = {}) {
  const context = await browser.newContext({javaScriptEnabled: javaScript});
  const page = await context.newPage();
  const errors = watch(page);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url, {waitUntil: 'load'});
  return {page, errors, requests, close: () => context.close()};
}

async function logIn(page, user) {
  await page.goto(`${wp.origin}/wp-login.php`);
  await page.fill('#user_login', user.login);
  await page.fill('#user_pass', user.password);
  await Promise.all([page.waitForURL((url) => url.pathname.startsWith('/wp-admin/')), page.click('#wp-submit')]);
}

const publish = (title, content) => wp.rest(wp.users.author, '/wp/v2/posts', {method: 'POST', body: {title, content, status: 'publish'}});

const ourScripts = (requests) => requests.filter((url) => url.includes('/plugins/cohesion-alliance/'));

test('the plugin activates with no PHP notice', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const failed = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  page.on('response', (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));
  await logIn(page, wp.users.admin);
  await page.goto(`${wp.origin}/wp-admin/plugins.php`);
  await Promise.all([page.waitForURL(/plugins\.php\?activate=true/), page.click('tr[data-plugin="cohesion-alliance/cohesion-alliance.php"] .activate a')]);
  assert.match(await page.textContent('#message'), /Plugin activated/);
  const html = await page.content();
  assert.doesNotMatch(html, /(Notice|Warning|Deprecated|Fatal error)<\/b>:/);
  // The settings page opens and saves its defaults.
  await page.goto(`${wp.origin}/wp-admin/options-general.php?page=cohesion-alliance`);
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
  assert.doesNotMatch(await page.content(), /(Notice|Warning|Deprecated|Fatal error)<\/b>:/);
  assert.deepEqual(failed.filter((url) => url.includes('cohesion')), []);
  assert.equal(wp.debugLog(), '');
  await context.close();
});

test('PHPUnit: the renderer and the allowlist, in this WordPress', () => {
  const run = spawnSync('phpunit', ['--configuration', join(root, 'wordpress/phpunit.xml.dist')], {
    cwd: root,
    env: {...process.env, COHESION_WP_LOAD: join(wp.site, 'wp-load.php')},
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /OK \(\d+ tests/);
});

test('an Author publishes four shortcodes and four blocks through the REST API; every widget upgrades, with the module loaded once', async () => {
  posts.shortcodes = await publish('Shortcodes', SHORTCODES);
  posts.blocks = await publish('Blocks', BLOCKS);
  for (const post of [posts.shortcodes, posts.blocks]) {
    const {page, errors, requests, close} = await open(post.link);
    await widgetsRendered(page);
    const modules = await page.$$eval('script[type="module"]', (scripts) => scripts.map((s) => s.src).filter((src) => src.includes('cohesion-alliance.js')));
    assert.equal(modules.length, 1, post.title.raw);
    assert.equal(requests.filter((url) => new URL(url).pathname.endsWith('/assets/cohesion-alliance.js')).length, 1);
    assert.deepEqual(
      await page.evaluate(() => [
        document.querySelector('cohesion-join-badge').variant,
        document.querySelector('cohesion-join-badge').showCount,
        document.querySelector('cohesion-supporter-counter').shadowRoot.querySelectorAll('[part~="figure"]').length,
        document.querySelector('cohesion-declaration-summary').shadowRoot.querySelector('h3') !== null,
        document.querySelector('cohesion-document-picker').documents,
      ]),
      ['supporter', true, 2, true, 'debate-2022'],
    );
    assert.equal(await page.evaluate(() => document.querySelector('cohesion-join-badge').shadowRoot.querySelector('[part="label"]').textContent), en['badge.supporter']);
    assert.deepEqual(errors, []);
    await close();
  }
});

test('a block and a shortcode inside <div lang="de"> speak German on an English site', async () => {
  const post = await publish('German section', `<div lang="de">[cohesion_join_badge]</div>\n\n<div lang="de"><!-- wp:cohesion-alliance/join-badge /--></div>`);
  // Without JavaScript, the fallback is in the site's language: the server cannot know the section's.
  const plain = await open(post.link, {javaScript: false});
  assert.deepEqual(await plain.page.$$eval('cohesion-join-badge > a', (links) => links.map((a) => a.textContent)), [en['badge.join'], en['badge.join']]);
  await plain.close();
  const {page, errors, close} = await open(post.link);
  await widgetsRendered(page, ['cohesion-join-badge']);
  const labels = await page.$$eval('cohesion-join-badge', (badges) => badges.map((b) => b.shadowRoot.querySelector('[part="label"]').textContent));
  assert.deepEqual(labels, [de['badge.join'], de['badge.join']]);
  assert.deepEqual(await page.$$eval('cohesion-join-badge', (badges) => badges.map((b) => b.shadowRoot.querySelector('a').href)), [
    'https://cor.europa.eu/de/engage/Pages/cohesion-alliance.aspx',
    'https://cor.europa.eu/de/engage/Pages/cohesion-alliance.aspx',
  ]);
  assert.deepEqual(errors, []);
  await close();
});

test('on a German site, all four widgets and their fallback content speak German', async () => {
  // Written to the database directly: WordPress saves a site language only when its language pack is installed,
  // and the plugin needs none.
  const setLanguage = (locale) => wp.php(`global $wpdb; $wpdb->replace( $wpdb->options, array( 'option_name' => 'WPLANG', 'option_value' => '${locale}', 'autoload' => 'yes' ) );`);
  setLanguage('de_DE');
  try {
    const plain = await open(posts.shortcodes.link, {javaScript: false});
    assert.equal(await plain.page.textContent('cohesion-join-badge > a'), de['badge.supporter']);
    assert.equal(await plain.page.textContent('cohesion-supporter-counter dt'), de['counter.regions']);
    assert.equal(await plain.page.textContent('cohesion-declaration-summary h3'), de['declaration.heading']);
    assert.equal(await plain.page.textContent('cohesion-document-picker a'), de['picker.fromPage']);
    await plain.close();
    const {page, errors, close} = await open(posts.shortcodes.link);
    assert.equal(await page.getAttribute('html', 'lang'), 'de-DE');
    await widgetsRendered(page);
    const langs = await page.evaluate((tags) => tags.map((tag) => document.querySelector(tag).shadowRoot.querySelector('[lang]')?.getAttribute('lang')), TAGS);
    assert.deepEqual(langs, ['de', 'de', 'de', 'de']);
    assert.equal(await page.evaluate(() => document.querySelector('cohesion-join-badge').shadowRoot.querySelector('[part="label"]').textContent), de['badge.supporter']);
    assert.deepEqual(errors, []);
    await close();
  } finally {
    setLanguage('');
  }
});

test('without JavaScript, each widget of both posts shows its fallback content', async () => {
  for (const post of [posts.shortcodes, posts.blocks]) {
    const {page, requests, close} = await open(post.link, {javaScript: false});
    assert.equal(await page.textContent('cohesion-join-badge > a[data-fallback]'), en['badge.supporter']);
    assert.equal(await page.getAttribute('cohesion-join-badge > a', 'href'), 'https://cor.europa.eu/en/engage/Pages/cohesion-alliance.aspx');
    assert.deepEqual(await page.$$eval('cohesion-supporter-counter dt', (dts) => dts.length), 2);
    assert.equal(await page.textContent('cohesion-supporter-counter dt'), en['counter.regions']);
    assert.equal(await page.textContent('cohesion-declaration-summary h3'), en['declaration.heading']);
    assert.equal(await page.getAttribute('cohesion-document-picker section', 'data-document'), 'debate-2022');
    assert.equal(await page.textContent('cohesion-document-picker a'), en['picker.fromPage']);
    for (const fallback of ['cohesion-join-badge a', 'cohesion-supporter-counter dl', 'cohesion-declaration-summary a', 'cohesion-document-picker a']) {
      assert.ok(await page.isVisible(fallback), `${fallback} is visible`);
    }
    assert.deepEqual(ourScripts(requests), []);
    await close();
  }
});

test('hostile attribute values from an Author render inert', async () => {
  const post = await publish('Hostile', `${HOSTILE_SHORTCODE}\n\n${HOSTILE_BLOCK}`);
  // As the server wrote them: only allowed attributes with allowed values, so no href (neither http nor https), no
  // variant, size or lang (none of their values), and no event handler anywhere.
  const plain = await open(post.link, {javaScript: false});
  const written = await plain.page.$$eval('cohesion-join-badge', (elements) =>
    elements.map((el) => ({attributes: el.getAttributeNames(), fallback: el.querySelector('a').getAttribute('href')})),
  );
  assert.equal(written.length, 2);
  for (const badge of written) {
    assert.ok(badge.attributes.every((name) => name === 'label'), badge.attributes.join());
    assert.equal(badge.fallback, 'https://cor.europa.eu/en/engage/Pages/cohesion-alliance.aspx');
  }
  const handlers = await plain.page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => el.getAttributeNames().some((n) => n.startsWith('on'))).map((el) => el.outerHTML));
  assert.deepEqual(handlers, []);
  await plain.close();

  const {page, errors, close} = await open(post.link);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await widgetsRendered(page, ['cohesion-join-badge']);
  assert.deepEqual(await page.$$eval('cohesion-join-badge', (badges) => badges.map((b) => b.shadowRoot.querySelector('a').href)), [
    'https://cor.europa.eu/en/engage/Pages/cohesion-alliance.aspx',
    'https://cor.europa.eu/en/engage/Pages/cohesion-alliance.aspx',
  ]);
  for (const badge of await page.$$('cohesion-join-badge')) {
    await badge.hover();
    await badge.focus();
  }
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(dialogs, 0);
  assert.deepEqual(errors, []);
  await close();
});

test('with a central server named in the settings, the widgets load from there and nothing from the plugin', async () => {
  // The organisation's server: the self-contained files as built, allowed to other sites (CORS), as the README asks.
  const central = await serve(join(root, 'dist/cdn'), {headers: {'Access-Control-Allow-Origin': '*'}});
  const settings = JSON.stringify({source: 'server', server: `${central.origin}/cohesion-alliance.js`, feed: '', appearance: 'dark'});
  wp.php(`update_option( 'cohesion_alliance', json_decode( '${settings}', true ) );`);
  try {
    const {page, errors, requests, close} = await open(posts.shortcodes.link);
    await widgetsRendered(page);
    assert.deepEqual(ourScripts(requests), []);
    assert.ok(central.requests.some((path) => path.startsWith('/cohesion-alliance.js?')));
    assert.deepEqual(await page.$$eval(TAGS.join(','), (elements) => elements.map((el) => el.getAttribute('appearance'))), ['dark', 'dark', 'dark', 'dark']);
    assert.deepEqual(errors, []);
    await close();
  } finally {
    wp.php("delete_option( 'cohesion_alliance' );");
    await central.close();
  }
});

test('a post without widgets loads no script of ours', async () => {
  const post = await publish('Plain', '<p>Nothing to see.</p>');
  const {page, requests, close} = await open(post.link);
  assert.deepEqual(ourScripts(requests), []);
  assert.doesNotMatch(await page.content(), /cohesion-alliance/);
  await close();
});

test('the block editor opens a post with a block and shows its preview without error', async () => {
  const context = await browser.newContext();
  // Offline, the avatars (gravatar.com) and the welcome guide's images (s.w.org) that WordPress shows cannot load;
  // they are answered empty instead.
  await context.route((url) => /(^|\.)(gravatar\.com|s\.w\.org)$/.test(url.hostname), (route) => route.fulfill({status: 204}));
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  const errors = watch(page);
  await logIn(page, wp.users.author);
  await page.goto(`${wp.origin}/wp-admin/post.php?post=${posts.blocks.id}&action=edit`);
  const canvas = page.frameLocator('iframe[name="editor-canvas"]');
  // The preview is the fallback content, rendered by the server for each block.
  await canvas.locator('cohesion-join-badge > a').waitFor({timeout: 60000});
  // The editor's welcome guide, shown on a first visit.
  const guide = page.locator('.components-modal__screen-overlay');
  if (await guide.isVisible()) await page.keyboard.press('Escape');
  await guide.waitFor({state: 'hidden'});
  for (const tag of TAGS) {
    await canvas.locator(tag).waitFor();
    assert.equal(await canvas.locator(tag).count(), 1, tag);
  }
  assert.equal(await canvas.locator('.block-editor-warning').count(), 0);
  // The block's inspector panel, with its translated controls.
  await canvas.locator('.wp-block-cohesion-alliance-join-badge').first().click({position: {x: 2, y: 2}});
  await page.locator('.block-editor-block-inspector').getByText('Size', {exact: true}).waitFor();
  // The preview is inert: a click selects the block, it does not follow the fallback link.
  assert.deepEqual(requests.filter((url) => url.startsWith('https://cor.europa.eu/')), []);
  assert.deepEqual(errors, []);
  assert.equal(wp.debugLog(), '');
  await context.close();
});

test('an editor whose language is German gets the blocks\' titles and panel in German', async () => {
  wp.php("update_user_meta( 1, 'locale', 'de_DE' );");
  // A post of its own: the other is still locked by the Author's editing session.
  const post = await publish('Blöcke', BLOCKS);
  const context = await browser.newContext();
  await context.route((url) => /(^|\.)(gravatar\.com|s\.w\.org)$/.test(url.hostname), (route) => route.fulfill({status: 204}));
  const page = await context.newPage();
  const errors = watch(page);
  await logIn(page, wp.users.admin);
  await page.goto(`${wp.origin}/wp-admin/post.php?post=${post.id}&action=edit`);
  const canvas = page.frameLocator('iframe[name="editor-canvas"]');
  await canvas.locator('cohesion-join-badge > a').waitFor({timeout: 60000});
  const guide = page.locator('.components-modal__screen-overlay');
  if (await guide.isVisible()) await page.keyboard.press('Escape');
  await guide.waitFor({state: 'hidden'});
  assert.equal(await page.evaluate(() => window.wp.blocks.getBlockType('cohesion-alliance/join-badge').title), 'Beitrittsbadge');
  await canvas.locator('.wp-block-cohesion-alliance-join-badge').first().click({position: {x: 2, y: 2}});
  const inspector = page.locator('.block-editor-block-inspector');
  await inspector.getByText('Größe', {exact: true}).waitFor();
  await inspector.getByText('Zahl der Unterstützenden anzeigen', {exact: true}).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
