// `npm run check:lit-latest`: builds the self-contained files against the newest release of Lit 3 from the npm
// registry, in a temporary copy of the project, and renders them in Chromium, to show that a Lit upgrade within `^3`
// leaves the build working. The project's own dependencies are not touched.
import {execFileSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {launch, root, serve, widgetsRendered} from '../test/e2e/harness.mjs';

const LIT = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];
const copy = mkdtempSync(join(tmpdir(), 'cohesion-lit-latest-'));
try {
  // The newest Lit 3, installed on its own.
  const latest = join(copy, 'latest');
  mkdirSync(latest);
  execFileSync('npm', ['install', '--prefix', latest, '--no-audit', '--no-fund', '--silent', 'lit@3'], {stdio: 'inherit'});
  const version = (name) => JSON.parse(readFileSync(join(latest, 'node_modules', name, 'package.json'), 'utf8')).version;

  // The project's sources and configuration, and its packages but Lit's, which come from the install above.
  for (const entry of ['src', 'locales', 'scripts', 'vite.config.ts', 'package.json', 'tsconfig.json', 'lit-localize.json']) {
    cpSync(join(root, entry), join(copy, entry), {recursive: true});
  }
  const modules = join(copy, 'node_modules');
  mkdirSync(join(modules, '@lit'), {recursive: true});
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '@lit' || LIT.includes(entry)) continue;
    symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  for (const entry of readdirSync(join(root, 'node_modules/@lit'))) {
    if (!LIT.includes(`@lit/${entry}`)) symlinkSync(join(root, 'node_modules/@lit', entry), join(modules, '@lit', entry));
  }
  for (const name of LIT) symlinkSync(join(latest, 'node_modules', name), join(modules, name));

  execFileSync(join(modules, '.bin/lit-localize'), ['build'], {cwd: copy, stdio: 'inherit'});
  execFileSync(join(modules, '.bin/vite'), ['build', '--logLevel', 'error'], {cwd: copy, stdio: 'inherit'});
  const bundle = readFileSync(join(copy, 'dist/cdn/cohesion-alliance.js'), 'utf8');
  const built = /litHtmlVersions\??\?\?=\[\]\)\.push\(["'`]([\d.]+)/.exec(bundle)?.[1];
  if (built !== version('lit-html')) throw new Error(`the bundle holds lit-html ${built}, not ${version('lit-html')}`);

  const server = await serve(join(copy, 'dist/cdn'), {
    routes: {
      '/page.html': (req, res) =>
        res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'}).end(`<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Lit</title><script type="module" src="/cohesion-alliance.js"></script></head><body>
<cohesion-join-badge></cohesion-join-badge><cohesion-supporter-counter></cohesion-supporter-counter>
<cohesion-declaration-summary></cohesion-declaration-summary><cohesion-document-picker></cohesion-document-picker></body></html>`),
    },
  });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/page.html`);
    await widgetsRendered(page);
    const label = await page.evaluate(() => document.querySelector('cohesion-join-badge').shadowRoot.querySelector('[part~="label"]').textContent.trim());
    if (errors.length || !label) throw new Error(`the widgets did not render: ${errors.join(' | ')}`);
    console.log(`Built with lit ${version('lit')} (lit-html ${version('lit-html')}, lit-element ${version('lit-element')}, @lit/reactive-element ${version('@lit/reactive-element')}); the German page renders ("${label}").`);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(copy, {recursive: true, force: true});
}
