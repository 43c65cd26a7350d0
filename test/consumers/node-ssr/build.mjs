// A static site generated with plain Node: a German page whose widgets are rendered on the server, with a
// client bundle that hydrates them (the recipe of the README's "Server rendering").
import {mkdirSync, writeFileSync} from 'node:fs';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import {build} from 'esbuild';
import '@cohesion-alliance/widgets';
import {preloadLanguages} from '@cohesion-alliance/widgets/server';

await preloadLanguages(['de']);

const template = html`
  <cohesion-join-badge lang="de" show-count></cohesion-join-badge>
  <cohesion-supporter-counter lang="de" categories="regions cities individuals"></cohesion-supporter-counter>
  <cohesion-declaration-summary lang="de" heading-level="2"></cohesion-declaration-summary>
  <cohesion-document-picker lang="de" documents="debate-2022 declaration-2020" heading-level="2"></cohesion-document-picker>
`;
const widgets = await collectResult(render(template));

const page = (body, script) => `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <title>Unsere Region unterstützt die Allianz für Kohäsionspolitik</title>
</head>
<body>
  <main>
    <h1>Unsere Region</h1>
    ${body}
  </main>
  ${script}
</body>
</html>
`;

mkdirSync('out', {recursive: true});
writeFileSync('out/index.html', page(widgets, '<script type="module" src="./client.js"></script>'));
// The same markup with no script at all: what the server-rendered page is worth before any script runs.
writeFileSync('out/static.html', page(widgets, ''));
// The same page rendered in the browser only, with the same script, to compare.
writeFileSync('out/client-rendered.html', page(template.strings.join(''), '<script type="module" src="./client.js"></script>'));

// The browser's code (client.js), bundled: each language becomes a chunk of its own.
await build({entryPoints: ['client.js'], bundle: true, splitting: true, format: 'esm', minify: true, outdir: 'out', logLevel: 'warning'});
