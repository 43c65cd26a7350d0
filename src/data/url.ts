import {documentProperty} from './page.js';

/** Schemes a link or feed address may use. Everything else (`javascript:`, `data:`, `blob:`, ...) is refused. */
const SAFE_PROTOCOL = /^https?:$/;

/**
 * Resolves `value` against `base` and returns it when it is an `http:` or `https:` address (absolute or relative)
 * without a user name or password, or `undefined` for anything else (a value that is neither a string nor a `URL`
 * included). Data from feeds and pages goes through here before it becomes a link.
 */
export function safeUrl(value: unknown, base: string | undefined = globalThis.document && documentProperty('baseURI')): string | undefined {
  if (value instanceof URL) value = value.href;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 2048) return undefined;
  try {
    const url = new URL(trimmed, base);
    // A user name or password hides where a link leads: `https://cor.europa.eu@evil.example/` goes to evil.example.
    return SAFE_PROTOCOL.test(url.protocol) && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}
