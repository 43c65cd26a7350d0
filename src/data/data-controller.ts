import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {CohesionDataErrorEvent} from '../events/data-error.js';
import type {FeedRequest} from './feed-loader.js';
import type {mergeData} from './merge.js';
import type {AllianceData} from './model.js';
import {SNAPSHOT} from './snapshot.js';
import {asText} from './text.js';

export type DataStatus = 'snapshot' | 'loading' | 'live' | 'error';

// `src` as scripts and frameworks set it: a string, a `URL`, or anything else.
type Host = ReactiveControllerHost & HTMLElement & {src?: unknown};

/**
 * Gives a widget the alliance data: the embedded snapshot, with the widget's `src` feed laid over it once it
 * loads. Widgets that share a feed address share one request; a failed feed leaves the snapshot in place and
 * fires `cohesion-data-error` on the widget.
 */
export class AllianceDataController implements ReactiveController {
  data: AllianceData = SNAPSHOT;
  status: DataStatus = 'snapshot';

  readonly #host: Host;
  #request?: {release(): void};
  #src?: unknown;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    // A removed widget may still update once (a last state change); it must not start a request nobody releases.
    if (this.#host.isConnected) this.#sync();
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
    const value = this.#host.src;
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

  #subscribe(src: unknown, maxAge: number): void {
    let request: FeedRequest | undefined;
    let merge: typeof mergeData;
    // Released once it is no longer the controller's request (see `#release`).
    const handle = {release: () => request?.release()};
    this.#src = src;
    this.#request = handle;
    if (this.status !== 'live') this.status = 'loading';
    // The loader is fetched only by pages that name a feed.
    void import('./feed-loader.js')
      .then((loader) => {
        if (this.#request !== handle) return undefined;
        merge = loader.mergeData;
        request = loader.requestFeed(src, {maxAge});
        return request.result;
      })
      .then((outcome) => {
        if (!outcome || this.#request !== handle || outcome.error === 'aborted') return;
        if (!outcome.error) {
          this.data = merge(SNAPSHOT, outcome.patch);
          this.status = 'live';
        } else if (this.status !== 'live') {
          // Data that loaded before stays when a later refresh fails.
          this.status = 'error';
        }
        if (outcome.message) {
          this.#host.dispatchEvent(new CohesionDataErrorEvent({src: asText(src), message: outcome.message, fields: outcome.problems}));
        }
        this.#host.requestUpdate();
      });
  }

  #release(): void {
    this.#request?.release();
    this.#request = undefined;
    this.#src = undefined;
  }
}
