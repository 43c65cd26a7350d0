export interface XliffUnit {
  source?: string;
  target?: string;
}

export function decode(s: string): string;
/** The messages of one XLIFF file: id → {source, target}, markup and placeholders left as written. */
export function parseXliff(xml: string): Map<string, XliffUnit>;
/** `text` with each run of ordinary white space made one space and none at either end; no-break spaces kept. */
export function collapseSpace(text: string): string;
/** A message without placeholders as plain text, its ordinary white space collapsed. */
export function plainText(text: string): string;
/** A message as plain text with its placeholders (`<x id="0"/>`, …) replaced by `values`, in order of id. */
export function fillPlaceholders(text: string, values: readonly string[]): string;
