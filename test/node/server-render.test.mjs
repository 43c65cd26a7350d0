// The widgets rendered on a server with @lit-labs/ssr, from the sources, as a server's code renders them: the
// picker's markup selects the chosen language with no script, and a language the server did not preload is named
// in one message that says what to do.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {register} from 'tsx/esm/api';
import {parseXliff, plainText} from '../../scripts/xliff.mjs';

const root = new URL('../../', import.meta.url).pathname;
execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['build'], {cwd: root, stdio: 'pipe'});
register();
const {render} = await import('@lit-labs/ssr');
const {collectResult} = await import('@lit-labs/ssr/lib/render-result.js');
const {html, nothing} = await import('lit');
await import('../../src/index.ts');
const {preloadLanguages} = await import('../../src/server.ts');
const {reported} = await import('../../src/data/log.ts');
const {localeReady} = await import('../../src/i18n/localization.ts');

const rendered = (template) => collectResult(render(template));
const translation = (lang, id) => plainText(parseXliff(readFileSync(join(root, `locales/${lang}.xlf`), 'utf8')).get(id).target);

/** The console warnings written while `run` runs, once every pending warning is out. */
async function warningsDuring(run) {
  const warnings = [];
  const original = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    await run();
    await reported();
  } finally {
    console.warn = original;
  }
  return warnings;
}

test('a widget rendered in a language the server did not preload says once to preload it, and later renders speak it', async () => {
  const badge = html`<cohesion-join-badge lang="fr"></cohesion-join-badge>`;
  let first;
  const warnings = await warningsDuring(async () => {
    first = await rendered(badge);
    await rendered(badge);
    await rendered(html`<cohesion-supporter-counter lang="fr"></cohesion-supporter-counter>`);
  });
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0], /^\[cohesion-alliance\] <cohesion-join-badge> was rendered on the server in "fr"/);
  assert.match(warnings[0], /preloadLanguages\(\["fr"\]\) from "@cohesion-alliance\/widgets\/server"/);
  assert.ok(!first.includes(translation('fr', 'badge.join')), 'the first render could not speak French');
  await localeReady();
  assert.ok((await rendered(badge)).includes(translation('fr', 'badge.join')), 'a later render speaks French');
});

test("the server-rendered picker marks only the chosen language's option selected (no selected=\"false\")", async () => {
  await preloadLanguages(['de']);
  const warnings = await warningsDuring(async () => {
    for (const [documentLang, chosen] of [[nothing, 'de'], ['lv', 'lv']]) {
      const markup = await rendered(
        html`<cohesion-document-picker lang="de" document-lang=${documentLang} documents="debate-2022"></cohesion-document-picker>`,
      );
      const options = [...markup.matchAll(/<option\b[^>]*>/g)].map(([tag]) => tag);
      assert.ok(options.length > 20, `the picker offers the languages: ${options.length}`);
      assert.deepEqual(
        options.filter((tag) => /\sselected\b/.test(tag)).map((tag) => tag.match(/value="([^"]*)"/)[1]),
        [chosen],
      );
      assert.ok(!markup.includes('selected="false"'));
    }
  });
  assert.deepEqual(warnings, [], 'German was preloaded');
});
