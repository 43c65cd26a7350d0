import {documentProperty} from './page.js';

/** Schemes a link or feed address may use. Everything else (`javascript:`, `data:`, `blob:`, ...) is refused. */
const SAFE_PROTOCOL = /^https?:$/;

/**
 * Resolves `value` against `base` and returns it when it is an `http:` or `https:` address (absolute or relative),
 * or `undefined` for anything else (a value that is neither a string nor a `URL` included). Data from feeds and
 * pages goes through here before it becomes a link.
 */
export function safeUrl(value: unknown, base: string | undefined = globalThis.document && documentProperty('baseURI')): string | undefined {
  if (value instanceof URL) value = value.href;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 2048) return undefined;
  try {
    const url = new URL(trimmed, base);
    return SAFE_PROTOCOL.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
