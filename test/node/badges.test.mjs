// The image badges: 288 of them listed in index.json, each SVG safe (no script, no event attribute, no outside
// reference), its letters drawn as outlines, titled with its alt text, and its PNG at twice its size.
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {buildBadges, listBadges} from '../../scripts/badges/build.mjs';
import {drawBadge} from '../../scripts/badges/draw.mjs';
import {decode, parseXliff, plainText} from '../../scripts/xliff.mjs';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'cohesion-badges-'));
const started = performance.now();
const index = await buildBadges(dir);
const seconds = (performance.now() - started) / 1000;
after(() => rmSync(dir, {recursive: true, force: true}));
const read = (file) => readFileSync(join(dir, file), 'utf8');

const LANGUAGES = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ');
const BOXES = {s: [224, 84], m: [272, 96], l: [336, 116]};

test('the index lists 288 badges: 2 variants × 3 sizes × 2 appearances × 24 languages, each once', () => {
  assert.equal(index.length, 288);
  const keys = new Set(index.map((b) => `${b.variant} ${b.size} ${b.appearance} ${b.lang}`));
  assert.equal(keys.size, 288);
  assert.deepEqual([...new Set(index.map((b) => b.lang))].sort(), LANGUAGES);
  assert.deepEqual([...new Set(index.map((b) => b.variant))].sort(), ['join', 'supporter']);
  assert.deepEqual([...new Set(index.map((b) => b.size))].sort(), ['l', 'm', 's']);
  assert.deepEqual([...new Set(index.map((b) => b.appearance))].sort(), ['dark', 'light']);
});

test('index.json is written beside the files and lists exactly the files there', () => {
  assert.deepEqual(JSON.parse(read('index.json')), index);
  const listed = index.flatMap((b) => [b.file, b.png]).sort();
  assert.deepEqual(readdirSync(dir).filter((f) => f !== 'index.json').sort(), listed);
  for (const badge of index) {
    assert.deepEqual(Object.keys(badge), ['variant', 'size', 'lang', 'appearance', 'file', 'png', 'width', 'height', 'alt', 'href']);
  }
});

test('each badge has the box of the element at its size', () => {
  for (const badge of index) assert.deepEqual([badge.width, badge.height], BOXES[badge.size], badge.file);
});

test('the alt text is the widgets’ translation of the badge, in every language', () => {
  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    const units = parseXliff(readFileSync(join(root, 'locales', `${lang}.xlf`), 'utf8'));
    for (const badge of index.filter((b) => b.lang === lang)) {
      assert.equal(badge.alt, plainText(units.get(`badge.${badge.variant}`).target), badge.file);
    }
  }
  const english = index.filter((b) => b.lang === 'en');
  assert.ok(english.filter((b) => b.variant === 'join').every((b) => b.alt === 'Join the #CohesionAlliance'));
  assert.ok(english.filter((b) => b.variant === 'supporter').every((b) => b.alt === 'We support the #CohesionAlliance'));
});

test('every no-break space of the translations reaches the badges: their alt text, title and line breaks', async () => {
  const noBreak = (text) => text.match(/[\u00A0\u202F]/g) ?? [];
  let kept = 0;
  for (const badge of await listBadges()) {
    if (badge.lang === 'en') continue;
    const target = decode(parseXliff(readFileSync(join(root, 'locales', `${badge.lang}.xlf`), 'utf8')).get(`badge.${badge.variant}`).target);
    const alt = index.find((b) => b.file === `${badge.name}.svg`).alt;
    assert.deepEqual(noBreak(alt), noBreak(target), badge.name);
    assert.ok(read(`${badge.name}.svg`).includes(`<title>${alt.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>`), badge.name);
    // The words a no-break space joins stay on one line.
    const {lines} = drawBadge(badge);
    for (const [joined] of target.matchAll(/\S+[\u00A0\u202F]\S+/g)) {
      assert.ok(lines.some((line) => line.includes(joined)), `${badge.name}: "${joined}" in ${JSON.stringify(lines)}`);
      kept++;
    }
  }
  // Czech joins its one-letter preposition to the Alliance's name, in each of its 6 join badges.
  assert.ok(kept >= 6, `${kept} joined words`);
});

test('each badge’s link is the Alliance’s page in its language, by the widgets’ rule', () => {
  for (const badge of index) assert.equal(badge.href, `https://cor.europa.eu/${badge.lang}/engage/Pages/cohesion-alliance.aspx`);
});

test('each SVG is safe: no script, no event attribute, no style sheet, no outside reference', () => {
  for (const badge of index) {
    const svg = read(badge.file);
    assert.doesNotMatch(svg, /<script|<style|<foreignObject|<image|<use|<a[\s>]|<iframe/i, badge.file);
    assert.doesNotMatch(svg, /\son[a-z]+\s*=/i, badge.file);
    assert.doesNotMatch(svg, /href|url\(|@import|javascript:|data:/i, badge.file);
    // The one address in the file is the SVG namespace, a name rather than a reference.
    assert.deepEqual(svg.match(/[a-z]+:\/\/[^"]*/gi), ['http://www.w3.org/2000/svg'], badge.file);
    assert.doesNotMatch(svg, /<!DOCTYPE|<!ENTITY|<\?xml-stylesheet/i, badge.file);
  }
});

test('each SVG draws its letters as outlines: no text element, no font', () => {
  for (const badge of index) {
    const svg = read(badge.file);
    assert.doesNotMatch(svg, /<text|<tspan|font-family|@font-face/i, badge.file);
    const elements = [...new Set([...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]))].sort();
    assert.deepEqual(elements, ['circle', 'g', 'path', 'rect', 'svg', 'title'], badge.file);
  }
});

test('each SVG has a title equal to its alt text, its language, its size and its view box', () => {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  for (const badge of index) {
    const svg = read(badge.file);
    const titles = [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    assert.deepEqual(titles, [escape(badge.alt)], badge.file);
    const open = /^<svg [^>]*>/.exec(svg)[0];
    assert.match(open, new RegExp(`\\bwidth="${badge.width}" height="${badge.height}" viewBox="0 0 ${badge.width} ${badge.height}"`), badge.file);
    assert.match(open, new RegExp(`\\blang="${badge.lang}"`), badge.file);
    assert.match(open, /\brole="img"/, badge.file);
  }
});

test('each PNG is a PNG at twice the size of its SVG', () => {
  for (const badge of index) {
    const png = readFileSync(join(dir, badge.png));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', badge.png);
    assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR', badge.png);
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [badge.width * 2, badge.height * 2], badge.png);
  }
});

test('light and dark, join and supporter each have their own colours', () => {
  const fills = (file) => /<rect [^>]*fill="(#[0-9a-f]{6})"/.exec(read(file))[1];
  const of = (variant, appearance) => fills(index.find((b) => b.lang === 'de' && b.size === 'm' && b.variant === variant && b.appearance === appearance).file);
  assert.deepEqual([of('join', 'light'), of('join', 'dark'), of('supporter', 'light'), of('supporter', 'dark')], ['#003399', '#ffcc00', '#ffffff', '#0e1a3c']);
});

test('the files stay small, and the 576 of them build in well under a minute', () => {
  const svgBytes = index.reduce((sum, b) => sum + readFileSync(join(dir, b.file)).length, 0);
  const pngBytes = index.reduce((sum, b) => sum + readFileSync(join(dir, b.png)).length, 0);
  assert.ok(svgBytes / index.length < 24 * 1024, `SVG ${Math.round(svgBytes / index.length)} bytes on average`);
  assert.ok(pngBytes / index.length < 24 * 1024, `PNG ${Math.round(pngBytes / index.length)} bytes on average`);
  assert.ok(seconds < 30, `${seconds.toFixed(1)} s`);
});
