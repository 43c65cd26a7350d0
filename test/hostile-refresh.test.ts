import {aTimeout, expect, fixture, html} from '@open-wc/testing';
import '../src/components/supporter-counter/cohesion-supporter-counter.js';
import {MAX_REFRESH_SECONDS, MIN_REFRESH_SECONDS, type CohesionSupporterCounter} from '../src/components/supporter-counter/supporter-counter.js';
import {clearFeedCache} from '../src/data/feed-loader.js';
import {captureWarnings, feedUrl} from './support/feeds.js';

// What a `refresh` far larger than anyone means does: a timer cannot wait longer than 2³¹−1 ms (24.8 days).

const key = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** How many requests the test server got with `key` (see test/server/feed-middleware.mjs). */
async function requestsSeen(key: string): Promise<number> {
  return ((await (await fetch(`/__feed/seen?key=${key}`)).json()) as {requests: number} | null)?.requests ?? 0;
}

const FEED = {supporters: {figures: {regions: 141}}};

afterEach(() => clearFeedCache());

describe('a large refresh', () => {
  const realNow = Date.now;
  afterEach(() => {
    Date.now = realNow;
  });

  /** The requests one counter with `refresh` makes to a slow feed (300 ms) within `ms`. */
  async function requestsWithin(refresh: string, ms: number): Promise<{requests: number; warnings: string[]}> {
    const id = key();
    const src = feedUrl({body: FEED, delay: 300}).replace('/__feed?', `/__feed?key=${id}&`);
    const warnings = await captureWarnings(async () => {
      const el = await fixture<CohesionSupporterCounter>(html`<cohesion-supporter-counter no-animation refresh=${refresh} src=${src}></cohesion-supporter-counter>`);
      await aTimeout(ms);
      el.remove();
    });
    return {requests: await requestsSeen(id), warnings};
  }

  // Over 2³¹−1 ms, `setTimeout` fires at once: each tick aborted the request under way and started the next.
  for (const refresh of ['5184000', '2147484', '1e308']) {
    it(`makes one request in two seconds with refresh="${refresh}", lowered to a day with one warning`, async () => {
      const {requests, warnings} = await requestsWithin(refresh, 2000);
      expect(requests).to.equal(1);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`is over ${MAX_REFRESH_SECONDS} seconds (a day); using ${MAX_REFRESH_SECONDS}`);
    });
  }

  it('makes one request in two seconds with refresh of 30 days, on a date where the next tick is 30 days away', async () => {
    const period = 30 * 86400 * 1000;
    // The next multiple of 30 days is a full period away: further than a timer can wait.
    const offset = Math.ceil(realNow() / period) * period - realNow();
    Date.now = () => realNow() + offset;
    const {requests} = await requestsWithin('2592000', 2000);
    expect(requests).to.equal(1);
  });

  it(`never reads the feed again within ${MIN_REFRESH_SECONDS} seconds of its last read`, async () => {
    const period = MIN_REFRESH_SECONDS * 1000;
    // Connected 100 ms before a multiple of the period, when the counters' shared tick is due.
    const offset = Math.ceil(realNow() / period) * period - 100 - realNow();
    Date.now = () => realNow() + offset;
    const {requests} = await requestsWithin(String(MIN_REFRESH_SECONDS), 1500);
    expect(requests).to.equal(1);
  });
});

