// Reads the text of XLIFF files (as lit-localize writes them in locales/) without a file system: for Node's scripts
// and tests (through xliff.mjs) and for the configurator in the browser alike.

export const decode = (s) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The messages of one XLIFF file: id → {source, target}, markup and placeholders left as written. */
export function parseXliff(xml) {
  const units = new Map();
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    units.set(id, {source, target});
  }
  return units;
}

// Only the white space a file's layout adds (HTML's ASCII white space): JavaScript's `\s` would also take the
// no-break spaces (U+00A0, U+202F) a translation puts inside numbers, before French punctuation or after a
// one-letter preposition.
const LAYOUT_SPACE = /[ \t\n\r\f]+/g;

/** `text` with each run of ordinary white space made one space and none at either end; no-break spaces kept. */
export const collapseSpace = (text) => text.replace(LAYOUT_SPACE, ' ').replace(/^ | $/g, '');

/** A message without placeholders as plain text, its ordinary white space collapsed. */
export const plainText = (text) => collapseSpace(decode(text));

/** A message as plain text with its placeholders (`<x id="0"/>`, …) replaced by `values`, in order of id. */
export const fillPlaceholders = (text, values) =>
  collapseSpace(
    text
      .split(/<x id="(\d+)"[^>]*\/>/)
      .map((part, i) => (i % 2 ? (values[Number(part)] ?? '') : decode(part)))
      .join(''),
  );
