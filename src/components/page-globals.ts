/**
 * Keeps the page's named elements from stopping Lit as it loads. Any element with an `id` (and an `<img>`, `<form>`,
 * `<embed>` or `<object>` with a `name`) is a property of `window` under that name while no real one exists: one
 * `<div id="litHtmlVersions">` makes Lit's `(globalThis.litHtmlVersions ??= []).push(…)` throw, and
 * `<div id="litHtmlPolyfillSupport">` is called as a hook. Sanitised user content (a comment) can carry such ids.
 *
 * Imported before Lit, this module gives each global that an element stands in for a value of the kind Lit expects,
 * as a property of `window` (which comes before named elements); `releasePageGlobals`, called once Lit has loaded,
 * removes those again, so that the page reads its elements by name as before. `litPropertyMetadata` stays: Lit reads
 * it whenever an element class is defined. Globals that hold real values (another Lit, a polyfill) are left alone.
 */
const LIST = (): unknown[] => [];
const NONE = (): undefined => undefined;
const SHIELDS: [name: string, value: () => unknown][] = [
  ['litHtmlVersions', LIST],
  ['reactiveElementVersions', LIST],
  ['litElementVersions', LIST],
  ['litHtmlPolyfillSupport', NONE],
  ['reactiveElementPolyfillSupport', NONE],
  ['litElementPolyfillSupport', NONE],
  ['litElementHydrateSupport', NONE],
  // Read as the polyfill of shadow DOM: an element of that name would make Lit write `<style>` elements, which a
  // strict Content-Security-Policy refuses, instead of adopting its style sheets.
  ['ShadyCSS', NONE],
  ['litPropertyMetadata', () => new WeakMap()],
];

const shielded: string[] = [];
const scope = globalThis as unknown as Record<string, unknown>;
// Named access gives an element, or a collection where several share the name; on a server there is neither.
const named = (value: unknown) =>
  typeof Element == 'function' && (value instanceof Element || value instanceof HTMLCollection);
for (const [name, value] of SHIELDS) {
  if (named(scope[name])) {
    Object.defineProperty(globalThis, name, {value: value(), configurable: true, writable: true});
    if (name !== 'litPropertyMetadata') shielded.push(name);
  }
}

/** Gives the page back its named elements, once Lit has loaded. */
export function releasePageGlobals(): void {
  for (const name of shielded.splice(0)) delete scope[name];
}
