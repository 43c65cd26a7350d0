// Builds the image badges, for pages that allow no script: join and supporter, sizes s, m and l, light and dark, in
// the 24 languages of the widgets' translations; each an SVG and a PNG at twice its size, listed in index.json.
//
//   node scripts/badges/build.mjs [folder]      (default: dist/cdn/badges)
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {Resvg} from '@resvg/resvg-js';
import {drawBadge, SIZES} from './draw.mjs';
import {readMessages} from '../xliff.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const VARIANTS = ['join', 'supporter'];
export const APPEARANCES = ['light', 'dark'];
const MESSAGE = {join: 'badge.join', supporter: 'badge.supporter'};

/** The widgets' own rule for the Alliance's page in a language (`alliancePageUrl` of src/data/model.ts). */
async function loadPageRule() {
  const {outputFiles} = await build({
    entryPoints: [join(root, 'src/data/model.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  return module.alliancePageUrl;
}

/** The badges to draw: one per language, variant, size and appearance, with its wording and link. */
export async function listBadges() {
  const alliancePageUrl = await loadPageRule();
  const messages = readMessages(join(root, 'locales'), Object.values(MESSAGE));
  const badges = [];
  for (const [lang, texts] of messages) {
    for (const variant of VARIANTS) {
      for (const size of Object.keys(SIZES)) {
        for (const appearance of APPEARANCES) {
          const name = `${variant}-${size}-${appearance}-${lang}`;
          badges.push({variant, size, lang, appearance, name, text: texts[MESSAGE[variant]], href: alliancePageUrl(lang)});
        }
      }
    }
  }
  return badges;
}

/** Writes every badge's SVG and PNG and `index.json` into `dir` (emptied first); returns the index. */
export async function buildBadges(dir = join(root, 'dist/cdn/badges')) {
  const out = resolve(dir);
  rmSync(out, {recursive: true, force: true});
  mkdirSync(out, {recursive: true});
  const index = [];
  for (const badge of await listBadges()) {
    const {svg, width, height} = drawBadge(badge);
    const png = new Resvg(svg, {fitTo: {mode: 'width', value: width * 2}, font: {loadSystemFonts: false}}).render().asPng();
    writeFileSync(join(out, `${badge.name}.svg`), svg);
    writeFileSync(join(out, `${badge.name}.png`), png);
    const {variant, size, lang, appearance, text, href} = badge;
    index.push({variant, size, lang, appearance, file: `${badge.name}.svg`, png: `${badge.name}.png`, width, height, alt: text, href});
  }
  writeFileSync(join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  return index;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const dir = process.argv[2] ?? join(root, 'dist/cdn/badges');
  const index = await buildBadges(dir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${index.length} badges (SVG and PNG) and index.json in ${dir}, ${seconds} s`);
}
