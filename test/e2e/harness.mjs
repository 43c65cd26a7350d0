// A static file server on 127.0.0.1 and Debian's Chromium, for the end-to-end tests and the benchmark.
import {createServer} from 'node:http';
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

export function launch() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium was not found at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROME_PATH.`);
  }
  return chromium.launch({executablePath: chromiumPath, args: chromiumArgs});
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
