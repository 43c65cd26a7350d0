// The image badges in Chromium: every drawing stays inside its box (SVG getBBox() against the viewBox), its
// letters inside the border, its emblem is the element's, and the SVG and PNG show as images.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build} from 'esbuild';
import {buildBadges} from '../../scripts/badges/build.mjs';
import {EMBLEM_STARS} from '../../scripts/badges/draw.mjs';
import {launch, root, serve, watch} from './harness.mjs';

const dir = mkdtempSync(join(tmpdir(), 'cohesion-badges-e2e-'));
let index;
let server;
let browser;

before(async () => {
  index = await buildBadges(join(dir, 'badges'));
  // The join badge element, bundled as it is, for its emblem (English needs no translation chunk).
  await build({
    entryPoints: [join(root, 'src/components/join-badge/cohesion-join-badge.ts')],
    bundle: true,
    format: 'esm',
    outfile: join(dir, 'badge.js'),
    logLevel: 'silent',
  });
  server = await serve(dir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, {recursive: true, force: true});
});

test('every badge’s drawing stays inside its view box, and its letters inside its border', async () => {
  const page = await browser.newPage();
  const errors = watch(page);
  await page.goto(`${server.origin}/badges/index.json`);
  const problems = await page.evaluate(async (badges) => {
    const found = [];
    for (const badge of badges) {
      const text = await (await fetch(badge.file)).text();
      const svg = document.importNode(new DOMParser().parseFromString(text, 'image/svg+xml').documentElement, true);
      document.body.replaceChildren(svg);
      const [x, y, width, height] = svg.getAttribute('viewBox').split(' ').map(Number);
      const inside = (box, inset) =>
        box.x >= x + inset - 0.01 && box.y >= y + inset - 0.01 && box.x + box.width <= x + width - inset + 0.01 && box.y + box.height <= y + height - inset + 0.01;
      const all = svg.getBBox();
      if (!inside(all, 0)) found.push(`${badge.file}: drawing ${JSON.stringify(all)} outside 0 0 ${width} ${height}`);
      // The last path holds the letters: inside the 2 px border, and there at all.
      const letters = svg.querySelector(':scope > path').getBBox();
      if (letters.width < 40 || letters.height < 8) found.push(`${badge.file}: letters ${letters.width} × ${letters.height}`);
      if (!inside(letters, 2)) found.push(`${badge.file}: letters ${JSON.stringify(letters)} outside the border`);
      // Beside the emblem, not over it.
      const emblem = svg.querySelector('g').getBBox();
      const emblemRight = emblem.x + emblem.width * svg.querySelector('g').transform.baseVal.consolidate().matrix.a;
      if (letters.x < emblemRight) found.push(`${badge.file}: letters over the emblem`);
    }
    return found;
  }, index);
  assert.deepEqual(problems, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the badge’s emblem is the element’s, point for point', async () => {
  const page = await browser.newPage();
  const errors = watch(page);
  await page.goto(`${server.origin}/badges/index.json`);
  await page.addScriptTag({type: 'module', url: `${server.origin}/badge.js`});
  await page.waitForFunction(() => customElements.get('cohesion-join-badge'));
  await page.evaluate(() => document.body.append(document.createElement('cohesion-join-badge')));
  const stars = await page.waitForFunction(() => document.querySelector('cohesion-join-badge')?.shadowRoot?.querySelector('svg path')?.getAttribute('d'));
  assert.equal(await stars.jsonValue(), EMBLEM_STARS);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the SVG and the PNG of a badge show as images, the PNG at twice the size', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/badges/index.json`);
  for (const badge of index.filter((b) => b.lang === 'el' || b.lang === 'bg' || b.lang === 'ga')) {
    const sizes = await page.evaluate(async (b) => {
      const load = (src) =>
        new Promise((resolve, reject) => {
          const img = new Image();
          img.onload = () => resolve([img.naturalWidth, img.naturalHeight]);
          img.onerror = () => reject(new Error(src));
          img.src = src;
        });
      return [await load(b.file), await load(b.png)];
    }, badge);
    assert.deepEqual(sizes, [
      [badge.width, badge.height],
      [badge.width * 2, badge.height * 2],
    ]);
  }
  await page.close();
});
