// The library as its users get it: packed with `npm pack`, installed into small apps (each with its own lockfile),
// built by their own tools and opened in Chromium. Used by consumers.test.mjs and by the benchmark.
import {execFileSync, spawn} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {createServer} from 'node:net';
import {homedir, tmpdir} from 'node:os';
import {delimiter, join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {root, serve} from '../e2e/harness.mjs';
import {parseXliff, plainText} from '../../scripts/xliff.mjs';

export const CONSUMERS = join(root, 'test/consumers');

/**
 * Where the apps are installed and built: a copy outside the project, so that nothing resolves from the project's
 * own node_modules (a dependency the package forgot to declare would otherwise go unnoticed).
 */
const WORK = mkdtempSync(join(tmpdir(), 'cohesion-consumers-'));
const LEFT_OUT = new Set(['node_modules', 'dist', '.next', 'next-env.d.ts', 'build', '.svelte-kit', '.astro', '.nuxt', '.output', '.angular']);
cpSync(CONSUMERS, WORK, {recursive: true, filter: (source) => !LEFT_OUT.has(source.split(/[\\/]/).pop())});
const appDir = (app) => join(WORK, app);

/** Removes the installed and built copies of the apps. */
export const cleanUp = () => rmSync(WORK, {recursive: true, force: true});

/** The apps, each a folder here: how it is built, where its built files are, and how it is served. */
export const APPS = {
  'vite-vanilla': {build: ['run', 'build'], typecheck: ['run', 'typecheck'], out: 'dist', serve: 'static'},
  'vite-react': {build: ['run', 'build'], typecheck: ['run', 'typecheck'], out: 'dist', serve: 'static', joins: true},
  vue: {build: ['run', 'build'], typecheck: ['run', 'typecheck'], out: 'dist', serve: 'static', joins: true},
  // `next build` type-checks the app itself.
  // `/server-rendered` renders the widgets on the server with @lit-labs/ssr, in a server component.
  next: {build: ['run', 'build'], out: '.next/static', serve: 'next', joins: true, ssr: '/server-rendered'},
  node: {test: ['test']},
  // Plain Node rendering the widgets with @lit-labs/ssr into a static page, and esbuild bundling the hydration.
  'node-ssr': {build: ['run', 'build'], out: 'out', serve: 'static', ssr: '/'},
  // Eleventy with @lit-labs/eleventy-plugin-lit rendering the widgets into its pages.
  eleventy: {build: ['run', 'build'], out: '_site', serve: 'static', ssr: '/'},
  // The frameworks below need a newer Node than the library (see NODE).
  webpack: {build: ['run', 'build'], out: 'dist', serve: 'static', joins: true, node: true},
  // SvelteKit prerendering every page with adapter-static.
  sveltekit: {build: ['run', 'build'], out: 'build', serve: 'static', joins: true, node: true},
  // `nuxi generate`; its config turns off the prefetch of the widgets' language files.
  nuxt: {build: ['run', 'build'], out: '.output/public', serve: 'static', joins: true, node: true},
  // Standalone components with CUSTOM_ELEMENTS_SCHEMA, prerendered with @angular/ssr.
  angular: {build: ['run', 'build'], out: 'dist/consumer-angular/browser', serve: 'static', joins: true, node: true},
  // A static page, and two pages rendered on request with @lit-labs/ssr by Astro's Node adapter, which share the
  // widgets' code in one chunk.
  astro: {build: ['run', 'build'], out: 'dist/client', serve: 'astro', joins: true, node: true, ssr: ['/region', '/city'], ssrJoins: true},
};

/**
 * The Node the frameworks of the apps marked `node` need (the library itself runs on Node 20.19 and later): the
 * `node` package of the npm registry, which ships the binary, installed once into a cache folder.
 */
export const NODE = '22.23.3';
const nodeBin = () => {
  const prefix = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'cohesion-widgets-consumers', `node-${NODE}`);
  const bin = join(prefix, 'node_modules/node/bin');
  if (!existsSync(join(bin, 'node'))) {
    execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `node@${NODE}`], {stdio: 'pipe'});
  }
  return bin;
};

/** The environment an app's tools run in: with the newer Node first on the PATH where the app needs it. */
const appEnv = (app) => (APPS[app]?.node ? {PATH: `${nodeBin()}${delimiter}${process.env.PATH}`} : {});

/** The frameworks' tools send no usage data and ask no question. */
const QUIET = {NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', NUXT_TELEMETRY_DISABLED: '1', NG_CLI_ANALYTICS: 'false', CI: 'true'};

const npm = (cwd, args, env = {}) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    stdio: 'pipe',
    encoding: 'utf8',
    env: {...process.env, ...QUIET, ...env},
    maxBuffer: 64 * 1024 * 1024,
  });

/** Packs the library as `npm publish` would (its `prepack` builds it) and returns the tarball and its file list. */
export function pack() {
  const destination = mkdtempSync(join(tmpdir(), 'cohesion-pack-'));
  // The build's own output comes first on stdout; npm's report is the JSON array at the end.
  const output = npm(root, ['pack', '--json', '--pack-destination', destination]);
  const [result] = JSON.parse(output.slice(output.lastIndexOf('[\n  {')));
  return {tarball: join(destination, result.filename), files: result.files.map((file) => file.path), size: result.size};
}

/** Installs an app's own locked dependencies, then the packed library, as a user's `npm install` would. */
export function install(app, tarball) {
  const dir = appDir(app);
  npm(dir, ['ci'], appEnv(app));
  npm(dir, ['install', '--no-save', tarball], appEnv(app));
}

/** Runs one of an app's scripts (`APPS[app].build`, `.typecheck`, `.test`); throws with its output when it fails. */
export function run(app, script, env = {}) {
  const args = APPS[app][script];
  try {
    return npm(appDir(app), args, {...appEnv(app), ...env});
  } catch (error) {
    throw new Error(`${app}: npm ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

/** The gzipped bytes of the JavaScript an app's build emits for the browser. */
export function bundleGzip(app) {
  const dir = join(appDir(app), APPS[app].out);
  return readdirSync(dir, {recursive: true})
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), {level: 9}).length, 0);
}

/**
 * What an app gains from the library, in gzipped bytes of JavaScript: all that its build emits, and what its German
 * page downloads before the widgets have rendered, against the same app built without the library.
 */
export async function bundleGain(browser, app) {
  const measure = async (env) => {
    const started = performance.now();
    run(app, 'build', env);
    const buildMs = performance.now() - started;
    const server = await serveApp(app);
    try {
      return {emitted: bundleGzip(app), loaded: await scriptsLoaded(browser, `${server.origin}/`, !env.CONSUMER_BASELINE), buildMs};
    } finally {
      await server.close();
    }
  };
  const without = await measure({CONSUMER_BASELINE: '1'});
  const withLibrary = await measure({});
  return {app, without, with: withLibrary};
}

/** The gzipped bytes of the scripts a page downloads, by the time its widgets have rendered (when it has them). */
async function scriptsLoaded(browser, url, widgets) {
  const page = await browser.newPage();
  const bodies = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(url, {waitUntil: 'load'});
  if (widgets) {
    await page.waitForFunction(
      (title) => document.querySelector('cohesion-document-picker')?.shadowRoot?.textContent.includes(title),
      germanTitle('debate-2022'),
      {timeout: 20000},
    );
  }
  await page.waitForTimeout(300);
  await page.close();
  return (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body, {level: 9}).length, 0);
}

const freePort = () =>
  new Promise((resolve_, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve_(port));
    });
    server.on('error', reject);
  });

/** Starts a long-running command of an app and resolves with its origin once it answers. */
async function start(dir, command, args, port, env = {}) {
  const child = spawn(command, args, {cwd: dir, stdio: 'pipe', env: {...process.env, ...QUIET, ...env}, detached: true});
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(origin)).status < 500) break;
    } catch {
      // not listening yet
    }
    if (tries > 120 || child.exitCode !== null) {
      process.kill(-child.pid);
      throw new Error(`${command} ${args.join(' ')} did not start:\n${output}`);
    }
    await new Promise((resolve_) => setTimeout(resolve_, 500));
  }
  return {origin, close: async () => process.kill(-child.pid)};
}

/** Serves an app's build: its static files, or `next start`. `dev` serves the sources with Vite's dev server instead. */
export async function serveApp(app, {dev = false} = {}) {
  const dir = appDir(app);
  const port = await freePort();
  if (dev) return start(dir, join(dir, 'node_modules/.bin/vite'), ['--host', '127.0.0.1', '--port', String(port), '--strictPort'], port);
  if (APPS[app].serve === 'next') return start(dir, join(dir, 'node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', String(port)], port);
  if (APPS[app].serve === 'astro') {
    return start(dir, join(nodeBin(), 'node'), ['dist/server/entry.mjs'], port, {HOST: '127.0.0.1', PORT: String(port)});
  }
  return serve(join(dir, APPS[app].out));
}

export const TAGS = ['cohesion-join-badge', 'cohesion-supporter-counter', 'cohesion-declaration-summary', 'cohesion-document-picker'];

/** A German message of the widgets, by id, as the translations give it. */
export function german(id) {
  const target = parseXliff(readFileSync(join(root, 'locales/de.xlf'), 'utf8')).get(id)?.target;
  if (!target) throw new Error(`no German target for ${id}`);
  return plainText(target);
}

/** The German title of a document, as the Alliance published it. */
export function germanTitle(documentId) {
  const titles = readFileSync(join(root, 'src/data/titles/de.ts'), 'utf8');
  return titles.match(new RegExp(`'${documentId}': \\{title: '([^']*)'`))[1];
}

/**
 * Words that only one language's files hold, by language: its translation of the badge's call, and its title of the
 * debate document. English is left out: its texts are the widgets' own, in every bundle.
 */
function languageMarkers() {
  const markers = [];
  for (const file of readdirSync(join(root, 'locales')).filter((name) => name.endsWith('.xlf'))) {
    const lang = file.slice(0, -4);
    markers.push([lang, plainText(parseXliff(readFileSync(join(root, 'locales', file), 'utf8')).get('badge.join').target)]);
    const titles = join(root, `src/data/titles/${lang}.ts`);
    const title = existsSync(titles) && readFileSync(titles, 'utf8').match(/'debate-2022': \{title: '([^']*)'/)?.[1];
    if (title) markers.push([lang, title]);
  }
  return markers;
}
const MARKERS = languageMarkers();

/** A script's text with its string escapes undone, as a bundler may write non-ASCII letters and quotes. */
const unescaped = (script) =>
  script.replace(/\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})|\\x([0-9a-f]{2})|\\(['"])/gi, (_, long, short, byte, quote) =>
    quote ?? String.fromCodePoint(parseInt(long ?? short ?? byte, 16)),
  );

/** The languages whose words the scripts hold (a script downloaded, prefetched too), each with the script's address. */
const languagesIn = (scripts) =>
  scripts.flatMap(([url, text]) => MARKERS.filter(([, words]) => unescaped(text).includes(words)).map(([lang]) => `${lang}: ${url}`));

/**
 * Opens `url` in a new page and reads what a reader would see: each widget's shadow text and language, the failed
 * requests, console errors and the library's warnings, hydration messages, and how many copies of Lit ran.
 */
export async function visit(browser, url, {joins = false} = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') problems.push(`console error: ${text}`);
    else if (/hydrat/i.test(text)) problems.push(`hydration: ${text}`);
    else if (text.includes('[cohesion-alliance]')) problems.push(`library warning: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  const scripts = [];
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    else if (/\.m?js$/.test(new URL(response.url()).pathname)) {
      scripts.push(response.text().then((text) => [response.url(), text], () => [response.url(), '']));
    }
  });
  await page.goto(url, {waitUntil: 'load'});
  const title = germanTitle('debate-2022');
  await page
    .waitForFunction(
      ([tags, title]) =>
        tags.every((tag) => document.querySelector(tag)?.shadowRoot?.textContent?.trim()) &&
        document.querySelector('cohesion-document-picker').shadowRoot.textContent.includes(title),
      [TAGS, title],
      {timeout: 20000},
    )
    .catch(() => problems.push('the widgets did not render the German title within 20 s'));
  const seen = await page.evaluate((tags) => {
    const widgets = Object.fromEntries(
      tags.map((tag) => {
        const root = document.querySelector(tag)?.shadowRoot;
        return [tag, {text: root?.textContent?.replace(/\s+/g, ' ').trim() ?? '', lang: root?.querySelector('[lang]')?.getAttribute('lang') ?? null}];
      }),
    );
    const select = document.querySelector('cohesion-document-picker')?.shadowRoot?.querySelector('select');
    return {widgets, litCopies: window.litHtmlVersions?.length ?? 0, pickerLanguage: select?.value ?? null};
  }, TAGS);
  if (joins) {
    await page.locator('cohesion-join-badge a').first().click();
    // The app's framework renders its state change in a later task.
    await page.waitForFunction(() => document.querySelector('#joined')?.textContent !== '0', undefined, {timeout: 5000}).catch(() => {});
    seen.joined = await page.locator('#joined').textContent();
  }
  // Late requests (the feed loader, titles) and late errors are counted too.
  await page.waitForTimeout(300);
  const languages = languagesIn(await Promise.all(scripts));
  await page.close();
  return {...seen, problems, languages};
}
