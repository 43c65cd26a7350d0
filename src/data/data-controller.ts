import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {CohesionDataErrorEvent, type DataErrorDetail} from '../events/data-error.js';
import type {AllianceData} from './model.js';
import {SNAPSHOT} from './snapshot.js';

export type DataStatus = 'snapshot' | 'loading' | 'live' | 'error';

// `src` as scripts and frameworks set it: a string, a `URL`, or anything else.
type Host = ReactiveControllerHost & HTMLElement & {src?: unknown};

/** A widget's wait for its feed. The feed's loader sets the request it makes for it, which the widget releases. */
export interface FeedSubscription {
  request?: {release(): void};
}

/**
 * Gives a widget the alliance data: the embedded snapshot, with the widget's `src` feed laid over it once it
 * loads. Widgets that share a feed address share one request; a failed feed leaves the snapshot in place and
 * fires `cohesion-data-error` on the widget.
 */
export class AllianceDataController implements ReactiveController {
  data: AllianceData = SNAPSHOT;
  status: DataStatus = 'snapshot';

  readonly host: Host;
  /** The embedded data, which a feed's data is laid over. */
  readonly snapshot: AllianceData = SNAPSHOT;
  #subscription?: FeedSubscription;
  #src?: unknown;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    // A removed widget may still update once (a last state change); it must not start a request nobody releases.
    if (this.host.isConnected) this.#sync();
  }

  hostDisconnected(): void {
    this.#release();
  }

  /** Fetches the feed again unless a load of it is under `maxAge` seconds old. */
  reload(maxAge = 0): void {
    const src = this.#src;
    if (!src) return;
    this.#release();
    this.#subscribe(src, maxAge);
  }

  #sync(): void {
    const value = this.host.src;
    // A `URL` gives its address; a value that is neither a string nor a `URL` goes on to the loader, which refuses it.
    const src = (value instanceof URL ? value.href : typeof value == 'string' ? value.trim() : value) || undefined;
    if (src === this.#src) return;
    this.#release();
    if (src) {
      this.#subscribe(src, Infinity);
    } else {
      this.data = SNAPSHOT;
      this.status = 'snapshot';
    }
  }

  /** Whether the widget still waits for `subscription`: it is not released, and no later one replaced it. */
  waitsFor(subscription: FeedSubscription): boolean {
    return this.#subscription === subscription;
  }

  /** Tells the page what went wrong with the feed: `cohesion-data-error` on the widget. */
  report(detail: DataErrorDetail): void {
    this.host.dispatchEvent(new CohesionDataErrorEvent(detail));
  }

  #subscribe(src: unknown, maxAge: number): void {
    const subscription: FeedSubscription = {};
    this.#src = src;
    this.#subscription = subscription;
    if (this.status !== 'live') this.status = 'loading';
    // The loader, and what follows from the feed's answer, are fetched only by pages that name a feed.
    void import('./feed-loader.js').then((loader) => loader.follow(this, subscription, src, maxAge));
  }

  #release(): void {
    this.#subscription?.request?.release();
    this.#subscription = undefined;
    this.#src = undefined;
  }
}
