import {reported} from '../../src/data/log.js';

performance.setResourceTimingBufferSize(100000);

/** Builds an address on the test feed server (see test/server/feed-middleware.mjs). */
export function feedUrl(options: {body?: unknown; status?: number; type?: string; delay?: number; many?: number; raw?: string} = {}): string {
  const params = new URLSearchParams();
  if (options.raw !== undefined) params.set('body', options.raw);
  else if (options.body !== undefined) params.set('body', JSON.stringify(options.body));
  if (options.status) params.set('status', String(options.status));
  if (options.type) params.set('type', options.type);
  if (options.delay) params.set('delay', String(options.delay));
  if (options.many) params.set('many', String(options.many));
  // Every address is distinct, so that no test shares a cached feed with another.
  params.set('id', `${Date.now()}-${Math.random().toString(36).slice(2)}`);
  return `/__feed?${params}`;
}

/** How many requests the page has made to addresses that start with `prefix`. */
export function requestsTo(prefix: string): number {
  const absolute = new URL(prefix, document.baseURI).href;
  return performance.getEntriesByType('resource').filter((entry) => entry.name.startsWith(absolute)).length;
}

/** Collects the console warnings made while `run` runs. */
export async function captureWarnings(run: () => Promise<unknown> | unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await run();
    // Warnings are written once their texts have loaded.
    await reported();
  } finally {
    console.warn = original;
  }
  return warnings;
}
