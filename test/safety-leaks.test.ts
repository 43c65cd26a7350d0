import {aTimeout, expect} from '@open-wc/testing';
import '../src/index.js';
import {DEFAULT_FEED_TIMEOUT_MS, MAX_REQUESTS_PER_ORIGIN} from '../src/data/feed-loader.js';
import {feedUrl} from './support/feeds.js';
import {setPageLanguage} from './support/locale.js';
import {WIDGET_TAGS} from './support/safety.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

/**
 * Counts what the widgets leave running: listeners on anything outside their own elements (window, document, media
 * queries, signals), timers, intervals, animation frames, observers that still observe, and feed requests neither
 * answered nor aborted. Installed after the page-wide language observer (one MutationObserver on <html> and one
 * `languagechange` listener, set up once per page by src/i18n/localization.ts, not per widget), so only what the
 * widgets themselves start is counted.
 */
class Instruments {
  readonly listeners = new Map<string, number>();
  readonly timers = new Map<number, string>();
  readonly intervals = new Set<number>();
  readonly frames = new Set<number>();
  readonly observers = new Set<{kind: string}>();
  readonly requests = new Set<{url: string; signal?: AbortSignal | null}>();
  readonly started = {listeners: 0, timers: 0, frames: 0, observers: 0, requests: 0};
  private readonly restores: Array<() => void> = [];
  private readonly keys = new WeakMap<object, number>();
  private nextKey = 0;

  constructor(private readonly inside: (target: EventTarget) => boolean) {}

  private key(value: object): number {
    let key = this.keys.get(value);
    if (key === undefined) this.keys.set(value, (key = ++this.nextKey));
    return key;
  }

  private listenerKey(target: EventTarget, type: string, listener: unknown, options: unknown): string {
    const capture = typeof options === 'boolean' ? options : Boolean((options as {capture?: boolean} | undefined)?.capture);
    const name = target === window ? 'window' : target === document ? 'document' : (target.constructor?.name ?? 'target');
    return `${name}#${this.key(target)} ${type} #${this.key(listener as object)}${capture ? ' capture' : ''}`;
  }

  private patch<T extends object, K extends keyof T>(owner: T, name: K, replacement: T[K]): void {
    const original = owner[name];
    owner[name] = replacement;
    this.restores.push(() => (owner[name] = original));
  }

  install(): void {
    const {listeners, timers, intervals, frames, observers, requests, started, inside} = this;
    const listenerKey = (target: EventTarget, type: string, listener: unknown, options: unknown) => this.listenerKey(target, type, listener, options);
    const proto = EventTarget.prototype;
    const add = proto.addEventListener;
    const remove = proto.removeEventListener;
    this.patch(proto, 'addEventListener', function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (listener && !inside(this)) {
        const key = listenerKey(this, type, listener, options);
        const once = typeof options === 'object' && options.once;
        listeners.set(key, (listeners.get(key) ?? 0) + 1);
        started.listeners++;
        if (once) {
          const forget = () => listeners.delete(key);
          add.call(this, type, forget, {once: true, capture: typeof options === 'object' ? options.capture : false});
        }
        if (typeof options === 'object' && options.signal) add.call(options.signal, 'abort', () => listeners.delete(key));
      }
      return add.call(this, type, listener, options);
    });
    this.patch(proto, 'removeEventListener', function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if (listener) listeners.delete(listenerKey(this, type, listener, options));
      return remove.call(this, type, listener, options);
    });

    const timeout = window.setTimeout;
    const clear = window.clearTimeout;
    this.patch(window, 'setTimeout', ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
      const id: number = timeout(
        (...rest: unknown[]) => {
          timers.delete(id);
          if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...rest);
        },
        delay,
        ...args,
      );
      timers.set(id, `${delay ?? 0} ms`);
      started.timers++;
      return id;
    }) as typeof window.setTimeout);
    this.patch(window, 'clearTimeout', ((id?: number) => {
      if (id !== undefined) timers.delete(id);
      clear(id);
    }) as typeof window.clearTimeout);

    const interval = window.setInterval;
    const clearInterval_ = window.clearInterval;
    this.patch(window, 'setInterval', ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
      const id = interval(handler, delay, ...args);
      intervals.add(id);
      started.timers++;
      return id;
    }) as typeof window.setInterval);
    this.patch(window, 'clearInterval', ((id?: number) => {
      if (id !== undefined) intervals.delete(id);
      clearInterval_(id);
    }) as typeof window.clearInterval);

    const frame = window.requestAnimationFrame;
    const cancel = window.cancelAnimationFrame;
    this.patch(window, 'requestAnimationFrame', (callback: FrameRequestCallback) => {
      const id = frame((now) => {
        frames.delete(id);
        callback(now);
      });
      frames.add(id);
      started.frames++;
      return id;
    });
    this.patch(window, 'cancelAnimationFrame', (id: number) => {
      frames.delete(id);
      cancel(id);
    });

    for (const kind of ['IntersectionObserver', 'MutationObserver', 'ResizeObserver'] as const) {
      const Original = window[kind] as unknown as new (...args: unknown[]) => {observe(...a: unknown[]): void; disconnect(): void};
      const Tracked = class extends Original {
        readonly kind = kind;
        override observe(...args: unknown[]): void {
          observers.add(this);
          started.observers++;
          super.observe(...args);
        }
        override disconnect(): void {
          observers.delete(this);
          super.disconnect();
        }
      };
      this.patch(window as unknown as Record<string, unknown>, kind, Tracked);
    }

    const fetch_ = window.fetch;
    const listen = add;
    this.patch(window, 'fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      const request = {url: String(input instanceof Request ? input.url : input), signal: init?.signal};
      requests.add(request);
      started.requests++;
      const done = () => requests.delete(request);
      if (init?.signal) listen.call(init.signal, 'abort', done);
      return fetch_(input, init).then(
        (response) => {
          done();
          return response;
        },
        (error: unknown) => {
          done();
          throw error;
        },
      );
    });
  }

  restore(): void {
    for (const restore of this.restores.splice(0).reverse()) restore();
  }

  /** What is still running, by kind. */
  report() {
    return {
      listeners: [...this.listeners.keys()],
      timers: [...this.timers.values()],
      intervals: this.intervals.size,
      frames: this.frames.size,
      observers: [...this.observers].map((observer) => observer.kind),
      requests: [...this.requests].map((request) => request.url),
    };
  }
}

/**
 * True for targets that go with the widgets: their own hosts and shadow trees (Lit binds listeners in a template's
 * fragment before it is attached, so those are any node but the page's own window, document, <html> and <body>).
 */
function ownedByWidgets(target: EventTarget): boolean {
  return target instanceof Node && target !== document && target !== document.documentElement && target !== document.body;
}

/** Waits until `condition` holds (a waitUntil would leave its own time-out timer behind). */
async function until(condition: () => boolean, tries = 500): Promise<void> {
  for (let i = 0; i < tries && !condition(); i++) await aTimeout(20);
  expect(condition(), 'condition reached').to.equal(true);
}

before(async () => {
  // The page-wide language observer and translations, once per page, before anything is counted.
  await setPageLanguage('fr');
  await setPageLanguage('en');
});

describe('no leaks', () => {
  it('a thousand widgets created and removed leave no listeners, observers, timers, frames or requests behind', async function () {
    this.timeout(60000);
    const container = document.createElement('div');
    const instruments = new Instruments(ownedByWidgets);
    // Slow feeds: every request is still under way when its widgets go, so each must be aborted.
    const feeds = Array.from({length: 20}, () => feedUrl({body: {supporters: {figures: {regions: 150}}}, delay: 25000}));
    instruments.install();
    let created: Widget[] = [];
    try {
      document.body.append(container);
      created = Array.from({length: 1000}, (_, i) => {
        const el = document.createElement(WIDGET_TAGS[i % WIDGET_TAGS.length]!) as Widget;
        el.setAttribute('src', feeds[i % feeds.length]!);
        if (el.localName === 'cohesion-supporter-counter') el.setAttribute('refresh', '30');
        if (el.localName === 'cohesion-join-badge') el.setAttribute('show-count', '');
        return el;
      });
      // Counters first, so that some are on screen: they count up and schedule their refresh.
      created.sort((a, b) => Number(b.localName === 'cohesion-supporter-counter') - Number(a.localName === 'cohesion-supporter-counter'));
      container.append(...created);
      await Promise.all(created.map((el) => el.updateComplete));
      // The feeds share an origin: a few are sent, the others wait their turn (and their time-out does not start).
      const sent = Math.min(feeds.length, MAX_REQUESTS_PER_ORIGIN);
      await until(() => instruments.requests.size === sent);
      await aTimeout(50);

      // The instruments saw the widgets at work; otherwise the empty report below would prove nothing.
      const running = instruments.report();
      expect(instruments.started.listeners, 'listeners added').to.be.greaterThan(0);
      expect(instruments.started.observers, 'observers started').to.be.at.least(250);
      const feedTimeout = `${DEFAULT_FEED_TIMEOUT_MS} ms`;
      expect(running.timers.filter((t) => t === feedTimeout), 'feed time-outs pending').to.have.length(sent);
      // The count-up and the refresh run only in a visible page; the runner may test this file in a background tab.
      if (document.visibilityState === 'visible') {
        expect(instruments.started.frames, 'animation frames requested').to.be.greaterThan(0);
        expect(running.timers.filter((t) => t !== feedTimeout).length, 'counter refreshes pending').to.be.greaterThan(0);
      }
      expect(running.requests, 'feed requests under way').to.have.length(sent);

      container.remove();
      // Anything due at once (a zero-delay timer, a last frame) runs; what stays is what was never stopped. A frame
      // requested and never cancelled stays pending too (a hidden tab runs none).
      await aTimeout(150);
      expect(instruments.report()).to.deep.equal({listeners: [], timers: [], intervals: 0, frames: 0, observers: [], requests: []});
    } finally {
      instruments.restore();
      container.remove();
    }
  });

  it('a widget moved within the page keeps working and, once removed, leaves nothing behind', async () => {
    const container = document.createElement('div');
    const instruments = new Instruments(ownedByWidgets);
    instruments.install();
    try {
      document.body.append(container);
      const first = document.createElement('div');
      const second = document.createElement('div');
      container.append(first, second);
      const elements = WIDGET_TAGS.map((tag) => {
        const el = document.createElement(tag) as Widget;
        el.setAttribute('src', feedUrl({body: {supporters: {figures: {regions: 150}}}, delay: 25000}));
        first.append(el);
        return el;
      });
      await Promise.all(elements.map((el) => el.updateComplete));
      // A framework re-parenting the widgets disconnects and reconnects them.
      second.append(...elements);
      await Promise.all(elements.map((el) => el.updateComplete));
      await aTimeout(100);
      expect(elements.every((el) => el.shadowRoot!.textContent!.trim().length > 0)).to.equal(true);
      await until(() => instruments.requests.size === elements.length);
      container.remove();
      await aTimeout(100);
      // Two frames' time: a frame requested and never cancelled would still be pending (a hidden tab runs none).
      await aTimeout(50);
      expect(instruments.report()).to.deep.equal({listeners: [], timers: [], intervals: 0, frames: 0, observers: [], requests: []});
    } finally {
      instruments.restore();
      container.remove();
    }
  });
});
