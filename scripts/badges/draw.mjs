// Draws one image badge as a self-contained SVG: the element's box, emblem and colours, its text as outlines.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import opentype from 'opentype.js';

const require = createRequire(import.meta.url);

// Noto Sans Bold, in the Unicode ranges that Fontsource splits it into: together they cover every letter of the
// 24 official EU languages (Latin with its extensions, Greek, Cyrillic). A character takes the first that has it.
const SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic'];
const fonts = SUBSETS.map((subset) => {
  const file = require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-700-normal.woff`);
  const data = readFileSync(file);
  return opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
});

function fontFor(char) {
  const font = fonts.find((f) => f.charToGlyphIndex(char) > 0);
  if (!font) throw new Error(`No glyph for ${JSON.stringify(char)} (U+${char.codePointAt(0).toString(16).toUpperCase()})`);
  return font;
}

/** Splits `text` into runs of characters drawn from the same font subset. */
function runs(text) {
  const result = [];
  for (const char of text) {
    const font = char === ' ' ? result.at(-1)?.font ?? fonts[0] : fontFor(char);
    const last = result.at(-1);
    if (last && last.font === font) last.text += char;
    else result.push({font, text: char});
  }
  return result;
}

const kerning = {kerning: true, features: {liga: true, kern: true}};

/** The advance width of `text` at `size` px. */
export function measure(text, size) {
  return runs(text).reduce((width, run) => width + run.font.getAdvanceWidth(run.text, size, kerning), 0);
}

// Coordinates are rounded to a tenth of a pixel: a twentieth of a pixel at most off, a tenth in the PNG.
const STEP = 10;
const number = (n) => {
  const text = (Math.round(n * STEP) / STEP).toFixed(1).replace(/\.0$/, '').replace(/^(-?)0\./, '$1.');
  return text === '-0' ? '0' : text;
};

/**
 * Path data in relative commands between points rounded to a tenth of a pixel, so that the rounding does not add
 * up: short (straight lines as `h` and `v`, none of length zero), and the same shapes in the SVG and its PNG.
 */
function pathData(commands) {
  let d = '';
  let x = 0;
  let y = 0;
  // After a `z` the current point is the start of the subpath again.
  let start = [0, 0];
  const round = (n) => Math.round(n * STEP) / STEP;
  const pair = (px, py) => `${number(round(px) - x)} ${number(round(py) - y)}`;
  for (const c of commands) {
    if (c.type === 'Z') {
      d += 'z';
      [x, y] = start;
      continue;
    }
    const ex = round(c.x);
    const ey = round(c.y);
    if (c.type === 'L' && ex === x && ey === y) continue;
    if (c.type === 'L' && ey === y) d += `h${number(ex - x)}`;
    else if (c.type === 'L' && ex === x) d += `v${number(ey - y)}`;
    else if (c.type === 'Q') d += `q${pair(c.x1, c.y1)} ${pair(c.x, c.y)}`;
    else if (c.type === 'C') d += `c${pair(c.x1, c.y1)} ${pair(c.x2, c.y2)} ${pair(c.x, c.y)}`;
    else d += `${c.type.toLowerCase()}${pair(c.x, c.y)}`;
    x = ex;
    y = ey;
    if (c.type === 'M') start = [ex, ey];
  }
  // No separator before a minus sign, nor before a point that follows a number with a point of its own.
  return d.replace(/ (?=-)/g, '').replace(/(\.\d*) (?=\.)/g, '$1');
}

/** The outlines of `text` with its baseline starting at (x, y), as path commands. */
function outline(text, x, y, size) {
  const commands = [];
  for (const run of runs(text)) {
    commands.push(...run.font.getPath(run.text, x, y, size, kerning).commands);
    x += run.font.getAdvanceWidth(run.text, size, kerning);
  }
  return commands;
}

/**
 * The boxes of the element (`join-badge.styles.ts`) at a 16 px font size: the badge's width and height, the
 * padding and gap, the emblem's size and the label's font size, in px.
 */
export const SIZES = {
  s: {width: 224, height: 84, gap: 6, emblem: 32, font: 13},
  m: {width: 272, height: 96, gap: 8, emblem: 44, font: 15},
  l: {width: 336, height: 116, gap: 12, emblem: 60, font: 18},
};
const BORDER = 2;
const RADIUS = 8;
const LINE_HEIGHT = 1.2;
const MAX_LINES = 3;

/** The colours of the element's light and dark palettes (`theme.styles.ts`), per variant. */
export const COLOURS = {
  join: {
    light: {background: '#003399', text: '#ffffff', border: '#003399', disc: '#003399', outline: undefined},
    dark: {background: '#ffcc00', text: '#0e1a3c', border: '#ffcc00', disc: '#003399', outline: undefined},
  },
  supporter: {
    light: {background: '#ffffff', text: '#1b1b1b', border: '#003399', disc: '#003399', outline: '#8b93a5'},
    dark: {background: '#0e1a3c', text: '#f4f6fb', border: '#ffcc00', disc: '#003399', outline: '#7d8bb0'},
  },
};
const STAR_COLOUR = '#ffcc00';

// The emblem of `join-badge.ts`, point for point: twelve five-pointed stars on a ring of radius 19 in a 64 × 64
// box (test/e2e/badges.test.mjs compares it with the element's).
let STARS = '';
for (let i = 0; i < 120; i++) {
  const j = i % 10;
  const f = (k) =>
    (32 + 19 * Math.sin(((i - j + k) * Math.PI) / 60) + (j % 2 ? 1.8 : 4.4) * Math.sin(((12 * j + k) * Math.PI) / 60)).toFixed(2);
  STARS += `${j ? 'L' : 'M'}${f(0)} ${f(-30)}${j > 8 ? 'Z' : ''}`;
}
export const EMBLEM_STARS = STARS;

/** The places a line may break: after a space (dropped) or after a hyphen (kept), as the element's text does. */
function pieces(text) {
  return text.split(' ').flatMap((word) => word.split(/(?<=-)(?=.)/u).map((part, i, all) => ({text: part, space: i === all.length - 1})));
}

/** Fills lines greedily no wider than `width`; undefined when a piece alone is wider. */
function fill(parts, width, size) {
  const lines = [];
  let line = '';
  let joint = '';
  for (const part of parts) {
    if (measure(part.text, size) > width) return undefined;
    const candidate = line ? line + joint + part.text : part.text;
    if (line && measure(candidate, size) > width) {
      lines.push(line);
      line = part.text;
    } else line = candidate;
    joint = part.space ? ' ' : '';
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Breaks `text` into at most three lines within `width` at the largest font size from `size` down that fits
 * `height`, the lines balanced as `text-wrap: balance` does (each line's width as close as can be to the others).
 */
export function layout(text, width, height, size) {
  const parts = pieces(text);
  for (let font = size; font >= size * 0.7; font -= 0.25) {
    const lines = fill(parts, width, font);
    if (!lines || lines.length > MAX_LINES || lines.length * font * LINE_HEIGHT > height) continue;
    // The narrowest width that still gives as many lines.
    let low = 0;
    let high = width;
    while (high - low > 0.5) {
      const middle = (low + high) / 2;
      const tried = fill(parts, middle, font);
      if (tried && tried.length <= lines.length) high = middle;
      else low = middle;
    }
    return {lines: fill(parts, high, font), font};
  }
  throw new Error(`"${text}" does not fit in ${width} × ${height} px`);
}

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const round = (n) => Math.round(n * 100) / 100;

/** One badge: `{svg, width, height}`. `text` is its wording, which is also its `<title>` and an image's alt. */
export function drawBadge({variant, size, appearance, lang, text}) {
  const box = SIZES[size];
  const colours = COLOURS[variant][appearance];
  const inner = BORDER + box.gap;
  const textX = inner + box.emblem + box.gap;
  const textWidth = box.width - textX - inner;
  const textHeight = box.height - 2 * inner;
  const {lines, font} = layout(text, textWidth, textHeight, box.font);
  const lineHeight = font * LINE_HEIGHT;
  // Each line's box is one line height, its text centred in it as CSS does: ascent and descent from the font.
  const {ascender, descender, unitsPerEm} = fonts[0];
  const baseline = (lineHeight + ((ascender + descender) / unitsPerEm) * font) / 2;
  const top = (box.height - lines.length * lineHeight) / 2;
  const letters = pathData(lines.flatMap((line, i) => outline(line, textX, round(top + i * lineHeight + baseline), font)));
  const scale = box.emblem / 64;
  const emblemY = (box.height - box.emblem) / 2;
  const disc = colours.outline
    ? `<circle cx="32" cy="32" r="30.5" fill="${colours.disc}" stroke="${colours.outline}" stroke-width="1.5"/>`
    : `<circle cx="32" cy="32" r="30.5" fill="${colours.disc}"/>`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${box.width}" height="${box.height}" viewBox="0 0 ${box.width} ${box.height}" role="img" lang="${lang}">` +
    `<title>${escapeXml(text)}</title>` +
    `<rect x="${BORDER / 2}" y="${BORDER / 2}" width="${box.width - BORDER}" height="${box.height - BORDER}" rx="${RADIUS - BORDER / 2}" fill="${colours.background}" stroke="${colours.border}" stroke-width="${BORDER}"/>` +
    `<g transform="translate(${inner} ${round(emblemY)}) scale(${round(scale * 1e4) / 1e4})">${disc}` +
    `<circle cx="32" cy="32" r="19" fill="none" stroke="${STAR_COLOUR}" stroke-width="1.25"/><path fill="${STAR_COLOUR}" d="${STARS}"/></g>` +
    `<path fill="${colours.text}" d="${letters}"/>` +
    `</svg>\n`;
  return {svg, width: box.width, height: box.height, lines, font};
}
