// The plugin's zip as a site's web team installs it: its files, its headers, its blocks' attributes (the elements'
// own allowed values) and its editor translations in every language. Needs `npm run build:wordpress` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {tsImport} from 'tsx/esm/api';
import {root} from '../e2e/harness.mjs';
import {pluginZip} from './site.mjs';

const files = execFileSync('unzip', ['-Z1', pluginZip], {encoding: 'utf8'}).split('\n').filter(Boolean);
const read = (path) => execFileSync('unzip', ['-p', pluginZip, `cohesion-alliance/${path}`], {encoding: 'utf8'});
const source = (path) => tsImport(join(root, path), import.meta.url);
const BLOCKS = ['join-badge', 'supporter-counter', 'declaration-summary', 'document-picker'];

test('the zip holds one plugin folder with its main file, readme, licence and the self-contained files', () => {
  assert.ok(files.every((file) => file.startsWith('cohesion-alliance/')));
  for (const file of ['cohesion-alliance.php', 'readme.txt', 'LICENSE', 'editor.js', 'assets/cohesion-alliance.js', 'includes/render.php', 'includes/settings.php', 'uninstall.php']) {
    assert.ok(files.includes(`cohesion-alliance/${file}`), file);
  }
  // Every file the build wrote into dist/cdn, except the image badges the plugin does not use.
  const cdn = execFileSync('find', ['.', '-type', 'f'], {cwd: join(root, 'dist/cdn'), encoding: 'utf8'}).split('\n').filter((f) => f && !f.startsWith('./badges/'));
  for (const file of cdn) assert.ok(files.includes(`cohesion-alliance/assets/${file.slice(2)}`), file);
  assert.ok(!files.some((file) => file.includes('/badges/')));
  const main = read('cohesion-alliance.php');
  assert.match(main, /^ \* Plugin Name: +\S/m);
  assert.match(main, /^ \* Requires at least: +6\.5$/m);
  assert.match(main, /^ \* License: +EUPL-1\.2$/m);
  const readme = read('readme.txt');
  assert.match(readme, /^=== .+ ===$/m);
  assert.match(readme, /^Requires at least: 6\.5$/m);
  assert.match(readme, /^License: EUPL-1\.2$/m);
  assert.match(readme, /^== Installation ==$/m);
});

test('each block is dynamic, and its attributes take the element\'s allowed values', async () => {
  const {BADGE_VARIANTS, BADGE_SIZES} = await source('src/components/join-badge/join-badge.ts');
  const {COUNTER_NOTATIONS} = await source('src/components/supporter-counter/supporter-counter.ts');
  const {APPEARANCES} = await source('src/components/cohesion-element.ts');
  const {HEADING_LEVELS} = await source('src/components/heading.ts');
  const {EU_LANGUAGES} = await source('src/i18n/negotiate.ts');
  const blocks = Object.fromEntries(BLOCKS.map((name) => [name, JSON.parse(read(`blocks/${name}/block.json`))]));
  for (const [name, block] of Object.entries(blocks)) {
    assert.equal(block.name, `cohesion-alliance/${name}`);
    assert.equal(block.render, 'file:./render.php');
    assert.ok(files.includes(`cohesion-alliance/blocks/${name}/render.php`));
    assert.deepEqual(block.attributes.appearance.enum, [...APPEARANCES]);
    assert.deepEqual(block.attributes.lang.enum, ['', ...EU_LANGUAGES]);
  }
  assert.deepEqual(blocks['join-badge'].attributes.variant.enum, [...BADGE_VARIANTS]);
  assert.deepEqual(blocks['join-badge'].attributes.size.enum, [...BADGE_SIZES]);
  assert.equal(blocks['join-badge'].attributes.showCount.type, 'boolean');
  assert.deepEqual(blocks['supporter-counter'].attributes.notation.enum, [...COUNTER_NOTATIONS]);
  assert.deepEqual(blocks['declaration-summary'].attributes.headingLevel, {type: 'integer', enum: [...HEADING_LEVELS]});
});

test('the editor texts (block titles, descriptions, labels) are translated into every other official EU language', async () => {
  const {EU_LANGUAGES} = await source('src/i18n/negotiate.ts');
  const {widgets, languageLabel, languageNone} = JSON.parse(read('widgets.json'));
  const english = new Set([languageLabel, languageNone]);
  for (const widget of Object.values(widgets)) {
    english.add(widget.title).add(widget.description);
    for (const spec of Object.values(widget.attributes)) {
      english.add(spec.label);
      if (spec.help) english.add(spec.help);
      for (const label of Object.values(spec.valueLabels ?? {})) english.add(label);
    }
  }
  const german = JSON.parse(read('languages/cohesion-alliance-de-cohesion-alliance-editor.json')).locale_data.messages;
  assert.deepEqual(german['Join badge'], ['Beitrittsbadge']);
  for (const lang of EU_LANGUAGES.filter((l) => l !== 'en')) {
    const messages = JSON.parse(read(`languages/cohesion-alliance-${lang}-cohesion-alliance-editor.json`)).locale_data.messages;
    assert.equal(messages[''].lang, lang);
    for (const text of english) assert.ok(messages[text]?.[0]?.trim(), `${lang}: ${text}`);
  }
});

test('the plugin\'s own README section and readme.txt name the same blocks and shortcodes', () => {
  const readme = read('readme.txt');
  const projectReadme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const name of BLOCKS) {
    const shortcode = `[cohesion_${name.replace(/-/g, '_')}`;
    assert.ok(readme.includes(shortcode), `readme.txt: ${shortcode}`);
    assert.ok(projectReadme.includes(shortcode), `README.md: ${shortcode}`);
  }
});
