import type {Warnings} from './warnings.js';

/** Writes a warning to the console, marked as the library's. */
export function warn(message: string): void {
  console.warn(`[cohesion-alliance] ${message}`);
}

let texts: Promise<Warnings | undefined> | undefined;
let last: Promise<void> = Promise.resolve();

/**
 * Warns about a page's mistake, `key` with the values it quotes (see `warnings.ts`). The texts load with the first
 * warning, in one small chunk; warnings are written in the order they were made. Where the chunk cannot load, the
 * warning still names its key and values.
 */
export function report<K extends keyof Warnings>(key: K, ...values: Parameters<Warnings[K]>): void {
  texts ??= import('./warnings.js').then(
    (module) => module.WARNINGS,
    () => undefined,
  );
  last = texts.then((all) => warn(all ? (all[key] as (...values: unknown[]) => string)(...values) : `${key}: ${values.join(' ')}`));
}

const missing = new Set<string>();

/** Warns, once per page, that a feature of the browser is missing or broken (see `platform` in `warnings.ts`). */
export function reportMissing(feature: string): void {
  if (missing.has(feature)) return;
  missing.add(feature);
  report('platform', feature);
}

/** Resolves once every warning made so far is written. */
export async function reported(): Promise<void> {
  for (let current; current !== last; ) await (current = last);
}
