import {clearFeedCache} from '../../src/data/feed-loader.js';

/**
 * Feed addresses for the stories. The example feeds are static files served beside Storybook (stories/fixtures/),
 * addressed relatively so that a Storybook published under a sub-path finds them too.
 */
export const FEEDS = {
  /** A valid feed that repeats the embedded figures: the widgets show the same facts, from the network. */
  live: 'fixtures/feed.json',
  /** Negative, fractional and non-numeric figures, a bad month and a `javascript:` address: each is dropped. */
  invalid: 'fixtures/invalid-feed.json',
  /** An address that does not exist on the server: the request fails with 404. */
  missing: 'fixtures/missing/feed.json',
} as const;

const DELAY = 'storybook-delay';
let installed = false;

/**
 * Returns `src` made slow: the response arrives `ms` milliseconds late, so that a story can show a widget while
 * its feed loads. Static hosting cannot delay a file, so the page's `fetch` holds back requests marked this way.
 */
export function slowFeed(src: string, ms: number): string {
  if (!installed) {
    installed = true;
    const fetchNow = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
      const delay = Number(url.searchParams.get(DELAY));
      if (!delay) return fetchNow(input, init);
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, delay);
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason);
        });
      }).then(() => fetchNow(input, init));
    };
  }
  return `${src}?${DELAY}=${ms}`;
}

/** A story loader: forgets loaded feeds, so that a story with a feed fetches it again each time it renders. */
export const freshFeeds = async (): Promise<Record<string, never>> => {
  clearFeedCache();
  return {};
};
