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
    if (engine === 'webkit') {
      if (url.pathname === COLLECTOR_PATH) return res.writeHead(200, {'Content-Type': TYPES['.js'], 'Cache-Control': 'no-store'}).end(collectorScript());
      withCollector(res);
    }
    requests.push(url.pathname + url.search);
    const answer = () => {
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
    };
    if (engine === 'webkit') {
      const address = `http://${req.headers.host}${url.pathname}${url.search}`;
      served.push(address);
      if (webkitRoute(address, req, res, answer)) return;
    }
    answer();
  });
  await new Promise((resolve_) => server.listen(0, '127.0.0.1', resolve_));
  const {port} = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve_) => {
        server.close(resolve_);
        // An answer a test holds back (a route that never answers) must not keep the server open.
        server.closeAllConnections();
      }),
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
 * The engine the end-to-end tests run in: `E2E_ENGINE=firefox` or `E2E_ENGINE=webkit` runs a test file in Firefox or
 * WebKit instead of Chromium (`npm run test:e2e` runs the files that concern readers in all three).
 */
export const engine = process.env.E2E_ENGINE || 'chromium';
const E2E_ENGINES = ['chromium', 'firefox', 'webkit'];
if (!E2E_ENGINES.includes(engine)) throw new Error(`E2E_ENGINE ${engine}: the end-to-end tests run in ${E2E_ENGINES.join(', ')}.`);

/**
 * A browser of `engine`, with the part of Playwright's API the end-to-end tests use (`newContext`, `newPage`,
 * `goto`, `evaluate`, `waitForFunction`, `addInitScript`, `route`, the `console`, `pageerror` and `request` events,
 * `keyboard`, `mouse`, `cookies`). Chromium is Playwright's; Firefox is driven over WebDriver BiDi by puppeteer-core,
 * as Playwright cannot drive Debian's Firefox; WebKit over classic WebDriver (see `launchWebKit`).
 */
export async function launch() {
  if (engine === 'firefox') return launchFirefox();
  if (engine === 'webkit') return launchWebKit();
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
    goto: (url, options) => page.goto(url, options),
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

// WebKit over classic WebDriver, which reports no console message, page error or request and cannot intercept one.
// What it cannot observe is collected another way: `serve()` inserts a same-origin script (allowed by `script-src
// 'self'`) as the first thing in the head of every page it serves, which records console messages, uncaught errors,
// unhandled rejections and the Content-Security-Policy's refusals, and runs the init scripts; requests and routes
// are the test server's own, as every page and file of these tests comes from `serve()`.
const COLLECTOR_PATH = '/__e2e-collector.js';
/** Every request the test servers answered, by full address, in order. */
const served = [];
/** The WebKit pages now open: their routes and init scripts. */
const webkitPages = new Set();

function collector() {
  const log = (window.__e2eLog = []);
  // The collector is the harness's, not the page's: the page's list of the resources it loaded leaves it out, as
  // Playwright's init scripts are in no such list.
  const own = new URL(document.currentScript.src).href;
  for (const method of ['getEntries', 'getEntriesByType', 'getEntriesByName']) {
    const original = performance[method];
    performance[method] = function (...args) {
      return original.apply(this, args).filter((entry) => entry.name !== own);
    };
  }
  const text = (args) =>
    args
      .map((arg) => {
        if (typeof arg === 'string') return arg;
        if (arg instanceof Error) return String(arg);
        try {
          return JSON.stringify(arg) ?? String(arg);
        } catch {
          return String(arg);
        }
      })
      .join(' ');
  for (const [method, type] of [['error', 'error'], ['warn', 'warning'], ['info', 'info'], ['log', 'log'], ['debug', 'debug']]) {
    const original = console[method];
    console[method] = function (...args) {
      log.push({kind: 'console', type, text: text(args)});
      return original.apply(this, args);
    };
  }
  addEventListener('error', (event) => log.push({kind: 'pageerror', message: event.error?.message ?? event.message}));
  addEventListener('unhandledrejection', (event) => log.push({kind: 'pageerror', message: event.reason?.message ?? String(event.reason)}));
  // Chromium and Firefox write each refusal of the policy to the console as an error; WebKit's driver does not pass it on.
  document.addEventListener('securitypolicyviolation', (event) =>
    log.push({kind: 'console', type: 'error', text: `Content-Security-Policy refused ${event.blockedURI || 'inline'} (${event.violatedDirective})`}),
  );
}

function collectorScript() {
  const scripts = [...webkitPages].flatMap((page) => page.initScripts);
  return [collector, ...scripts].map((script) => `(${script})();`).join('\n');
}

/** Makes an HTML answer of `res` carry the collector as the first element of its head. */
function withCollector(res) {
  const writeHead = res.writeHead;
  const end = res.end;
  let html = false;
  res.writeHead = function (status, ...rest) {
    const headers = rest.find((arg) => arg && typeof arg === 'object') ?? {};
    const type = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
    html = /^text\/html/.test(String(type ?? this.getHeader('content-type') ?? ''));
    return writeHead.call(this, status, ...rest);
  };
  res.end = function (body, ...rest) {
    if (html && body != null) {
      const markup = String(body);
      const tag = `<script src="${COLLECTOR_PATH}"></script>`;
      const head = /<head(\s[^>]*)?>/i.exec(markup);
      body = head ? markup.slice(0, head.index + head[0].length) + tag + markup.slice(head.index + head[0].length) : tag + markup;
    }
    return end.call(this, body, ...rest);
  };
}

/** Answers a request to `address` by the first route of an open WebKit page that matches it; false if none does. */
function webkitRoute(address, req, res, answer) {
  const route = [...webkitPages].flatMap((page) => page.routes).find(({matches}) => matches(address));
  if (!route) return false;
  route.handler({
    abort: async () => void req.socket.destroy(),
    continue: async () => void answer(),
    fulfill: async ({status = 200, body = '', contentType = 'text/plain'} = {}) => void res.writeHead(status, {'Content-Type': contentType}).end(body),
  });
  return true;
}

async function launchWebKit() {
  const driver = await startWebKitDriver();
  const endpoint = `http://127.0.0.1:${driver.options.port}`;
  const call = async (method, path, body, signal = undefined) => {
    const response = await fetch(`${endpoint}${path}`, {
      method,
      headers: {'Content-Type': 'application/json'},
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
    const {value} = await response.json();
    if (!response.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  };
  const capabilities = Object.fromEntries(Object.entries(webkitCapabilities).filter(([name]) => !name.startsWith('wdio:')));
  const sessions = new Set();
  return {
    async close() {
      for (const session of sessions) await call('DELETE', `/session/${session}`).catch(() => {});
      driver.close();
    },
    async newContext(options = {}) {
      if (Object.keys(options).length) throw new Error(`WebKit: context options ${Object.keys(options).join(', ')} are not supported here.`);
      // WebKitWebDriver holds one session at a time: a context that a failed test left open is closed first.
      for (const open of sessions) {
        sessions.delete(open);
        await call('DELETE', `/session/${open}`).catch(() => {});
      }
      for (const open of webkitPages) webkitPages.delete(open);
      // A session is a fresh MiniBrowser: no cookie, storage or cache of another context.
      // On a loaded machine MiniBrowser now and then fails to reach the display and the driver waits for it for
      // minutes: such a start is given up after 30 s and tried once more.
      const start = () => call('POST', '/session', {capabilities: {alwaysMatch: capabilities}}, AbortSignal.timeout(30000));
      const {sessionId} = await start().catch(start);
      sessions.add(sessionId);
      const session = (method, path, body) => call(method, `/session/${sessionId}${path}`, body);
      await session('POST', '/timeouts', {script: 60000, pageLoad: 30000});
      const initScripts = [];
      let page;
      return {
        async close() {
          if (page) await page.close();
          sessions.delete(sessionId);
          await call('DELETE', `/session/${sessionId}`);
        },
        cookies: () => session('GET', '/cookie'),
        addInitScript: async (script) => void initScripts.push(script),
        async newPage() {
          if (page) throw new Error('WebKit: one page per context here.');
          page = webkitPage(session, initScripts);
          return page;
        },
      };
    },
  };
}

function webkitPage(session, contextScripts) {
  const state = {routes: [], initScripts: [...contextScripts]};
  webkitPages.add(state);
  const listeners = {console: [], pageerror: [], request: []};
  let seen = served.length;
  let address = 'about:blank';
  let closed = false;
  const run = async (fn, arg) => {
    const {value, error} = await session('POST', '/execute/async', {
      script: `const arg = arguments[0], done = arguments[arguments.length - 1];
Promise.resolve().then(() => (${fn})(arg)).then((value) => done({value}), (error) => done({error: String(error && error.stack || error)}));`,
      args: [arg ?? null],
    });
    if (error) throw new Error(`evaluate: ${error}`);
    return value;
  };
  // Hands what the page and the servers recorded since the last call to the listeners.
  const drain = async () => {
    if (closed) return;
    const entries = await session('POST', '/execute/sync', {script: 'return (window.__e2eLog || []).splice(0);', args: []});
    for (const entry of entries) {
      if (entry.kind === 'console') for (const listener of listeners.console) listener({type: () => entry.type, text: () => entry.text});
      else for (const listener of listeners.pageerror) listener(new Error(entry.message));
    }
    for (const url of served.slice(seen)) for (const listener of listeners.request) listener({url: () => url});
    seen = served.length;
  };
  const sleep = (ms) => new Promise((resolve_) => setTimeout(resolve_, ms));
  return {
    async goto(url) {
      await drain();
      seen = served.length;
      await session('POST', '/url', {url});
      address = url;
      await drain();
    },
    url: () => address,
    async close() {
      await drain();
      closed = true;
      webkitPages.delete(state);
    },
    async evaluate(fn, arg) {
      const value = await run(fn, arg);
      await drain();
      return value;
    },
    async waitForFunction(fn, arg, {timeout = 30000} = {}) {
      const end = Date.now() + timeout;
      for (;;) {
        let failure;
        try {
          if (await run(fn, arg)) return void (await drain());
        } catch (error) {
          failure = error;
        }
        await drain();
        if (Date.now() > end) throw new Error(`waitForFunction: timed out after ${timeout} ms${failure ? ` (${failure.message})` : ''}`);
        await sleep(50);
      }
    },
    async waitForTimeout(ms) {
      await sleep(ms);
      await drain();
    },
    addInitScript: async (script) => void state.initScripts.push(script),
    mouse: {
      wheel: (deltaX, deltaY) =>
        session('POST', '/actions', {
          actions: [{type: 'wheel', id: 'wheel', actions: [{type: 'scroll', x: 10, y: 10, deltaX, deltaY, origin: 'viewport'}]}],
        }),
    },
    on(event, listener) {
      if (!listeners[event]) throw new Error(`WebKit: the page event ${event} is not supported here.`);
      // Requests count from now, as in Playwright.
      if (event === 'request' && !listeners.request.length) seen = served.length;
      listeners[event].push(listener);
    },
    route: async (pattern, handler) => void state.routes.push({matches: urlMatcher(pattern), handler}),
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
