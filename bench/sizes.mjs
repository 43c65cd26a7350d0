// Byte counts of the built library: what each entry loads before its first render, and each locale chunk.
import {readFileSync, readdirSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';

// Static imports only (`import"./x.js"`, `from"./x.js"`); `import("./x.js")` is lazy and loads later.
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+)["']/g;

/** The files `entry` loads before it runs: itself and its static imports, transitively. */
export function staticGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) visit(resolve(dirname(file), spec));
  };
  visit(resolve(entry));
  return [...seen];
}

export const gzipSize = (file) => gzipSync(readFileSync(file), {level: 9}).length;
export const rawSize = (file) => readFileSync(file).length;

/** Minified and gzipped bytes of an entry with everything it loads before first render (each file gzipped alone, as served). */
export function entrySize(distDir, entry) {
  const files = staticGraph(join(distDir, entry));
  return {
    entry,
    files: files.map((f) => relative(distDir, f)),
    min: files.reduce((sum, f) => sum + rawSize(f), 0),
    gzip: files.reduce((sum, f) => sum + gzipSize(f), 0),
  };
}

export function localeSizes(distDir) {
  const dir = join(distDir, 'locales');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({file: `locales/${f}`, locale: f.replace(/[-.].*/, ''), min: rawSize(join(dir, f)), gzip: gzipSize(join(dir, f))}));
}

export const ENTRIES = [
  'cohesion-alliance.js',
  'components/join-badge.js',
  'components/supporter-counter.js',
  'components/declaration-summary.js',
  'components/document-picker.js',
];

/**
 * The guard that `npm test` holds, in bytes gzipped: a page's JavaScript before its widgets render, that is an entry
 * with what it imports statically and the largest of the language files (one of which every page loads before it
 * registers the tags), at most 20 KiB; in the browser, what a page with all four widgets downloads before they show
 * their content (`test/e2e/page-weight.test.mjs`). Other figures are reported by `npm run bench`, not budgeted.
 */
export const BUDGETS = {
  pageGzip: 20 * 1024,
};

/** An entry with what it loads before first render, and the largest language file, gzipped: a page's worst case. */
export function firstRenderSize(distDir, entry) {
  const size = entrySize(distDir, entry);
  const base = entry.includes('/') ? `${entry.split('/')[0]}/` : '';
  const largest = localeSizes(join(distDir, base)).reduce((a, b) => (b.gzip > a.gzip ? b : a));
  return {...size, files: [...size.files, `${base}${largest.file}`], min: size.min + largest.min, gzip: size.gzip + largest.gzip};
}
