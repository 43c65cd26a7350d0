// Plain Node importing every entry of the installed package: nothing of it may need a browser to load.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';

const pkg = '@cohesion-alliance/widgets';
const main = await import(pkg);
const entries = {
  'join-badge': ['cohesion-join-badge', 'CohesionJoinBadge'],
  'supporter-counter': ['cohesion-supporter-counter', 'CohesionSupporterCounter'],
  'declaration-summary': ['cohesion-declaration-summary', 'CohesionDeclarationSummary'],
  'document-picker': ['cohesion-document-picker', 'CohesionDocumentPicker'],
};

for (const [entry, [tag, className]] of Object.entries(entries)) {
  const module = await import(`${pkg}/${entry}`);
  assert.equal(typeof module[className], 'function', `${entry} exports ${className}`);
  assert.equal(module[className], main[className], `${entry} and the main entry share one ${className}`);
  // Lit's server build provides a registry; the guarded registration uses it.
  assert.equal(customElements.get(tag), module[className], `${tag} is registered`);
}

// The data and the helpers are usable on a server.
assert.equal(main.EU_LANGUAGES.length, 24);
assert.ok(main.SNAPSHOT.documents.length >= 3, 'the embedded snapshot lists the documents');
const joinEvent = new main.CohesionJoinEvent({href: 'https://example.org/'});
assert.equal(joinEvent.type, 'cohesion-join');
assert.equal(joinEvent.cancelable, true);
assert.equal(typeof main.setLocale, 'function');

// The files the exports map names beside the code.
const schema = (await import(`${pkg}/feed.schema.json`, {with: {type: 'json'}})).default;
assert.equal(typeof schema.$schema, 'string');
const manifest = (await import(`${pkg}/custom-elements.json`, {with: {type: 'json'}})).default;
const root = dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
for (const module of manifest.modules) {
  assert.ok(readFileSync(join(root, module.path)), `custom-elements.json names ${module.path}, which ships`);
}
console.log(`node: ${Object.keys(entries).length + 1} entries imported, ${manifest.modules.length} manifest modules found`);
