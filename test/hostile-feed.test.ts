import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/components/supporter-counter/cohesion-supporter-counter.js';
import type {CohesionSupporterCounter} from '../src/components/supporter-counter/supporter-counter.js';
import {clearFeedCache, MAX_FEED_BYTES, requestFeed} from '../src/data/feed-loader.js';
import {captureWarnings, feedUrl} from './support/feeds.js';
import {watchPage} from './support/safety.js';

// What a hostile or careless feed server and another script's `fetch` wrapper do to the widgets.

const key = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** What the test server saw of the requests made with `key` (see test/server/feed-middleware.mjs). */
async function seen(key: string): Promise<{requests: number; referers: (string | null)[]} | null> {
  return (await fetch(`/__feed/seen?key=${key}`)).json();
}

/** How much of a `/__feed/stream` answer the test server wrote before the reader stopped. */
async function sent(key: string): Promise<{sent: number; total: number; closed: boolean}> {
  return (await fetch(`/__feed/sent?key=${key}`)).json();
}

const streamUrl = (key: string, params: Record<string, string | number>) =>
  `/__feed/stream?${new URLSearchParams({key, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]))})}`;

const FEED = {supporters: {figures: {regions: 141}}};

afterEach(() => clearFeedCache());

describe('the 1 MB limit', () => {
  it('stops reading a feed without Content-Length at 1 MB and cancels it: the server sends a fraction of its 20 MB', async () => {
    const id = key();
    const outcome = await requestFeed(streamUrl(id, {bytes: 20_000_000})).result;
    await waitUntil(async () => (await sent(id)).closed, 'the body was not cancelled', {timeout: 5000});
    const {sent: bytes, total} = await sent(id);
    expect(total).to.equal(20_000_000);
    // The reader stops at 1 MB; the server has written more by the time it learns so: a few pieces in Chromium and
    // WebKit, and up to a few MB in Firefox, whose network process reads ahead of the page (4.4 MB seen).
    expect(bytes).to.be.below(6 * MAX_FEED_BYTES);
    expect(outcome.error).to.equal('larger than 1 MB');
  });

  it('refuses an honest Content-Length over 1 MB at once and cancels the body', async () => {
    const id = key();
    const outcome = await requestFeed(streamUrl(id, {bytes: 50_000_000, length: 'honest'})).result;
    await waitUntil(async () => (await sent(id)).closed, 'the body was not cancelled', {timeout: 5000});
    expect((await sent(id)).sent).to.be.below(3 * MAX_FEED_BYTES);
    expect(outcome.error).to.equal('larger than 1 MB');
  });

  it('counts bytes, not characters: 1.8 MB of three-byte characters (600,000 of them) is refused', async () => {
    const id = key();
    const warnings = await captureWarnings(async () => {
      const outcome = await requestFeed(streamUrl(id, {bytes: 1_800_000, fill: '€'})).result;
      expect(outcome.error).to.equal('larger than 1 MB');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('larger than 1 MB');
  });

  it('counts the bytes a gzip body inflates to, not the compressed ones', async () => {
    const id = key();
    // 20 MB of JSON, about 20 KB compressed, with that honest compressed Content-Length.
    const outcome = await requestFeed(streamUrl(id, {bytes: 20_000_000, gzip: 1, length: 'honest'})).result;
    expect((await sent(id)).total).to.be.below(100_000);
    expect(outcome.error).to.equal('larger than 1 MB');
  });

  it('reads a feed of just under 1 MB in full, in many pieces', async () => {
    const id = key();
    const outcome = await requestFeed(streamUrl(id, {bytes: MAX_FEED_BYTES - 10, fill: 'é'})).result;
    expect(outcome.error).to.equal(undefined);
    expect(outcome.patch.supporters?.figures).to.deep.equal([{category: 'regions', value: 141, lowerBound: false}]);
  });
});

describe('what the feed server learns', () => {
  it('gets the origin of the page as Referer, never its path or query string', async () => {
    const id = key();
    // The test page's own address has a query string (`?wtr-session-id=…`).
    expect(location.search).to.not.equal('');
    await requestFeed(feedUrl({body: FEED}).replace('/__feed?', `/__feed?key=${id}&`)).result;
    expect((await seen(id))?.referers).to.deep.equal([`${location.origin}/`]);
  });

  it('gets no more from another origin when the page allows every referrer (unsafe-url)', async () => {
    const meta = Object.assign(document.createElement('meta'), {name: 'referrer', content: 'unsafe-url'});
    document.head.append(meta);
    try {
      const id = key();
      const other = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
      const outcome = await requestFeed(`${other}/__feed?cors=1&key=${id}&body=${encodeURIComponent(JSON.stringify(FEED))}`).result;
      expect(outcome.error).to.equal(undefined);
      expect((await fetch(`${other}/__feed/seen?key=${id}`).then((r) => r.json()))?.referers).to.deep.equal([`${location.origin}/`]);
    } finally {
      meta.remove();
    }
  });

  it('refuses a feed redirected to another origin, with one warning naming it', async () => {
    const other = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
    const target = `${other}/__feed?cors=1&body=${encodeURIComponent(JSON.stringify(FEED))}`;
    const warnings = await captureWarnings(async () => {
      const outcome = await requestFeed(`/__feed?redirect=${encodeURIComponent(target)}&id=${key()}`).result;
      expect(outcome.error).to.equal(`redirected to another origin (${other})`);
      expect(outcome.patch).to.deep.equal({});
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`redirected to another origin (${other})`);
  });

  it('follows a redirect within the feed origin', async () => {
    const target = `/__feed?body=${encodeURIComponent(JSON.stringify(FEED))}&id=${key()}`;
    const outcome = await requestFeed(`/__feed?redirect=${encodeURIComponent(target)}&id=${key()}`).result;
    expect(outcome.error).to.equal(undefined);
    expect(outcome.patch.supporters?.figures?.[0]?.value).to.equal(141);
  });
});

describe('a fetch wrapper that ignores the abort signal', () => {
  const original = window.fetch;
  afterEach(() => {
    window.fetch = original;
  });

  it('does not keep the loader waiting past the time-out when the request goes on', async () => {
    // As some analytics scripts wrap it: the request is made without the signal.
    window.fetch = (input, init) => original(input, {...init, signal: undefined});
    const started = performance.now();
    const outcome = await requestFeed(feedUrl({body: FEED, delay: 3000}), {timeout: 300}).result;
    expect(outcome.error).to.equal('no answer within 300 ms');
    expect(performance.now() - started).to.be.below(1500);
  });

  it('does not keep the loader waiting past the time-out when the wrapper never answers', async () => {
    window.fetch = () => new Promise<Response>(() => {});
    const outcome = await requestFeed(feedUrl({body: FEED}), {timeout: 300}).result;
    expect(outcome.error).to.equal('no answer within 300 ms');
  });

  it('ends the wait of a released request at once, without a warning', async () => {
    window.fetch = () => new Promise<Response>(() => {});
    const warnings = await captureWarnings(async () => {
      const request = requestFeed(feedUrl({body: FEED}), {timeout: 5000});
      request.release();
      expect((await request.result).error).to.equal('aborted');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('lets a counter give up and keep its embedded figures, with no uncaught error', async function () {
    this.timeout(15000);
    window.fetch = () => new Promise<Response>(() => {});
    const watch = watchPage();
    try {
      const el = await fixture<CohesionSupporterCounter>(
        html`<cohesion-supporter-counter no-animation src=${feedUrl({body: FEED})}></cohesion-supporter-counter>`,
      );
      await waitUntil(() => watch.dataErrors.length > 0, 'the counter waited for ever', {timeout: 12000});
      expect(watch.dataErrors[0]!.detail.message).to.match(/^no answer within \d+ ms$/);
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('140');
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });
});
