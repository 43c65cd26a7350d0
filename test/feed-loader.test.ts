import {expect} from '@open-wc/testing';
import {clearFeedCache, requestFeed} from '../src/data/feed-loader.js';
import {validateFeed} from '../src/data/validate.js';
import {mergeData} from '../src/data/merge.js';
import {SNAPSHOT} from '../src/data/snapshot.js';
import {captureWarnings, feedUrl, requestsTo} from './support/feeds.js';

const goodFeed = {
  supporters: {asOf: '2024-05', figures: {individuals: {value: 13500, lowerBound: true}, regions: 150}},
  documents: [
    {id: 'debate-2022', editions: [{lang: 'de', href: 'https://example.org/de.pdf', bytes: 734382}]},
  ],
};

describe('feed loader', () => {
  afterEach(() => clearFeedCache());

  it('loads a good feed and merges it over the snapshot', async () => {
    const {result} = requestFeed(feedUrl({body: goodFeed}));
    const outcome = await result;
    expect(outcome.error).to.equal(undefined);
    expect(outcome.problems).to.deep.equal([]);
    expect(outcome.message).to.equal(undefined);
    const data = mergeData(SNAPSHOT, outcome.patch);
    expect(data.supporters.asOf).to.equal('2024-05');
    expect(data.supporters.figures.find((f) => f.category === 'individuals')).to.deep.equal({
      category: 'individuals',
      value: 13500,
      lowerBound: true,
    });
    expect(data.supporters.figures.find((f) => f.category === 'meps')?.value).to.equal(40);
    const german = data.documents.find((d) => d.id === 'debate-2022')!.editions.find((e) => e.lang === 'de')!;
    expect(german.href).to.equal('https://example.org/de.pdf');
    expect(german.direct).to.equal(true);
    expect(german.bytes).to.equal(734382);
    // The feed gave no title: the embedded German title still applies (loaded per language, see titles.ts).
    expect(german.title).to.equal(undefined);
  });

  for (const status of [404, 500]) {
    it(`reports HTTP ${status} as an error and warns once`, async () => {
      const url = feedUrl({status, body: goodFeed});
      const warnings = await captureWarnings(() => requestFeed(url).result.then((o) => expect(o.error).to.equal(`HTTP ${status}`)));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`HTTP ${status}`);
    });
  }

  it('gives up after the time limit', async () => {
    const outcome = await requestFeed(feedUrl({body: goodFeed, delay: 2000}), {timeout: 200}).result;
    expect(outcome.error).to.equal('no answer within 200 ms');
    expect(outcome.message).to.equal('no answer within 200 ms');
    expect(outcome.patch).to.deep.equal({});
  });

  it('reports malformed JSON', async () => {
    const outcome = await requestFeed(feedUrl({raw: '{"supporters": {"figures": {'})).result;
    expect(outcome.error).to.equal('not valid JSON');
  });

  it('reports an HTML page served instead of the feed', async () => {
    const outcome = await requestFeed(feedUrl({raw: '<!doctype html><p>Not found</p>', type: 'text/html'})).result;
    expect(outcome.error).to.equal('not valid JSON');
  });

  it('keeps the valid values of a feed with wrong types and names each dropped field', async () => {
    const url = feedUrl({
      body: {supporters: {figures: {individuals: 'many', regions: -3, cities: 12.5, meps: 41, bogus: 2}}},
    });
    const warnings = await captureWarnings(async () => {
      const outcome = await requestFeed(url).result;
      expect(outcome.error).to.equal(undefined);
      expect(outcome.patch.supporters?.figures).to.deep.equal([{category: 'meps', value: 41, lowerBound: false}]);
      expect(outcome.problems).to.deep.equal([
        'supporters.figures.individuals',
        'supporters.figures.regions',
        'supporters.figures.cities',
        'supporters.figures.bogus',
      ]);
      expect(outcome.message).to.equal(`invalid values ignored: ${outcome.problems.join(', ')}`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('supporters.figures.regions');
  });

  it('refuses an unsafe feed address without making a request', async () => {
    const before = performance.getEntriesByType('resource').length;
    const warnings = await captureWarnings(async () => {
      const outcome = await requestFeed('javascript:alert(1)').result;
      expect(outcome.error).to.equal('not an http(s) address');
    });
    expect(warnings).to.have.length(1);
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  it('makes one request for many subscribers of one address', async () => {
    const url = feedUrl({body: goodFeed, delay: 100});
    const requests = Array.from({length: 20}, () => requestFeed(url));
    const outcomes = await Promise.all(requests.map((r) => r.result));
    expect(new Set(outcomes).size).to.equal(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requestsTo(url)).to.equal(1);
    // A later subscriber gets the loaded result without another request.
    await requestFeed(url).result;
    expect(requestsTo(url)).to.equal(1);
  });

  it('aborts the request when the last subscriber releases it, without a warning', async () => {
    const url = feedUrl({body: goodFeed, delay: 1000});
    const warnings = await captureWarnings(async () => {
      const a = requestFeed(url);
      const b = requestFeed(url);
      a.release();
      b.release();
      expect((await a.result).error).to.equal('aborted');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('fetches again when a loaded result is older than maxAge', async () => {
    const url = feedUrl({body: goodFeed});
    await requestFeed(url).result;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await requestFeed(url, {maxAge: 0}).result;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requestsTo(url)).to.equal(2);
  });
});

describe('feed validation', () => {
  const base = 'https://feeds.example.org/alliance/feed.json';

  it('refuses a feed that is not an object', () => {
    for (const json of [null, [], 42, 'text']) {
      const result = validateFeed(json, base);
      expect(result.usable, JSON.stringify(json)).to.equal(false);
    }
  });

  it('lets only http and https addresses through, resolving relative ones against the feed', () => {
    const editions = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', ' /files/a.pdf', 'http://example.org/b.pdf'].map(
      (href, i) => ({lang: ['de', 'fr', 'it', 'es', 'pt'][i], href}),
    );
    const result = validateFeed({documents: [{id: 'x', editions}]}, base);
    expect(result.patch.documents![0].editions.map((e) => e.href)).to.deep.equal([
      'https://feeds.example.org/files/a.pdf',
      'http://example.org/b.pdf',
    ]);
    expect(result.problems).to.deep.equal([
      'documents[0].editions[0].href',
      'documents[0].editions[1].href',
      'documents[0].editions[2].href',
    ]);
  });

  it('keeps markup in titles as text and strips control characters', () => {
    const result = validateFeed(
      {documents: [{id: 'x', editions: [{lang: 'en', href: '/a.pdf', title: '<img src=x onerror=alert(1)>\u202eHi\u0007'}]}]},
      base,
    );
    expect(result.patch.documents![0].editions[0].title).to.equal('<img src=x onerror=alert(1)> Hi');
  });

  it('drops unknown languages, bad ids, enormous and fractional figures', () => {
    const result = validateFeed(
      {
        supporters: {figures: {regions: 1e12, cities: 1.5, meps: {value: 41, lowerBound: 'yes'}}, asOf: 'soon'},
        documents: [{id: 'Bad Id!', editions: []}, {id: 'ok', editions: [{lang: 'not a language!', href: '/a.pdf'}]}],
      },
      base,
    );
    expect(result.patch.supporters?.figures).to.deep.equal([]);
    expect(result.problems).to.deep.equal([
      'supporters.figures.regions',
      'supporters.figures.cities',
      'supporters.figures.meps',
      'supporters.asOf',
      'documents[0].id',
      'documents[1].editions[0].lang',
    ]);
  });

  it('gives each edition the media type of its format, when the format is a known one', () => {
    const editions = [
      {lang: 'de', href: '/a.pdf'},
      {lang: 'fr', href: '/a.odt', format: 'odt'},
      {lang: 'it', href: '/a.zip', format: 'ZIP'},
    ];
    const result = validateFeed({documents: [{id: 'x', editions}]}, base);
    expect(result.patch.documents![0].editions.map((e) => [e.format, e.type])).to.deep.equal([
      ['PDF', 'application/pdf'],
      ['ODT', 'application/vnd.oasis.opendocument.text'],
      ['ZIP', undefined],
    ]);
    // A later version in another format does not keep the media type of the one it replaces.
    const first = mergeData(SNAPSHOT, result.patch);
    const later = validateFeed({documents: [{id: 'x', editions: [{lang: 'de', href: '/a.zip', format: 'zip'}]}]}, base);
    const merged = mergeData(first, later.patch).documents.find((d) => d.id === 'x')!.editions.find((e) => e.lang === 'de')!;
    expect([merged.href, merged.format, merged.type]).to.deep.equal(['https://feeds.example.org/a.zip', 'ZIP', undefined]);
  });

  it('caps the number of documents a feed may bring', () => {
    const documents = Array.from({length: 10000}, (_, i) => ({id: `d-${i}`, editions: []}));
    const result = validateFeed({documents}, base);
    expect(result.patch.documents).to.have.length(50);
    expect(result.problems).to.deep.equal(['documents[50…]']);
  });
});
