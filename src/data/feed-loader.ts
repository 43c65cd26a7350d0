import type {AllianceDataController, FeedSubscription} from './data-controller.js';
import {mergeData, type DataPatch} from './merge.js';
import {asText} from './text.js';
import {safeUrl} from './url.js';
import {validateFeed} from './validate.js';
import {warn} from './log.js';

/** How long a feed may take before the widgets give up on it and keep the snapshot. */
export const DEFAULT_FEED_TIMEOUT_MS = 8000;
/** A feed larger than this (in bytes, as decoded) is refused; reading stops at the limit. */
export const MAX_FEED_BYTES = 1_000_000;

export interface FeedOutcome {
  /** The valid part of the feed (empty on failure). */
  patch: DataPatch;
  /** Fields that were dropped as invalid. */
  problems: string[];
  /** Why the feed could not be used at all; absent when it loaded. */
  error?: string;
  /** What went wrong, as `cohesion-data-error` says it: the error, or the invalid values ignored; else absent. */
  message?: string;
}

export interface FeedRequest {
  /** The resolved address, or undefined when `src` was refused. */
  readonly url: string | undefined;
  readonly result: Promise<FeedOutcome>;
  /** Says this subscriber no longer needs the feed; the last one out aborts a request still under way. */
  release(): void;
}

export interface FeedOptions {
  timeout?: number;
  /** Seconds a loaded result may be reused; older results are fetched again. */
  maxAge?: number;
}

interface Entry {
  controller: AbortController;
  result: Promise<FeedOutcome>;
  subscribers: number;
  settled: boolean;
  loadedAt: number;
}

const entries = new Map<string, Entry>();

/** Forgets every loaded feed, so the next request fetches again. */
export function clearFeedCache(): void {
  for (const entry of entries.values()) if (!entry.settled) entry.controller.abort();
  entries.clear();
}

const TOO_LARGE = 'larger than 1 MB';

/**
 * Reads a response's body as UTF-8, counting the bytes as they arrive (after any `Content-Encoding` is undone, so
 * a small compressed body that inflates beyond the limit is caught too). At the limit the body is cancelled: the
 * rest is never downloaded and never held in memory. Undefined when the body is larger than `MAX_FEED_BYTES`.
 */
async function readText(response: Response): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  for (let bytes = 0; ; ) {
    const {done, value} = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > MAX_FEED_BYTES) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    text += decoder.decode(value, {stream: true});
  }
}

async function fetchFeed(url: string, signal: AbortSignal): Promise<FeedOutcome> {
  const response = await fetch(url, {
    signal,
    // No cookies, no credentials: the feed is public data.
    credentials: 'omit',
    // The feed's server learns which site shows it, never which page (no path, no query string).
    referrerPolicy: 'strict-origin',
    headers: {Accept: 'application/json'},
  });
  const refuse = (error: string): FeedOutcome => {
    // An unread body would go on downloading.
    void response.body?.cancel().catch(() => {});
    return {patch: {}, problems: [], error};
  };
  // A `fetch` wrapped by another script may answer after the time-out or the abort it ignored.
  if (signal.aborted) {
    refuse('aborted');
    throw signal.reason;
  }
  // The browser follows redirects before the widget can object; the data of another origin is not used.
  const final = response.url || url;
  const origin = new URL(final).origin;
  if (origin !== new URL(url).origin) return refuse(`redirected to another origin (${origin})`);
  if (!response.ok) return refuse(`HTTP ${response.status}`);
  if (Number(response.headers.get('content-length')) > MAX_FEED_BYTES) return refuse(TOO_LARGE);
  const text = await readText(response);
  if (text === undefined) return {patch: {}, problems: [], error: TOO_LARGE};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {patch: {}, problems: [], error: 'not valid JSON'};
  }
  const {patch, problems, usable} = validateFeed(json, final);
  return usable ? {patch, problems} : {patch: {}, problems, error: problems[0] ?? 'no usable data'};
}

function load(url: string, timeout: number): Entry {
  const controller = new AbortController();
  const {signal} = controller;
  const entry: Entry = {controller, subscribers: 0, settled: false, loadedAt: 0, result: Promise.resolve({patch: {}, problems: []})};
  const timer = setTimeout(() => controller.abort(new DOMException('time-out', 'TimeoutError')), timeout);
  // The time-out and an abort end the wait even when the request does not stop (a `fetch` wrapper that drops the
  // signal).
  let stop!: () => void;
  const stopped = new Promise<never>((_, reject) => {
    stop = () => reject(signal.reason as Error);
    signal.addEventListener('abort', stop, {once: true});
  });
  entry.result = Promise.race([fetchFeed(url, signal), stopped])
    .catch((error: unknown): FeedOutcome => {
      const reason = signal.reason as unknown;
      if (reason instanceof DOMException && reason.name === 'TimeoutError') {
        return {patch: {}, problems: [], error: `no answer within ${timeout} ms`};
      }
      if (signal.aborted) return {patch: {}, problems: [], error: 'aborted'};
      return {patch: {}, problems: [], error: error instanceof Error ? `unreachable (${error.message})` : 'unreachable'};
    })
    .then((outcome) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
      entry.settled = true;
      entry.loadedAt = Date.now();
      outcome.message = outcome.error ?? (outcome.problems.length ? `invalid values ignored: ${outcome.problems.join(', ')}` : undefined);
      if (outcome.error) {
        // A failed load is not kept: the next widget to ask tries again.
        if (entries.get(url) === entry) entries.delete(url);
        if (outcome.error !== 'aborted') {
          warn(`The feed ${url} could not be used (${outcome.error}); showing the embedded data instead.`);
        }
      } else if (outcome.problems.length > 0) {
        warn(`The feed ${url} has invalid values, which were ignored: ${outcome.problems.join(', ')}.`);
      }
      return outcome;
    });
  return entry;
}

/**
 * Asks for the feed at `src`. However many widgets ask for one address, one request is made; it is aborted when
 * the last of them releases it before it answers. Only `http:` and `https:` addresses (absolute or relative, as a
 * string or a `URL`) are fetched.
 */
export function requestFeed(src: unknown, options: FeedOptions = {}): FeedRequest {
  const url = safeUrl(src);
  if (!url) {
    warn(`The feed address "${asText(src).slice(0, 200)}" is not an http(s) address; showing the embedded data.`);
    const error = 'not an http(s) address';
    return {url, result: Promise.resolve({patch: {}, problems: [], error, message: error}), release() {}};
  }
  const maxAge = (options.maxAge ?? Infinity) * 1000;
  let entry = entries.get(url);
  if (!entry || (entry.settled && Date.now() - entry.loadedAt > maxAge)) {
    entry = load(url, options.timeout ?? DEFAULT_FEED_TIMEOUT_MS);
    entries.set(url, entry);
  }
  const current = entry;
  current.subscribers++;
  let released = false;
  return {
    url,
    result: current.result,
    release() {
      if (released) return;
      released = true;
      current.subscribers--;
      if (current.subscribers === 0 && !current.settled) {
        current.controller.abort();
        if (entries.get(url) === current) entries.delete(url);
      }
    },
  };
}

/**
 * Loads a widget's feed and shows its data when it answers: laid over the embedded data, or the data shown so far
 * kept when it fails (the `error` status where that is the snapshot). A problem is reported on the widget. An
 * answer comes to nothing once the widget no longer waits for it (it was removed, or its `src` changed).
 */
export function follow(controller: AllianceDataController, subscription: FeedSubscription, src: unknown, maxAge: number): void {
  if (!controller.waitsFor(subscription)) return;
  const request = requestFeed(src, {maxAge});
  subscription.request = request;
  void request.result.then((outcome) => {
    if (!controller.waitsFor(subscription) || outcome.error === 'aborted') return;
    if (!outcome.error) {
      controller.data = mergeData(controller.snapshot, outcome.patch);
      controller.status = 'live';
    } else if (controller.status !== 'live') {
      // Data that loaded before stays when a later refresh fails.
      controller.status = 'error';
    }
    if (outcome.message) controller.report({src: asText(src), message: outcome.message, fields: outcome.problems});
    controller.host.requestUpdate();
  });
}
