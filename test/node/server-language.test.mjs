// The language machinery without a browser, as a server renders: importing it touches no `document`, `window` or
// `navigator`; a widget speaks its own `lang`, else English; and a language's messages, once preloaded, are there
// synchronously.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const root = new URL('../../', import.meta.url).pathname;
execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['build'], {cwd: root, stdio: 'pipe'});

// An entry with the parts a server uses, bundled for Node (the sources are TypeScript).
const out = mkdtempSync(join(tmpdir(), 'cohesion-server-'));
writeFileSync(
  join(out, 'entry.ts'),
  `export {getLocale, inLocale, languageOf, preloadLocale, setLocale} from '${root}src/i18n/localization.js';
export {msg, str} from '${root}src/i18n/msg.js';`,
);
await build({
  entryPoints: [join(out, 'entry.ts')],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  outdir: join(out, 'dist'),
  logLevel: 'error',
});

test('without a document, window or navigator, the language machinery loads', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
  await import(pathToFileURL(join(out, 'dist/entry.js')).href);
});

/** An element as a server's DOM shim gives it: attributes, and no ancestors. */
const element = (attributes) => ({getAttribute: (name) => attributes[name] ?? null});

test('a widget speaks its own lang (any BCP 47 tag, nl_NL too), else English', async () => {
  const {languageOf, getLocale} = await import(pathToFileURL(join(out, 'dist/entry.js')).href);
  assert.equal(languageOf(element({lang: 'de-AT'})), 'de');
  assert.equal(languageOf(element({lang: 'nl_NL'})), 'nl');
  assert.equal(languageOf(element({lang: 'ja'})), 'en');
  assert.equal(languageOf(element({})), 'en');
  assert.equal(getLocale(), 'en');
});

test('once preloaded, a language’s messages are there synchronously, each rendering in its own language', async () => {
  // The module itself, not its exports copied: `msg` is a live binding, set when the widgets configure @lit/localize.
  const widgets = await import(pathToFileURL(join(out, 'dist/entry.js')).href);
  const {inLocale, preloadLocale, str} = widgets;
  await Promise.all([preloadLocale('lv'), preloadLocale('ga')]);
  const count = (n) => widgets.msg(str`${n} supporters`, {id: 'badge.count.other'});
  assert.equal(
    inLocale('lv', () => widgets.msg('Join the #CohesionAlliance', {id: 'badge.join'})),
    'Pievienojieties Kohēzijas aliansei',
  );
  assert.equal(inLocale('ga', () => count('12,000')), '12,000 tacadóir');
  assert.equal(inLocale('en', () => count('12,000')), '12,000 supporters');
});
