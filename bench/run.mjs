// `npm run bench`: sizes, render cost, layout shift, shared feed requests, language switch time and Lighthouse
// scores of the built library and demo, measured in Debian's Chromium. Prints tables; see README, "Performance".
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {BUDGETS, ENTRIES, firstRenderSize, localeSizes} from './sizes.mjs';
import {chromiumArgs, chromiumPath, launch, root, serve} from '../test/e2e/harness.mjs';
import {pageWeight, widgetPage} from './page-weight.mjs';
import {firstTitle, PROFILE} from './first-content.mjs';

const TAGS = ['cohesion-join-badge', 'cohesion-supporter-counter', 'cohesion-declaration-summary', 'cohesion-document-picker'];
const LANGUAGES = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'];
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
function table(title, headers, rows) {
  console.log(`\n## ${title}\n`);
  console.log(`| ${headers.join(' | ')} |`);
  console.log(`| ${headers.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

const dir = join(root, 'dist/cdn');
if (!existsSync(join(dir, 'cohesion-alliance.js'))) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});

// `BENCH_ONLY=titles`: only the throttled time to the title (with the demo built, `npm run build:demo`).
if (process.env.BENCH_ONLY === 'titles') {
  await throttledTitles({});
  process.exit(0);
}

// 1. Bytes.
const entries = ENTRIES.map((entry) => firstRenderSize(dir, entry));
const locales = localeSizes(dir);
const largestLocale = locales.reduce((a, b) => (b.gzip > a.gzip ? b : a));
const guard = (gzip) => `${kb(BUDGETS.pageGzip)} ${gzip <= BUDGETS.pageGzip ? 'ok' : 'OVER'}`;
table(
  'Bytes before first render (minified; gzipped, each file as served)',
  ['what', 'files', 'minified', 'gzipped', 'guard'],
  [
    ...entries.map((e) => [`${e.files[0]} and the largest language file`, e.files.length, kb(e.min), kb(e.gzip), guard(e.gzip)]),
    [`largest language file (${largestLocale.locale})`, 1, kb(largestLocale.min), kb(largestLocale.gzip), ''],
  ],
);

const feedBody = JSON.stringify({supporters: {asOf: '2022-10', figures: {individuals: {value: 12000, lowerBound: true}}}});
const site = mkdtempSync(join(tmpdir(), 'cohesion-bench-'));
writeFileSync(
  join(site, 'bench.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/cdn/cohesion-alliance.js"></script></head><body><div id="stage"></div></body></html>`,
);
let feedRequests = 0;
const server = await serve(root, {
  routes: {
    '/bench.html': (req, res) => res.writeHead(200, {'Content-Type': 'text/html'}).end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><script type="module" src="/dist/cdn/cohesion-alliance.js"></script></head><body><div id="stage"></div></body></html>`,
    ),
    ...Object.fromEntries(
      LANGUAGES.map((lang) => [
        `/weight-${lang}.html`,
        (req, res) => res.writeHead(200, {'Content-Type': 'text/html'}).end(widgetPage(lang, '/dist/cdn/cohesion-alliance.js')),
      ]),
    ),
    '/bench-feed.json': (req, res, url) => {
      feedRequests++;
      setTimeout(() => res.writeHead(200, {'Content-Type': 'application/json'}).end(feedBody), Number(url.searchParams.get('delay') ?? 0));
    },
  },
});
const browser = await launch();
const page = await browser.newPage({viewport: {width: 1280, height: 900}});
await page.goto(`${server.origin}/bench.html`);
await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), TAGS);

// 1b. What a page with all four widgets downloads before they show their content, per language.
const weights = [];
for (const lang of LANGUAGES) {
  const weight = await pageWeight(browser, `${server.origin}/weight-${lang}.html`, {dir, prefix: '/dist/cdn/'});
  weights.push([lang, weight.files.map(({file}) => file).join(', '), kb(weight.gzip), guard(weight.gzip)]);
}
table('A page with all four widgets: script downloaded before they show their content (gzipped)', ['page', 'files', 'gzipped', 'guard'], weights);

// 2. Render cost: 1,000 widgets against the same visible markup as static HTML.
const renderRows = [];
for (const tag of TAGS) {
  const widgetTimes = [];
  const staticTimes = [];
  for (let run = 0; run < RUNS; run++) {
    const [widgetMs, staticMs] = await page.evaluate(async (name) => {
      const stage = document.getElementById('stage');
      stage.replaceChildren();
      let t0 = performance.now();
      stage.innerHTML = `<${name}></${name}>`.repeat(1000);
      await Promise.all([...stage.children].map((el) => el.updateComplete));
      void stage.offsetHeight;
      const widget = performance.now() - t0;
      // The visible markup of one rendered widget, with its styles, as plain HTML.
      const sample = stage.firstElementChild;
      const styles = [...sample.shadowRoot.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
      const markup = sample.shadowRoot.innerHTML.replace(/<!--[^>]*-->/g, '');
      stage.replaceChildren();
      const holder = document.createElement('style');
      holder.textContent = styles.replaceAll(':host', '.host');
      document.head.append(holder);
      t0 = performance.now();
      stage.innerHTML = `<div class="host">${markup}</div>`.repeat(1000);
      void stage.offsetHeight;
      const plain = performance.now() - t0;
      holder.remove();
      stage.replaceChildren();
      return [widget, plain];
    }, tag);
    widgetTimes.push(widgetMs);
    staticTimes.push(staticMs);
  }
  const w = median(widgetTimes);
  const s = median(staticTimes);
  renderRows.push([tag, `${w.toFixed(1)} ms`, `${s.toFixed(1)} ms`, `${(w / s).toFixed(2)}×`]);
}
table(`Render cost: mounting 1,000 widgets (median of ${RUNS} runs)`, ['widget', '1,000 widgets', 'same markup as static HTML', 'ratio'], renderRows);

// 3. Requests made by 50 widgets sharing one feed.
feedRequests = 0;
await page.evaluate(async () => {
  const stage = document.getElementById('stage');
  stage.innerHTML = '<cohesion-supporter-counter src="/bench-feed.json?delay=200" no-animation></cohesion-supporter-counter>'.repeat(25) +
    '<cohesion-join-badge show-count src="/bench-feed.json?delay=200"></cohesion-join-badge>'.repeat(25);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  stage.replaceChildren();
});
table('Requests', ['case', 'requests'], [['50 widgets sharing one feed', feedRequests]]);

// 4. From a change of <html lang> to re-rendered widgets, per locale.
await page.evaluate((tags) => {
  document.getElementById('stage').innerHTML = tags.map((t) => `<${t} no-animation></${t}>`).join('');
}, TAGS);
const langRows = [];
for (const lang of [...LANGUAGES.filter((l) => l !== 'en'), 'en']) {
  const ms = await page.evaluate(async (code) => {
    const widgets = [...document.getElementById('stage').children];
    const t0 = performance.now();
    document.documentElement.lang = code;
    // The widgets hear of the change from a MutationObserver (a microtask), and each update waits for its language.
    await Promise.resolve();
    await Promise.all(widgets.map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - t0;
  }, lang);
  langRows.push([lang, `${ms.toFixed(1)} ms`]);
}
table('Language switch: <html lang> change to re-rendered widgets (first switch, chunk not cached)', ['locale', 'time'], langRows);
await browser.close();

// 5. Layout shift on the demo page while the counter counts and a slow feed arrives; Lighthouse.
const demoConfig = join(root, 'vite.demo.config.ts');
if (existsSync(demoConfig)) {
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--config', demoConfig, '--logLevel', 'error'], {cwd: root, stdio: 'inherit'});
  const demo = await serve(join(root, 'dist-demo'), {
    routes: {
      '/slow-feed.json': (req, res) =>
        setTimeout(() => res.writeHead(200, {'Content-Type': 'application/json'}).end(feedBody), 1500),
    },
  });
  const b = await launch();
  const p = await b.newPage({viewport: {width: 1280, height: 900}});
  await p.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({type: 'layout-shift', buffered: true});
  });
  await p.goto(`${demo.origin}/index.html`);
  await p.waitForTimeout(1500);
  const loadCls = await p.evaluate(() => {
    const value = window.__cls;
    window.__cls = 0;
    return value;
  });
  await p.evaluate(() => {
    for (const counter of document.querySelectorAll('cohesion-supporter-counter')) counter.setAttribute('src', '/slow-feed.json');
    document.querySelector('cohesion-supporter-counter')?.scrollIntoView();
  });
  await p.waitForTimeout(3500);
  const cls = await p.evaluate(() => window.__cls);
  await b.close();
  table('Layout shift on the demo page', ['phase', 'cumulative layout shift'], [
    ['while the counter counts and a slow feed (1.5 s) arrives', cls.toFixed(4)],
    ['page load, as the widgets upgrade (before any of the above)', loadCls.toFixed(4)],
  ]);

  // Lighthouse, with the same Chromium.
  const chromeLauncher = await import('chrome-launcher');
  const {default: lighthouse} = await import('lighthouse');
  const chrome = await chromeLauncher.launch({chromePath: chromiumPath, chromeFlags: chromiumArgs});
  try {
    const result = await lighthouse(`${demo.origin}/index.html`, {port: chrome.port, output: 'json', logLevel: 'error'});
    const categories = result.lhr.categories;
    table('Lighthouse (demo page, default settings of the lighthouse package: mobile, simulated throttling)', ['category', 'score'],
      Object.values(categories).map((c) => [c.title, Math.round(c.score * 100)]));
  } finally {
    await chrome.kill();
    await demo.close();
  }
}
await server.close();

// What the library adds to the bundle of each consumer app (test/consumers/): the app built with the packed library
// against the same app built without it, and the time its build takes. Set BENCH_CONSUMERS=0 to leave this out (it
// installs and builds nine apps).
if (process.env.BENCH_CONSUMERS === '0') await throttledTitles({});
else {
  const consumers = await import('../test/consumers/consumers.mjs');
  const {tarball} = consumers.pack();
  const b = await launch();
  try {
    const rows = [];
    for (const app of ['vite-vanilla', 'vite-react', 'vue', 'next', 'webpack', 'sveltekit', 'nuxt', 'angular', 'astro']) {
      consumers.install(app, tarball);
      const gain = await consumers.bundleGain(b, app);
      rows.push([
        app,
        `${kb(gain.without.loaded)} → ${kb(gain.with.loaded)} (+${kb(gain.with.loaded - gain.without.loaded)})`,
        `${kb(gain.without.emitted)} → ${kb(gain.with.emitted)} (+${kb(gain.with.emitted - gain.without.emitted)})`,
        `${(gain.with.buildMs / 1000).toFixed(1)} s`,
      ]);
    }
    table(
      "What the library adds to an app's JavaScript, gzipped (the app without the library → with it)",
      ['app', 'downloaded by its German page until the widgets render', 'all files its build emits (every language)', 'build, with the library'],
      rows,
    );

    // Server rendering: the Node recipe's page (all four widgets, hydrated) against the same page as static HTML.
    consumers.install('node-ssr', tarball);
    consumers.run('node-ssr', 'build');
    const site = await consumers.serveApp('node-ssr');
    try {
      await throttledTitles({ssr: site.origin});
    } finally {
      await site.close();
    }
  } finally {
    await b.close();
    consumers.cleanUp();
  }
}

/**
 * The time to the picker's German title on a throttled phone (see `first-content.mjs`), for a German page loading the
 * self-contained files of the demo's build: static HTML with declarative shadow DOM (the widget's own markup, no
 * script), the bare tag, and the configurator's snippet (its fallback content, then the widget upgraded); and, with
 * `ssr` (the Node recipe's site), its server-rendered page against the same page as static HTML. The pages are loaded
 * in turn, `ROUNDS` times; each figure is the median of the round-by-round ratios to static HTML.
 */
async function throttledTitles({ssr}) {
  const {germanTitle} = await import('../test/consumers/consumers.mjs');
  const title = germanTitle('debate-2022');
  const demoDir = join(root, 'dist-demo');
  const page = (body, head = '') => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>Unsere Region</title>${head}</head>
<body><main><h1>Unsere Region</h1>
${body}
<p>Text nach dem Widget.</p></main></body></html>`;
  const pages = new Map();
  const site = await serve(demoDir, {
    routes: Object.fromEntries(
      ['static', 'bare', 'snippet'].map((name) => [`/t-${name}.html`, (req, res) => res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'}).end(pages.get(name))]),
    ),
  });
  const b = await launch();
  try {
    const tag = '<cohesion-document-picker documents="debate-2022 declaration-2020" heading-level="2"></cohesion-document-picker>';
    pages.set('bare', page(tag, '<script type="module" src="/cohesion-alliance.js"></script>'));
    // The configurator's snippet for the picker, German, with its default options.
    const tab = await b.newPage();
    await tab.goto(`${site.origin}/configurator.html?lang=de`);
    await tab.waitForSelector('html[data-ready]');
    await tab.locator('input[name="widget"]').nth(3).check();
    await tab.waitForFunction((t) => document.querySelector('#snippet').value.includes('<cohesion-document-picker') && document.querySelector('#snippet').value.includes(t), title);
    const snippet = await tab.inputValue('#snippet');
    pages.set('snippet', page(snippet.replaceAll(site.origin, '')));
    // The static page: the widget as the bare page renders it, its styles and markup in declarative shadow DOM.
    await tab.goto(`${site.origin}/t-bare.html`);
    await tab.waitForFunction((t) => document.querySelector('cohesion-document-picker').shadowRoot?.textContent.includes(t), title);
    const frozen = await tab.evaluate(() => {
      const root = document.querySelector('cohesion-document-picker').shadowRoot;
      const styles = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
      return `<cohesion-document-picker><template shadowrootmode="open"><style>${styles}</style>${root.innerHTML.replace(/<!--[^>]*-->/g, '')}</template></cohesion-document-picker>`;
    });
    pages.set('static', page(frozen));
    await tab.close();

    const rows = [
      ['static HTML, declarative shadow DOM, no script', `${site.origin}/t-static.html`, 'title'],
      ['bare tag with cohesion-alliance.js', `${site.origin}/t-bare.html`, 'title'],
      ["the configurator's snippet: first content (its fallback)", `${site.origin}/t-snippet.html`, 'first'],
      ["the configurator's snippet: the widget upgraded", `${site.origin}/t-snippet.html`, 'title'],
      ...(ssr
        ? [
            ['server-rendering app: static HTML of its page (four widgets)', `${ssr}/static.html`, 'title'],
            ['server-rendering app: server-rendered, then hydrated', `${ssr}/index.html`, 'title'],
          ]
        : []),
    ];
    const urls = [...new Set(rows.map((row) => row[1]))];
    const runs = new Map(urls.map((url) => [url, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const url of urls) runs.get(url).push(await firstTitle(b, url, title));
    }
    const spread = (values) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
    table(
      `Time to the picker's German title, throttled (${PROFILE.latency} ms round trip, 1.6 Mbit/s, CPU ×${PROFILE.cpuSlowdown}, a phone's screen; ${ROUNDS} interleaved rounds)`,
      ['page', 'title shown (median)', 'against static (median of round ratios)', 'spread of the ratios', 'round trips after the HTML', 'layout shift (worst round)'],
      rows.map(([name, url, when]) => {
        const own = runs.get(url);
        // The server-rendering app's page is compared with its own static version.
        const base = runs.get(url.startsWith(ssr ?? '\0') ? `${ssr}/static.html` : `${site.origin}/t-static.html`);
        const ratios = own.map((run, i) => run[when] / base[i].title);
        return [
          name,
          `${median(own.map((run) => run[when])).toFixed(0)} ms`,
          `${median(ratios).toFixed(2)}×`,
          spread(ratios),
          when === 'first' ? '– (in the HTML)' : median(own.map((run) => run.roundTrips)),
          Math.max(...own.map((run) => run.cls)).toFixed(4),
        ];
      }),
    );
  } finally {
    await b.close();
    await site.close();
  }
}
