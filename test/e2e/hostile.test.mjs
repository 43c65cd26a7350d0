// The built self-contained file on pages that work against it: elements named like the globals Lit and the widgets
// read (as sanitised user content may carry them), a gzip bomb for a feed, and what a feed server on the same and
// on another origin learns of the page that shows it.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createGzip} from 'node:zlib';
import {buildLibrary, engine, launch, serve, watch, widgetsRendered} from './harness.mjs';

// As in host-page.test.mjs (importing it would run its tests here too).
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const ALL_WIDGETS = `<cohesion-join-badge show-count href="/join"></cohesion-join-badge>
<cohesion-supporter-counter refresh="60" src="/feed.json"></cohesion-supporter-counter>
<cohesion-declaration-summary></cohesion-declaration-summary>
<cohesion-document-picker documents="debate-2022"></cohesion-document-picker>`;

const page = (body, {head = ''} = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Hostile page</title>${head}
</head><body>
${body}
<script type="module" src="/cohesion-alliance.js"></script>
</body></html>`;

/** Elements before the script, each named like a global that Lit or the widgets read. */
const CLOBBERING = [
  '<div id="litHtmlVersions"></div>',
  '<div id="reactiveElementVersions"></div>',
  '<div id="litElementVersions"></div>',
  '<div id="litPropertyMetadata"></div>',
  '<div id="litHtmlPolyfillSupport"></div>',
  '<div id="reactiveElementPolyfillSupport"></div>',
  '<div id="litElementPolyfillSupport"></div>',
  '<div id="litElementHydrateSupport"></div>',
  '<div id="ShadyCSS"></div>',
  '<img name="baseURI" alt="">',
  '<img name="addEventListener" alt="">',
  '<img name="removeEventListener" alt="">',
  '<img name="visibilityState" alt="">',
  '<img name="hidden" alt="">',
  '<img name="readyState" alt="">',
  '<img name="documentElement" alt="">',
];

// A gzip body of about 400 KB that inflates to 400 MB of valid JSON: far under 1 MB on the wire.
const BOMB_BYTES = 400_000_000;
let bomb;

async function gzipBomb() {
  const gzip = createGzip({level: 9});
  const pieces = [];
  gzip.on('data', (piece) => pieces.push(piece));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  gzip.write('{"supporters":{"figures":{"regions":141}},"pad":"');
  const run = Buffer.alloc(1 << 20, 'a');
  for (let written = 0; written < BOMB_BYTES; written += run.length) {
    if (!gzip.write(run)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end('"}');
  await done;
  return Buffer.concat(pieces);
}

/** What the bomb's route sent, per request. */
const bombs = [];
const referers = {same: [], other: []};

let browser;
let server;
let feeds;

before(async () => {
  bomb = await gzipBomb();
  const lib = await buildLibrary();
  const html = (markup, headers = {}) => (req, res) => res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8', ...headers}).end(markup);
  const feed = (list) => (req, res) => {
    list.push(req.headers.referer ?? null);
    res.writeHead(200, {'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*'}).end('{"supporters":{"figures":{"regions":141}}}');
  };
  feeds = await serve(mkdtempSync(join(tmpdir(), 'cohesion-feeds-')), {routes: {'/referrer.json': feed(referers.other)}});
  const otherOrigin = feeds.origin.replace('127.0.0.1', 'localhost');
  const routes = {
    '/feed.json': feed([]),
    '/referrer.json': feed(referers.same),
    // The bomb, in pieces of 16 KB, only as fast as the reader takes them; what it sent is counted.
    '/bomb.json': (req, res) => {
      const record = {sent: 0, total: bomb.length, closed: false};
      bombs.push(record);
      res.writeHead(200, {'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Content-Length': String(bomb.length)});
      res.on('close', () => (record.closed = true));
      let offset = 0;
      const next = () => {
        if (record.closed) return;
        if (offset >= bomb.length) return void res.end();
        const piece = bomb.subarray(offset, (offset += 16384));
        record.sent += piece.length;
        if (res.write(piece)) setTimeout(next, 5);
        else res.once('drain', () => setTimeout(next, 5));
      };
      next();
    },
    '/bomb.html': html(page('<cohesion-supporter-counter no-animation></cohesion-supporter-counter>'), {
      'Content-Security-Policy': STRICT_CSP,
    }),
    // The page's own address carries what a feed server should not learn; the page allows every referrer.
    '/referrer.html': html(
      page(`<cohesion-supporter-counter no-animation src="/referrer.json"></cohesion-supporter-counter>
<cohesion-join-badge show-count src="${otherOrigin}/referrer.json"></cohesion-join-badge>`),
      {
        'Referrer-Policy': 'unsafe-url',
        'Content-Security-Policy': STRICT_CSP.replace("default-src 'self';", `default-src 'self'; connect-src 'self' ${otherOrigin};`),
      },
    ),
    '/clobbered.html': html(page(`${CLOBBERING.join('\n')}\n${ALL_WIDGETS}`), {'Content-Security-Policy': STRICT_CSP}),
  };
  CLOBBERING.forEach((element, i) => {
    routes[`/clobbered-${i}.html`] = html(page(`${element}\n${ALL_WIDGETS}`), {'Content-Security-Policy': STRICT_CSP});
  });
  server = await serve(lib, {routes});
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await feeds?.close();
});

/** Opens `path` in a fresh context, collecting errors (CSP violations among them) and data-error messages. */
async function open(path) {
  const context = await browser.newContext();
  // What went wrong with a feed, as the widgets tell the page.
  await context.addInitScript(() =>
    document.addEventListener('cohesion-data-error', (event) => (window.__dataErrors ??= []).push(event.detail.message)),
  );
  const tab = await context.newPage();
  // Console errors include the browser's reports of what the Content-Security-Policy refused.
  const errors = watch(tab);
  await tab.goto(`${server.origin}${path}`);
  return {context, tab, errors};
}

test('elements named like the globals of Lit and of the widgets stop no widget, each alone and all together', async () => {
  const failures = [];
  for (const [path, what] of [['/clobbered.html', 'all of them'], ...CLOBBERING.map((element, i) => [`/clobbered-${i}.html`, element])]) {
    const {context, tab, errors} = await open(path);
    try {
      await widgetsRendered(tab);
      const state = await tab.evaluate(async () => {
        const badge = document.querySelector('cohesion-join-badge');
        const counter = document.querySelector('cohesion-supporter-counter');
        // The count-up runs only in a visible page, so its end shows that the counter saw the page as visible.
        for (let i = 0; i < 100 && counter.shadowRoot.querySelector('[aria-hidden="true"] .number'); i++) await new Promise((r) => setTimeout(r, 50));
        const regions = [...counter.shadowRoot.querySelectorAll('[part~="figure"]')].find((f) => f.textContent.includes('Regions'));
        return {
          href: badge.shadowRoot.querySelector('a').href,
          regions: regions?.querySelector('.final').textContent.trim(),
          counting: Boolean(counter.shadowRoot.querySelector('[aria-hidden="true"] .number')),
          adopted: badge.shadowRoot.adoptedStyleSheets.length > 0,
        };
      });
      const expected = {href: `${server.origin}/join`, regions: '141', counting: false, adopted: true};
      if (JSON.stringify(state) !== JSON.stringify(expected) || errors.length) failures.push(`${what}: ${JSON.stringify(state)} ${errors.join(' | ')}`);
    } catch (error) {
      failures.push(`${what}: the widgets did not render (${error.message.split('\n')[0]}) ${errors.join(' | ')}`);
    } finally {
      await context.close();
    }
  }
  assert.deepEqual(failures, []);
});

/** The peak resident memory (VmHWM) of each renderer process of the browser, in bytes, by process id. */
async function rendererPeaks() {
  const cdp = await browser.newBrowserCDPSession();
  const {processInfo} = await cdp.send('SystemInfo.getProcessInfo');
  await cdp.detach();
  const peaks = {};
  for (const {type, id} of processInfo) {
    if (type !== 'renderer') continue;
    const status = readFileSync(`/proc/${id}/status`, 'utf8');
    peaks[id] = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
  }
  return peaks;
}

// Memory is measured through the Chrome DevTools Protocol, which only Chromium has; that every engine stops such a feed
// at 1 MB is tested in all three by test/hostile-feed.test.ts.
const noDevTools = engine !== 'chromium' && 'the memory measure needs the Chrome DevTools Protocol';
test('a gzip bomb (400 KB that inflates to 400 MB) is stopped at 1 MB: little is sent, little memory is used', {skip: noDevTools}, async () => {
  const {context, tab, errors} = await open('/bomb.html');
  try {
    await widgetsRendered(tab, ['cohesion-supporter-counter']);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapBefore = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    let heapPeak = heapBefore;
    const peaksBefore = await rendererPeaks();
    // The counter that reads the bomb comes now, once the page's own memory is counted.
    await tab.evaluate(() => {
      const counter = document.createElement('cohesion-supporter-counter');
      counter.setAttribute('no-animation', '');
      counter.setAttribute('src', '/bomb.json');
      document.body.append(counter);
    });
    let messages;
    for (let i = 0; i < 400 && !messages; i++) {
      heapPeak = Math.max(heapPeak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
      messages = await tab.evaluate(() => window.__dataErrors);
      await tab.waitForTimeout(25);
    }
    await tab.waitForTimeout(300);
    const peaksAfter = await rendererPeaks();
    const rssGrowth = Math.max(...Object.keys(peaksAfter).map((pid) => peaksAfter[pid] - (peaksBefore[pid] ?? peaksAfter[pid])));
    const [record] = bombs;
    const heapGrowth = heapPeak - heapBefore;
    console.log(
      `gzip bomb: ${record.sent} of ${record.total} bytes sent, closed: ${record.closed}; ` +
        `renderer peak memory +${(rssGrowth / 1e6).toFixed(1)} MB, JS heap +${(heapGrowth / 1e6).toFixed(1)} MB at most`,
    );
    assert.ok(rssGrowth < 200e6, `the renderer's peak memory grew by ${rssGrowth} bytes`);
    assert.ok(heapGrowth < 30e6, `the JS heap grew by ${heapGrowth} bytes`);
    assert.ok(record.closed, 'the body was not cancelled');
    assert.ok(record.sent < record.total / 2, `${record.sent} of ${record.total} bytes sent`);
    assert.deepEqual(messages, ['larger than 1 MB']);
    const regions = await tab.evaluate(() =>
      [...document.querySelectorAll('cohesion-supporter-counter')[1].shadowRoot.querySelectorAll('[part~="figure"]')]
        .find((f) => f.textContent.includes('Regions'))
        .querySelector('.final').textContent.trim(),
    );
    assert.equal(regions, '140');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a feed server learns the page\'s origin, not its address, on the same origin and on another, whatever the page allows', async () => {
  const {context, tab, errors} = await open('/referrer.html?member=4711&token=secret');
  try {
    await widgetsRendered(tab, ['cohesion-supporter-counter', 'cohesion-join-badge']);
    for (let i = 0; i < 100 && !(referers.same.length && referers.other.length); i++) await tab.waitForTimeout(50);
    assert.deepEqual(referers, {same: [`${server.origin}/`], other: [`${server.origin}/`]});
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
