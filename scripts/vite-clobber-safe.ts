import type {Plugin} from 'vite';
import MagicString from 'magic-string';

/** Lit's modules, as published (already minified). */
const LIT = /\/node_modules\/(?:lit-html|lit-element|@lit\/reactive-element)\/(?!development\/)[\w/-]+\.js$/;

/** Lit's optional hooks: a polyfill or hydration script sets them as functions before Lit loads. */
const HOOKS = 'litHtmlPolyfillSupport|reactiveElementPolyfillSupport|litElementPolyfillSupport|litElementHydrateSupport';

/**
 * Keeps the bundled Lit of the self-contained files to itself, so that no element on the page can stop the widgets.
 * Any element with an `id` (and an `<img>`, `<form>`, `<embed>` or `<object>` with a `name`) is a property of
 * `window` under that name, unless a real one exists: one `<div id="litHtmlVersions">` made Lit's
 * `(globalThis.litHtmlVersions ??= []).push(…)` throw, and no widget loaded. Sanitised user content (a comment) can
 * carry such ids. After this rewrite the bundled Lit:
 * - does not add itself to the page's lists of Lit versions (`litHtmlVersions`, `reactiveElementVersions`,
 *   `litElementVersions`; only Lit's development build reads them, to warn about two versions on a page);
 * - does not call the hooks of Lit's polyfill and hydration scripts (`litHtmlPolyfillSupport`, …): the browsers the
 *   files are built for have shadow DOM, and the widgets are not server-rendered;
 * - uses `litPropertyMetadata` only when it is a `WeakMap`, else its own (where decorator support is built in; the
 *   self-contained files leave it out, see `litWithoutDecorators`);
 * - counts `ShadyCSS` as the polyfill only when it says `nativeShadow: false`, so that an element of that name does
 *   not make Lit fall back from constructable style sheets to `<style>` elements (which a strict CSP refuses).
 * Each rewrite checks that none of the forms it rewrites is left, so that a version of Lit that reads these
 * globals differently fails the build instead of leaving a gap.
 */
export function clobberSafe(): Plugin {
  // Each: what to find, what to write instead, and what must not be left after it.
  const rewrites: [RegExp, string, RegExp][] = [
    [/\(\w+\.(?:litHtmlVersions|reactiveElementVersions|litElementVersions)\?\?=\[\]\)\.push\("[^"]*"\)/g, 'void 0', /Versions\b/],
    // A hook called where it is read goes with its call (terser would make `void 0?.(…)` a call of 0).
    [new RegExp(String.raw`\w+\.(?:${HOOKS})\?\.\([^()]*\)`, 'g'), 'void 0', /$^/],
    [new RegExp(String.raw`\w+\.(?:${HOOKS})\b(?!\?\.\()`, 'g'), 'void 0', new RegExp(`\\b(?:${HOOKS})\\b`)],
    [/(\w+)\.litPropertyMetadata\?\?=new WeakMap/g, '$1.litPropertyMetadata instanceof WeakMap||($1.litPropertyMetadata=new WeakMap)', /litPropertyMetadata\?\?=/],
    [/void 0===(\w+)\.ShadyCSS\|\|\1\.ShadyCSS\.nativeShadow/g, '$1.ShadyCSS?.nativeShadow!==!1', /ShadyCSS\|\|/],
  ];
  return {
    name: 'cohesion:clobber-safe',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!.replaceAll('\\', '/');
      if (!LIT.test(path) || path.endsWith('/polyfill-support.js')) return null;
      const magic = new MagicString(code);
      for (const [pattern, replacement, leftover] of rewrites) {
        for (const match of code.matchAll(pattern)) {
          magic.overwrite(match.index, match.index + match[0].length, match[0].replace(new RegExp(pattern.source), replacement));
        }
        if (leftover.test(magic.toString())) this.error(`clobber-safe: ${id} reads a global in a form this rewrite does not know`);
      }
      return magic.hasChanged() ? {code: magic.toString(), map: magic.generateMap({hires: true, source: id})} : null;
    },
  };
}

/**
 * Leaves out of the bundled Lit of the self-contained files its support for decorators, which the widgets do not use
 * (they declare `static properties`): the page's globals stay as they are (no `Symbol.metadata` polyfill, no
 * `litPropertyMetadata`), and the file is smaller (120 bytes gzipped). Lit's elements then have no
 * `addInitializer`. As above, each rewrite must find its form once, and none of them may be left.
 */
export function litWithoutDecorators(): Plugin {
  const REACTIVE_ELEMENT = /\/node_modules\/@lit\/reactive-element\/reactive-element\.js$/;
  const removed = [
    /Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/,
    /static addInitializer\((\w+)\)\{this\._\$Ei\(\),\(this\.l\?\?=\[\]\)\.push\(\1\)\}/,
    /void 0!==(\w+)\.l&&\(this\.l=\[\.\.\.\1\.l\]\),/,
    /,this\.constructor\.l\?\.forEach\((\w+)=>\1\(this\)\)/,
    /const (\w+)=this\[Symbol\.metadata\];if\(null!==\1\)\{const (\w+)=litPropertyMetadata\.get\(\1\);if\(void 0!==\2\)for\(const\[(\w+),(\w+)\]of \2\)this\.elementProperties\.set\(\3,\4\)\}/,
  ];
  const LEFT = /Symbol\.metadata|litPropertyMetadata|addInitializer|\.l\?\?=|\.l\?\./;
  return {
    name: 'cohesion:lit-without-decorators',
    enforce: 'pre',
    transform(code, id) {
      if (!REACTIVE_ELEMENT.test(id.split('?')[0]!.replaceAll('\\', '/'))) return null;
      const magic = new MagicString(code);
      for (const pattern of removed) {
        const matches = [...code.matchAll(new RegExp(pattern.source, 'g'))];
        if (matches.length !== 1) this.error(`lit-without-decorators: ${id} has ${matches.length} of ${pattern}`);
        magic.remove(matches[0]!.index, matches[0]!.index + matches[0]![0].length);
      }
      if (LEFT.test(magic.toString())) this.error(`lit-without-decorators: ${id} still has decorator support this rewrite does not know`);
      return {code: magic.toString(), map: magic.generateMap({hires: true, source: id})};
    },
  };
}
