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
/**
 * Requests in flight to one origin: as many as browsers open to one host over HTTP/1.1, so that no request waits
 * in the browser's queue. The others wait their turn here, and their time-out starts when they are sent, so that a
 * page with many feeds does not report a healthy server as dead.
 */
export const MAX_REQUESTS_PER_ORIGIN = 6;
/** Loaded feeds kept for reuse once no widget shows them; older ones are let go. */
export const KEPT_FEEDS = 8;
/**
 * How long a failed address is not asked again (the counter's shortest refresh period): widgets re-created on
 * `cohesion-data-error` get the same failure, and the console hears of it once.
 */
export const FAILED_FEED_PAUSE_MS = 10_000;
/** Dropped fields named in a warning, and in `cohesion-data-error`'s `detail.fields`. */
export const MAX_NAMED_FIELDS = 20;
const MAX_REMEMBERED_FAILURES = 100;

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
/** Addresses of loaded feeds that no widget holds, oldest first. */
const idle = new Set<string>();
/** Failed addresses, until when they are not asked again, and what they answered. */
const failures = new Map<string, {until: number; outcome: FeedOutcome}>();

/** Forgets every loaded and failed feed, so the next request fetches again. */
export function clearFeedCache(): void {
  for (const entry of entries.values()) if (!entry.settled) entry.controller.abort();
  entries.clear();
  idle.clear();
  failures.clear();
}

interface Queue {
  active: number;
  waiting: Set<() => void>;
}
const queues = new Map<string, Queue>();

/**
 * Waits for a turn to send a request to `origin` (see `MAX_REQUESTS_PER_ORIGIN`); resolves with the function that
 * ends the turn, or rejects when `signal` aborts first.
 */
function turn(origin: string, signal: AbortSignal): Promise<() => void> {
  let queue = queues.get(origin);
  if (!queue) queues.set(origin, (queue = {active: 0, waiting: new Set()}));
  const current = queue;
  return new Promise((resolve, reject) => {
    const cancel = () => {
      current.waiting.delete(start);
      reject(signal.reason as Error);
    };
    const start = () => {
      signal.removeEventListener('abort', cancel);
      current.active++;
      let ended = false;
      resolve(() => {
        if (ended) return;
        ended = true;
        current.active--;
        const [next] = current.waiting;
        if (next) {
          current.waiting.delete(next);
          next();
        } else if (current.active === 0) queues.delete(origin);
      });
    };
    if (signal.aborted) reject(signal.reason as Error);
    else if (current.active < MAX_REQUESTS_PER_ORIGIN) start();
    else {
      current.waiting.add(start);
      signal.addEventListener('abort', cancel, {once: true});
    }
  });
}

/** A field's name as a message quotes it: at most 100 characters. */
const cut = (field: string) => (field.length > 100 ? `${field.slice(0, 99).replace(/[\ud800-\udbff]$/, '')}…` : field);

/** The first ten of `fields`, and how many more there are: `a, b, …, j and 49990 more`. */
const listed = (fields: readonly string[], count: number) =>
  fields.slice(0, 10).join(', ') + (count > 10 ? ` and ${count - 10} more` : '');

/**
 * A feed address as messages and events show it: without the user name and password it may carry, which the
 * browser never sends anyway (a feed is public data; its address, written in the page, is public too).
 */
export const shownAddress = (address: string): string => address.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1');

const TOO_LARGE = 'larger than 1 MB';

/**
 * Reads a response's body as UTF-8, counting the bytes as they arrive (after any `Content-Encoding` is undone, so
 * a small compressed body that inflates beyond the limit is caught too). At the limit the body is cancelled: the
 * rest is never downloaded and never held in memory. Gives the text, or why it cannot be used: larger than
 * `MAX_FEED_BYTES`, or not UTF-8 (JSON is UTF-8; a Latin-1 body would show its accented letters garbled).
 */
async function readText(response: Response): Promise<{text: string} | {error: string}> {
  const reader = response.body?.getReader();
  if (!reader) return {text: ''};
  const decoder = new TextDecoder('utf-8', {fatal: true});
  // A fatal decoder throws at the first byte that is not UTF-8.
  const decode = (value?: Uint8Array) => {
    try {
      return decoder.decode(value, {stream: value !== undefined});
    } catch {
      return undefined;
    }
  };
  let text = '';
  for (let bytes = 0; ; ) {
    const {done, value} = await reader.read();
    const piece = decode(done ? undefined : value);
    if (piece === undefined) {
      void reader.cancel().catch(() => {});
      return {error: 'not UTF-8 text'};
    }
    if (done) return {text: text + piece};
    bytes += value.byteLength;
    if (bytes > MAX_FEED_BYTES) {
      void reader.cancel().catch(() => {});
      return {error: TOO_LARGE};
    }
    text += piece;
  }
}

async function fetchFeed(url: string, signal: AbortSignal): Promise<FeedOutcome> {
  // No prototype: a page whose `Object.prototype` was given a `method` or `body` must not turn this into a POST.
  const init: RequestInit = Object.assign(Object.create(null) as RequestInit, {
    signal,
    method: 'GET',
    // No cookies, no credentials: the feed is public data.
    credentials: 'omit',
    // The feed's server learns which site shows it, never which page (no path, no query string).
    referrerPolicy: 'strict-origin',
    headers: [['Accept', 'application/json']],
  } satisfies RequestInit);
  const response = await fetch(url, init);
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
  const read = await readText(response);
  if ('error' in read) return {patch: {}, problems: [], error: read.error};
  let json: unknown;
  try {
    json = JSON.parse(read.text);
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
  // The time-out and an abort end the wait even when the request does not stop (a `fetch` wrapper that drops the
  // signal).
  let stop!: () => void;
  const stopped = new Promise<never>((_, reject) => {
    stop = () => reject(signal.reason as Error);
    signal.addEventListener('abort', stop, {once: true});
  });
  // An abort while the request waits for its turn ends the wait there, and this is never raced.
  stopped.catch(() => {});
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = async (): Promise<FeedOutcome> => {
    const done = await turn(new URL(url).origin, signal);
    // The time-out counts from the request's sending, not from its wait for a turn.
    timer = setTimeout(() => controller.abort(new DOMException('time-out', 'TimeoutError')), timeout);
    try {
      return await Promise.race([fetchFeed(url, signal), stopped]);
    } finally {
      done();
    }
  };
  entry.result = send()
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
      // A feed may name 50,000 bad fields: messages and events name a few, and say how many there are.
      const count = outcome.problems.length;
      outcome.problems = outcome.problems.slice(0, MAX_NAMED_FIELDS).map(cut);
      if (outcome.error) outcome.error = cut(outcome.error);
      outcome.message = outcome.error ?? (count ? `invalid values ignored: ${listed(outcome.problems, count)}` : undefined);
      const address = shownAddress(url);
      if (outcome.error) {
        // A failed load is not kept: a widget that asks after the pause tries again.
        if (entries.get(url) === entry) entries.delete(url);
        idle.delete(url);
        if (outcome.error !== 'aborted') {
          failures.delete(url);
          failures.set(url, {until: Date.now() + FAILED_FEED_PAUSE_MS, outcome});
          for (const [oldest] of failures) {
            if (failures.size <= MAX_REMEMBERED_FAILURES) break;
            failures.delete(oldest);
          }
          warn(`The feed ${address} could not be used (${outcome.error}); showing the embedded data instead.`);
        }
      } else {
        if (count > 0) warn(`The feed ${address} has invalid values, which were ignored: ${listed(outcome.problems, count)}.`);
        if (entry.subscribers === 0) keepIdle(url, entry);
      }
      return outcome;
    });
  return entry;
}

/** Keeps a loaded feed that no widget holds for reuse, letting go of the oldest beyond `KEPT_FEEDS`. */
function keepIdle(url: string, entry: Entry): void {
  if (entries.get(url) !== entry) return;
  idle.delete(url);
  idle.add(url);
  for (const oldest of idle) {
    if (idle.size <= KEPT_FEEDS) break;
    idle.delete(oldest);
    entries.delete(oldest);
  }
}

/**
 * Asks for the feed at `src`. However many widgets ask for one address, one request is made; it is aborted when
 * the last of them releases it before it answers. Only `http:` and `https:` addresses (absolute or relative, as a
 * string or a `URL`) are fetched, a few at a time per origin. An address that failed is not asked again for
 * `FAILED_FEED_PAUSE_MS`: its failure is the answer.
 */
export function requestFeed(src: unknown, options: FeedOptions = {}): FeedRequest {
  const url = safeUrl(src);
  if (!url) {
    warn(`The feed address "${shownAddress(asText(src)).slice(0, 200)}" is not an http(s) address; showing the embedded data.`);
    const error = 'not an http(s) address';
    return {url, result: Promise.resolve({patch: {}, problems: [], error, message: error}), release() {}};
  }
  const failure = failures.get(url);
  if (failure && failure.until > Date.now()) {
    // A task later, not at once: a page that re-creates a widget on its error must not spin without end.
    const result = new Promise<FeedOutcome>((resolve) => setTimeout(() => resolve({...failure.outcome, problems: [...failure.outcome.problems]})));
    return {url, result, release() {}};
  }
  failures.delete(url);
  const maxAge = (Object.hasOwn(options, 'maxAge') ? options.maxAge! : Infinity) * 1000;
  const timeout = Object.hasOwn(options, 'timeout') ? options.timeout! : DEFAULT_FEED_TIMEOUT_MS;
  let entry = entries.get(url);
  if (!entry || (entry.settled && Date.now() - entry.loadedAt > maxAge)) {
    entry = load(url, timeout);
    entries.set(url, entry);
  }
  const current = entry;
  current.subscribers++;
  idle.delete(url);
  let released = false;
  return {
    url,
    result: current.result,
    release() {
      if (released) return;
      released = true;
      current.subscribers--;
      if (current.subscribers > 0) return;
      if (!current.settled) {
        current.controller.abort();
        if (entries.get(url) === current) entries.delete(url);
      } else {
        keepIdle(url, current);
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
    if (outcome.message) controller.report({src: shownAddress(asText(src)), message: outcome.message, fields: outcome.problems});
    controller.host.requestUpdate();
  });
}
