// A static file server on 127.0.0.1 and Debian's browsers (Chromium, Firefox, WebKitGTK), for the browser tests, the
// end-to-end tests and the benchmark.
import {spawn} from 'node:child_process';
import {createServer} from 'node:http';
import {createServer as createNetServer} from 'node:net';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {extname, join, normalize, resolve} from 'node:path';
import {chromium} from 'playwright-core';

export const root = resolve(new URL('../../', import.meta.url).pathname);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves `dir` on a free port of 127.0.0.1. `routes` maps a path to a handler `(req, res, url) => void` for
 * answers that are not files (feeds, pages with special headers). `headers` are added to every file answer.
 */
export async function serve(dir, {routes = {}, headers = {}} = {}) {
  const base = resolve(dir);
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const route = routes[url.pathname];
    if (route) return route(req, res, url);
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
    let file = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, {'Content-Type': 'text/plain'}).end('Not found');
      return;
    }
    res.writeHead(200, {'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', ...headers});
    res.end(readFileSync(file));
  });
  await new Promise((resolve_) => server.listen(0, '127.0.0.1', resolve_));
  const {port} = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve_) => server.close(resolve_)),
  };
}

export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Test files run side by side in tabs; a tab in the background must still get animation frames and timers.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
/** The engines to test in: all three, or those named in ENGINES (e.g. `ENGINES=firefox,webkit`). */
export function engines() {
  const named = (process.env.ENGINES ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = named.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`Unknown engine ${unknown.join(', ')}: ENGINES takes ${ENGINES.join(', ')}.`);
  return named.length ? named : ENGINES;
}

// MiniBrowser, the WebKitGTK browser that WebKitWebDriver starts in automation mode.
export const webkitCapabilities = {
  // A classic WebDriver session: WebKitWebDriver refuses the BiDi capability that webdriverio asks for by default.
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': {binary: miniBrowserPath, args: ['--automation']},
};

async function freePort() {
  const server = createNetServer();
  await new Promise((resolve_) => server.listen(0, '127.0.0.1', resolve_));
  const {port} = server.address();
  await new Promise((resolve_) => server.close(resolve_));
  return port;
}

/**
 * Starts WebKitWebDriver on a free port of 127.0.0.1; MiniBrowser needs a display (run under `xvfb-run -a`).
 * Returns webdriverio's connection options and `close()`.
 */
export async function startWebKitDriver() {
  if (!existsSync(webkitDriverPath) || !existsSync(miniBrowserPath)) {
    throw new Error(`WebKitWebDriver or MiniBrowser was not found: install them (apt-get install -y webkit2gtk-driver xvfb).`);
  }
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('WebKit needs a display: run the tests under xvfb-run -a.');
  }
  const port = await freePort();
  const driver = spawn(webkitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], {stdio: ['ignore', 'ignore', 'inherit']});
  const close = () => driver.exitCode === null && driver.kill();
  process.once('exit', close);
  for (let tries = 0; ; tries++) {
    try {
      await fetch(`http://127.0.0.1:${port}/status`);
      break;
    } catch (error) {
      if (tries > 100 || driver.exitCode !== null) throw new Error(`WebKitWebDriver did not start: ${error.message}`);
      await new Promise((resolve_) => setTimeout(resolve_, 100));
    }
  }
  return {options: {hostname: '127.0.0.1', port, logLevel: 'error'}, close};
}

/**
 * The engine the end-to-end tests run in: `E2E_ENGINE=firefox` runs a test file in Firefox instead of Chromium
 * (`npm run test:e2e` runs the files that concern readers in both).
 */
export const engine = process.env.E2E_ENGINE || 'chromium';
// WebKit's WebDriver (classic, no BiDi) reports no console messages, page errors or requests, which every one of
// these tests reads: WebKit runs the browser tests, where the page itself reports them.
const E2E_ENGINES = ['chromium', 'firefox'];
if (!E2E_ENGINES.includes(engine)) throw new Error(`E2E_ENGINE ${engine}: the end-to-end tests run in ${E2E_ENGINES.join(', ')}.`);

/**
 * A browser of `engine`, with the part of Playwright's API the end-to-end tests use (`newContext`, `newPage`,
 * `goto`, `evaluate`, `waitForFunction`, `addInitScript`, `route`, the `console`, `pageerror` and `request` events,
 * `keyboard`, `mouse`, `cookies`). Chromium is Playwright's; Firefox is driven over WebDriver BiDi by puppeteer-core,
 * as Playwright cannot drive Debian's Firefox.
 */
export async function launch() {
  if (engine === 'firefox') return launchFirefox();
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium was not found at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROME_PATH.`);
  }
  return chromium.launch({executablePath: chromiumPath, args: chromiumArgs});
}

/** A Playwright URL glob (`**\/lib/locales/de.js`) or a regular expression, as a test of a URL. */
function urlMatcher(pattern) {
  if (pattern instanceof RegExp) return (url) => pattern.test(url);
  const parts = {'**/': '(?:.*/)?', '**': '.*', '*': '[^/]*'};
  const source = pattern
    .split(/(\*\*\/|\*\*|\*)/)
    .map((part) => parts[part] ?? part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('');
  return (url) => new RegExp(`^${source}$`).test(url.split(/[?#]/)[0]);
}

async function launchFirefox() {
  if (!existsSync(firefoxPath)) throw new Error(`Firefox was not found at ${firefoxPath}: install it (apt-get install -y firefox-esr).`);
  const puppeteer = await import('puppeteer-core');
  const browser = await puppeteer.launch({browser: 'firefox', executablePath: firefoxPath, headless: true});
  return {
    close: () => browser.close(),
    async newContext(options = {}) {
      if (Object.keys(options).length) throw new Error(`Firefox: context options ${Object.keys(options).join(', ')} are not supported here.`);
      const context = await browser.createBrowserContext();
      const initScripts = [];
      return {
        close: () => context.close(),
        cookies: () => context.cookies(),
        addInitScript: async (script) => void initScripts.push(script),
        async newPage() {
          const page = await context.newPage();
          for (const script of initScripts) await page.evaluateOnNewDocument(script);
          return firefoxPage(page);
        },
      };
    },
  };
}

function firefoxPage(page) {
  const routes = [];
  const listeners = {
    // Playwright calls a console.warn message's type "warning", puppeteer "warn".
    console: (listener) => page.on('console', (message) => listener({type: () => (message.type() === 'warn' ? 'warning' : message.type()), text: () => message.text()})),
    pageerror: (listener) => page.on('pageerror', listener),
    request: (listener) => page.on('request', listener),
  };
  return {
    goto: (url) => page.goto(url),
    url: () => page.url(),
    close: () => page.close(),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    waitForFunction: (fn, arg, {timeout = 30000} = {}) => page.waitForFunction(fn, {timeout}, arg),
    waitForTimeout: (ms) => new Promise((resolve_) => setTimeout(resolve_, ms)),
    addInitScript: (script) => page.evaluateOnNewDocument(script),
    focus: (selector) => page.focus(selector),
    keyboard: {press: (key) => page.keyboard.press(key)},
    mouse: {wheel: (deltaX, deltaY) => page.mouse.wheel({deltaX, deltaY})},
    on(event, listener) {
      if (!listeners[event]) throw new Error(`Firefox: the page event ${event} is not supported here.`);
      listeners[event](listener);
    },
    async route(pattern, handler) {
      if (!routes.length) {
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const route = routes.find(({matches}) => matches(request.url()));
          if (!route) return request.continue();
          return route.handler({
            abort: () => request.abort(),
            continue: () => request.continue(),
            fulfill: ({status = 200, body = '', contentType = 'text/plain'} = {}) => request.respond({status, body, contentType}),
          });
        });
      }
      routes.push({matches: urlMatcher(pattern), handler});
    },
  };
}

/** Collects console errors, page errors and failed requests of a page. */
export function watch(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

let built;
/** Builds the library once per process into a scratch folder and returns the folder. */
export async function buildLibrary() {
  if (!built) {
    const {execFileSync} = await import('node:child_process');
    const {mkdtempSync} = await import('node:fs');
    const {tmpdir} = await import('node:os');
    const out = mkdtempSync(join(tmpdir(), 'cohesion-lib-'));
    execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--outDir', out, '--logLevel', 'error'], {cwd: root, stdio: 'pipe'});
    built = out;
  }
  return built;
}

/** Waits until every widget on the page has rendered its shadow content. */
export async function widgetsRendered(page, tags = ['cohesion-join-badge', 'cohesion-supporter-counter', 'cohesion-declaration-summary', 'cohesion-document-picker']) {
  await page.waitForFunction(
    (names) =>
      names.every((name) => {
        const elements = [...document.querySelectorAll(name)];
        return elements.length > 0 && elements.every((el) => el.shadowRoot && el.shadowRoot.textContent.trim().length > 0);
      }),
    tags,
    {timeout: 15000},
  );
}
