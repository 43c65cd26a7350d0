#!/usr/bin/env node
/**
 * Opens every story of the built Storybook (storybook-static/, from `npm run build-storybook`) in headless Chromium
 * and checks that it renders its widgets, logs no error, makes no request off the local server, and passes axe
 * (WCAG 2.1 A and AA). Stories tagged `languages` are checked in each of the 24 languages, switched with the
 * story's own language menu. Prints one line per story and a closing `N passed, N failed`.
 *
 * Usage: node scripts/test-storybook.mjs [--dir storybook-static] [--concurrency 3] [--filter text]
 * Chromium: CHROME_PATH, else /usr/bin/chromium.
 */
import {createReadStream, existsSync, readFileSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, resolve, sep} from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const {values: options} = parseArgs({
  options: {
    dir: {type: 'string', default: 'storybook-static'},
    concurrency: {type: 'string', default: process.env.STORYBOOK_TEST_CONCURRENCY ?? '3'},
    filter: {type: 'string'},
  },
});
const staticDir = resolve(root, options.dir);
const concurrency = Math.max(1, Number(options.concurrency) || 3);
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const axePath = join(root, 'node_modules/axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const RENDER_TIMEOUT_MS = 20000;
const LANGUAGE_TIMEOUT_MS = 8000;
// The stories' deliberately failing feed (stories/support/feeds.ts): the browser reports its 404 in the console.
const EXPECTED_MISSING = '/fixtures/missing/';

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (!existsSync(join(staticDir, 'index.json'))) fail(`${options.dir}/index.json not found: run \`npm run build-storybook\` first.`);
if (!existsSync(executablePath)) {
  fail(`Chromium was not found at ${executablePath}. Install it (sudo apt-get install -y chromium) or set CHROME_PATH.`);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server for the built Storybook, on a free port of 127.0.0.1. */
function serve(dir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    // Chromium asks every new host for /favicon.ico; Storybook ships an SVG one.
    let file = normalize(join(dir, path === '/favicon.ico' ? '/favicon.svg' : path));
    if (file !== dir && !file.startsWith(dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, {'Content-Type': 'text/plain'}).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      // Every page of the run shares the browser's cache: the preview's bundles are read once.
      'Cache-Control': path.startsWith('/fixtures/') ? 'no-store' : 'max-age=600',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story')
  .filter((entry) => !options.filter || entry.id.includes(options.filter));
if (stories.length === 0) fail('No stories found.');

const server = await serve(staticDir);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const context = await browser.newContext({viewport: {width: 1200, height: 900}, reducedMotion: 'no-preference'});
const axeSource = readFileSync(axePath, 'utf8');

/** Waits for Storybook to finish the story, then for every widget in it to render; returns what went wrong. */
async function waitForStory(page) {
  await page.waitForFunction(
    () => {
      const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
      return ['finished', 'errored', 'aborted'].includes(phase) || document.body.classList.contains('sb-show-errordisplay');
    },
    undefined,
    {timeout: RENDER_TIMEOUT_MS},
  );
  return page.evaluate(async () => {
    const problems = [];
    if (document.body.classList.contains('sb-show-errordisplay')) {
      const message = document.querySelector('#error-message')?.textContent?.trim() ?? 'unknown error';
      problems.push(`Storybook shows an error: ${message}`);
      return {problems, widgets: 0};
    }
    const storyRoot = document.querySelector('#storybook-root');
    const widgets = [...(storyRoot?.querySelectorAll('*') ?? [])].filter((el) => el.localName.startsWith('cohesion-'));
    if (widgets.length === 0) problems.push('no widget rendered');
    for (const widget of widgets) {
      if (!customElements.get(widget.localName)) {
        problems.push(`<${widget.localName}> is not defined`);
        continue;
      }
      await widget.updateComplete;
      const box = widget.getBoundingClientRect();
      if (!widget.shadowRoot || widget.shadowRoot.childElementCount === 0) problems.push(`<${widget.localName}> rendered nothing`);
      else if (box.width === 0 || box.height === 0) problems.push(`<${widget.localName}> has no size`);
    }
    return {problems, widgets: widgets.length};
  });
}

/** Runs axe on the story, or on its widgets only when `widgetsOnly` (the rest of the story is checked once). */
async function runAxe(page, widgetsOnly = false) {
  const violations = await page.evaluate(async ({tags, widgetsOnly}) => {
    const context = widgetsOnly
      ? {include: [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('cohesion-'))}
      : '#storybook-root';
    const results = await window.axe.run(context, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
    return results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`).join('; ')}`,
    );
  }, {tags: WCAG_TAGS, widgetsOnly});
  return violations;
}

/** Switches the page's language with the story's own menu and waits for the widgets to speak it. */
async function switchLanguage(page, lang) {
  await page.click(`#storybook-root button[data-lang="${lang}"]`, {timeout: LANGUAGE_TIMEOUT_MS});
  return page.evaluate(async (target) => {
    const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('cohesion-'));
    // Each widget marks its content with the language it speaks once that language's translations are loaded.
    const speaking = () =>
      widgets.every((widget) => !widget.isUpdatePending && widget.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') === target);
    for (const started = Date.now(); !speaking(); ) {
      if (Date.now() - started > 8000) throw new Error(`the "${target}" translations did not load`);
      await new Promise((done) => setTimeout(done, 20));
    }
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    await new Promise((done) => requestAnimationFrame(() => done()));
    if (document.documentElement.lang !== target) throw new Error(`<html lang> is "${document.documentElement.lang}"`);
    return widgets.map((widget) => widget.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '').join('|');
  }, lang);
}

async function testStory(page, story, log) {
  const started = Date.now();
  log.problems = [];
  log.story = story;
  const url = `${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`;
  const problems = log.problems;
  let detail = '';
  try {
    await page.goto(url, {waitUntil: 'load'});
    const {problems: renderProblems} = await waitForStory(page);
    problems.push(...renderProblems);
    if (renderProblems.length === 0) {
      await page.evaluate(axeSource);
      problems.push(...(await runAxe(page)).map((v) => `axe: ${v}`));
      if (story.tags?.includes('languages')) {
        const langs = await page.$$eval('#storybook-root button[data-lang]', (buttons) => buttons.map((b) => b.dataset.lang));
        if (langs.length !== 24) problems.push(`the language menu offers ${langs.length} languages, not 24`);
        const texts = new Set();
        for (const lang of langs) {
          try {
            texts.add(await switchLanguage(page, lang));
          } catch (error) {
            problems.push(`${lang}: ${error.message.split('\n')[0]}`);
            continue;
          }
          problems.push(...(await runAxe(page, true)).map((v) => `axe in ${lang}: ${v}`));
        }
        detail = `, ${langs.length} languages, ${texts.size} distinct texts`;
      }
    }
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  }
  // Let late console messages of this story arrive before the page moves on.
  await page.waitForTimeout(50);
  log.story = undefined;
  return {story, problems: [...problems], ms: Date.now() - started, detail};
}

async function worker(queue, results) {
  const page = await context.newPage();
  const log = {story: undefined, problems: []};
  page.on('console', (message) => {
    if (!log.story || message.type() !== 'error') return;
    const text = message.text();
    if (text.startsWith('Failed to load resource') && message.location().url?.includes(EXPECTED_MISSING)) return;
    log.problems.push(`console error: ${text.split("\n")[0]}${message.location().url ? ` (${message.location().url})` : ""}`);
  });
  page.on('pageerror', (error) => {
    if (log.story) log.problems.push(`page error: ${error.message.split('\n')[0]}`);
  });
  page.on('request', (request) => {
    if (log.story && !request.url().startsWith(origin) && !request.url().startsWith('data:')) {
      log.problems.push(`request off the local server: ${request.url()}`);
    }
  });
  for (let story = queue.shift(); story; story = queue.shift()) {
    const result = await testStory(page, story, log);
    results.push(result);
    const name = `${result.story.title} › ${result.story.name}`;
    const time = `${(result.ms / 1000).toFixed(1)}s`;
    if (result.problems.length === 0) console.log(`ok    ${name} (${time}${result.detail})`);
    else {
      console.log(`FAIL  ${name} (${time}${result.detail})  ${result.story.id}`);
      for (const problem of result.problems) console.log(`        ${problem}`);
    }
  }
  await page.close();
}

const started = Date.now();
// The long stories first, so that they do not finish alone at the end.
const queue = [...stories].sort((a, b) => Number(b.tags?.includes('languages') ?? false) - Number(a.tags?.includes('languages') ?? false));
const results = [];
try {
  await Promise.all(Array.from({length: Math.min(concurrency, stories.length)}, () => worker(queue, results)));
} finally {
  await browser.close();
  server.close();
}
const failed = results.filter((r) => r.problems.length > 0).length;
console.log(`\n${stories.length} stories in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
