// `npm run bench:hostile`: what hostile pages and feeds cost the self-contained file in Debian's Chromium: heap left
// by many feeds and by enormous invalid values, requests in flight to a slow origin, and requests and warnings against
// a failing feed that a page re-creates widgets for. Prints a table; see README, "Limits".
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {launch, root, serve} from '../test/e2e/harness.mjs';

const SCRIPT = '/dist/cdn/cohesion-alliance.js';
if (!existsSync(join(root, SCRIPT))) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A feed `bytes` long: one valid figure, padded inside a string. */
function feedOf(bytes) {
  const head = '{"supporters":{"figures":{"regions":141}},"pad":"';
  return head + 'a'.repeat(Math.max(0, bytes - head.length - 2)) + '"}';
}

const flight = {now: 0, max: 0, requests: 0};
let failing = 0;
const server = await serve(root, {
  routes: {
    '/hostile.html': (req, res) =>
      res
        .writeHead(200, {'Content-Type': 'text/html'})
        .end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile bench</title><script type="module" src="${SCRIPT}"></script></head><body><div id="stage"></div></body></html>`),
    // `?bytes=N&delay=ms&id=…`: a valid feed of N bytes after `delay`; counts the requests in flight at once.
    '/feed': (req, res, url) => {
      flight.requests++;
      flight.max = Math.max(flight.max, ++flight.now);
      const body = feedOf(Number(url.searchParams.get('bytes') ?? 100));
      setTimeout(() => {
        flight.now--;
        res.writeHead(200, {'Content-Type': 'application/json', 'Cache-Control': 'no-store'}).end(body);
      }, Number(url.searchParams.get('delay') ?? 0));
    },
    '/missing': (req, res) => {
      failing++;
      res.writeHead(404, {'Content-Type': 'text/plain', 'Cache-Control': 'no-store'}).end('Not found');
    },
  },
});

const browser = await launch();
/** A fresh page with the widgets registered, its warnings counted, and a DevTools session to measure its heap. */
async function open() {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  const warnings = [];
  page.on('console', (message) => {
    if (message.text().startsWith('[cohesion-alliance]')) warnings.push(message.text());
  });
  await page.goto(`${server.origin}/hostile.html`);
  await page.waitForFunction(() => customElements.get('cohesion-supporter-counter') && customElements.get('cohesion-join-badge'));
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  return {page, warnings, heap};
}

const rows = [];

// 1. 300 counters created and removed, each with its own address for a 97 KB feed.
{
  const {page, heap} = await open();
  const before = await heap();
  await page.evaluate(async () => {
    const stage = document.getElementById('stage');
    for (let i = 0; i < 300; i++) {
      const el = document.createElement('cohesion-supporter-counter');
      el.setAttribute('no-animation', '');
      el.setAttribute('src', `/feed?bytes=${97 * 1024}&id=${i}`);
      stage.append(el);
      while (!el.shadowRoot?.textContent.includes('141')) await new Promise((resolve) => setTimeout(resolve, 5));
      el.remove();
    }
  });
  rows.push(['300 counters created and removed, each with a distinct 97 KB feed', 'heap growth', mb((await heap()) - before)]);
  await page.close();
}

// 2. 100 distinct 1 MB invalid values for `variant` on one badge that stays.
{
  const {page, heap} = await open();
  await page.evaluate(async () => {
    const badge = document.createElement('cohesion-join-badge');
    document.getElementById('stage').append(badge);
    badge.setAttribute('variant', 'wrong');
    await badge.updateComplete;
  });
  const before = await heap();
  await page.evaluate(async () => {
    const badge = document.querySelector('cohesion-join-badge');
    for (let i = 0; i < 100; i++) {
      badge.setAttribute('variant', `${i}-${'x'.repeat(1_000_000)}`);
      await badge.updateComplete;
    }
    badge.setAttribute('variant', 'join');
    await badge.updateComplete;
  });
  rows.push(['100 distinct 1 MB invalid variant values, badge kept', 'heap growth', mb((await heap()) - before)]);
  await page.close();
}

// 3. 1,000 counters, each with its own feed address, the server answering in 300 ms.
{
  const {page} = await open();
  flight.max = flight.now = flight.requests = 0;
  const started = Date.now();
  const outcome = await page.evaluate(async () => {
    const stage = document.getElementById('stage');
    const errors = [];
    stage.addEventListener('cohesion-data-error', (event) => errors.push(event.detail.message));
    const counters = Array.from({length: 1000}, (_, i) => {
      const el = document.createElement('cohesion-supporter-counter');
      el.setAttribute('no-animation', '');
      el.setAttribute('src', `/feed?delay=300&id=${i}`);
      return el;
    });
    stage.append(...counters);
    const live = () => counters.filter((el) => el.shadowRoot?.textContent.includes('141')).length;
    while (live() + errors.length < 1000) await new Promise((resolve) => setTimeout(resolve, 50));
    return {live: live(), timeouts: errors.filter((message) => message.startsWith('no answer')).length};
  });
  rows.push(['1,000 counters, distinct feed addresses, 300 ms answers', 'most requests in flight at once', String(flight.max)]);
  rows.push(['', 'counters reporting a time-out', String(outcome.timeouts)]);
  rows.push(['', 'counters showing the feed', `${outcome.live} (all within ${((Date.now() - started) / 1000).toFixed(1)} s)`]);
  await page.close();
}

// 4. A 404 feed, and a page that replaces its widget on every `cohesion-data-error`, for 5 seconds.
{
  const {page, warnings} = await open();
  failing = 0;
  const created = await page.evaluate(async () => {
    let count = 0;
    const stage = document.getElementById('stage');
    const create = () => {
      const el = document.createElement('cohesion-supporter-counter');
      el.setAttribute('src', '/missing');
      el.addEventListener('cohesion-data-error', () => {
        el.remove();
        create();
      });
      count++;
      stage.append(el);
    };
    create();
    await new Promise((resolve) => setTimeout(resolve, 5000));
    return count;
  });
  rows.push(['404 feed, widget re-created on each error, 5 s', 'requests to the feed', String(failing)]);
  rows.push(['', 'console warnings', String(warnings.length)]);
  rows.push(['', 'widgets re-created', String(created)]);
  await page.close();
}

await browser.close();
await server.close();

console.log('\n## Hostile pages and feeds\n');
console.log('| case | what | figure |');
console.log('| --- | --- | --- |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
