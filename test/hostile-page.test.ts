import {aTimeout, expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/index.js';
import type {CohesionJoinBadge} from '../src/components/join-badge/join-badge.js';
import type {CohesionSupporterCounter} from '../src/components/supporter-counter/supporter-counter.js';
import type {CohesionDocumentPicker} from '../src/components/document-picker/document-picker.js';
import {clearFeedCache} from '../src/data/feed-loader.js';
import {cleanText} from '../src/data/text.js';
import {captureWarnings, feedUrl} from './support/feeds.js';
import {setPageLanguage} from './support/locale.js';
import {watchPage} from './support/safety.js';

// What a careless page, a framework and odd feed values do: properties set to values that are not strings,
// mistyped and enormous attributes, values at the edges of what a feed may say, and named elements that stand in
// for the document's own properties.

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

const ALLIANCE_PAGE = 'https://cor.europa.eu/en/engage/Pages/cohesion-alliance.aspx';
const DEFAULT_TITLES = [
  'The debate on the future of cohesion policy starts now!',
  'Declaration of the #CohesionAlliance for a cohesive, sustainable and resilient Europe - 2020',
  'Letter of the #CohesionAlliance to Charles Michel',
];

afterEach(() => clearFeedCache());

/** Sets `property` of `el` to `value` as a framework would, and lets it render: warnings and uncaught errors. */
async function set<T extends Widget>(el: T, property: string, value: unknown) {
  const watch = watchPage();
  try {
    const warnings = await captureWarnings(async () => {
      (el as unknown as Record<string, unknown>)[property] = value;
      await el.updateComplete;
      await aTimeout(20);
      await el.updateComplete;
    });
    return {warnings, errors: watch.errors};
  } finally {
    watch.stop();
  }
}

const link = (el: CohesionJoinBadge) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="base"]')!;
const titles = (el: CohesionDocumentPicker) => [...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((t) => t.textContent!.trim());
const figures = (el: CohesionSupporterCounter) =>
  [...el.shadowRoot!.querySelectorAll('[part~="figure"]')].map((f) => [
    f.querySelector('[part~="label"]')!.textContent!.trim(),
    f.querySelector('.final')!.textContent!.replace(/\s+/g, ' ').trim(),
  ]);

describe('properties set to values that are not strings', () => {
  it('a badge takes a URL as its href', async () => {
    const el = await fixture<CohesionJoinBadge>(html`<cohesion-join-badge></cohesion-join-badge>`);
    const {warnings, errors} = await set(el, 'href', new URL('https://example.org/join?from=badge'));
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(link(el).href).to.equal('https://example.org/join?from=badge');
  });

  for (const [what, value] of [
    ['an object', {href: 'https://example.org/'}],
    ['a number', 42],
    ['an object without a prototype', Object.create(null) as unknown],
    ['a function', () => 'https://example.org/'],
  ] as const) {
    it(`a badge whose href is ${what} warns once and leads to the Alliance's page`, async () => {
      const el = await fixture<CohesionJoinBadge>(html`<cohesion-join-badge href="https://example.org/before"></cohesion-join-badge>`);
      const {warnings, errors} = await set(el, 'href', value);
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[cohesion-alliance\] <cohesion-join-badge>: ".*" is not a valid href/s);
      expect(link(el).href).to.equal(ALLIANCE_PAGE);
    });
  }

  it('a counter takes a URL as its src and loads that feed', async () => {
    const el = await fixture<CohesionSupporterCounter>(html`<cohesion-supporter-counter no-animation></cohesion-supporter-counter>`);
    const src = new URL(feedUrl({body: {supporters: {figures: {regions: 141}}}}), location.href);
    const {errors} = await set(el, 'src', src);
    expect(errors).to.deep.equal([]);
    await waitUntil(() => figures(el).some(([label, value]) => label === 'Regions' && value === '141'), 'the feed was not used');
  });

  it('a counter whose src is an object keeps its figures, with one warning and a data-error event', async () => {
    const el = await fixture<CohesionSupporterCounter>(html`<cohesion-supporter-counter no-animation></cohesion-supporter-counter>`);
    const watch = watchPage();
    try {
      const {warnings, errors} = await set(el, 'src', {url: '/feed.json'});
      await waitUntil(() => watch.dataErrors.length === 1, 'no data-error event');
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('is not an http(s) address');
      expect(watch.dataErrors[0]!.detail.src).to.equal('[object Object]');
      expect(figures(el)[1]).to.deep.equal(['Regions', '140']);
    } finally {
      watch.stop();
    }
  });

  it('a counter takes a list of categories', async () => {
    const el = await fixture<CohesionSupporterCounter>(html`<cohesion-supporter-counter no-animation></cohesion-supporter-counter>`);
    const {warnings, errors} = await set(el, 'categories', ['meps', 'regions']);
    expect([errors, warnings]).to.deep.equal([[], []]);
    expect(figures(el).map(([label]) => label)).to.deep.equal(['Members of the European Parliament', 'Regions']);
  });

  it('a picker takes a list of document ids', async () => {
    const el = await fixture<CohesionDocumentPicker>(html`<cohesion-document-picker></cohesion-document-picker>`);
    const {warnings, errors} = await set(el, 'documents', ['declaration-2020', 'debate-2022']);
    expect([errors, warnings]).to.deep.equal([[], []]);
    expect(titles(el)).to.deep.equal([DEFAULT_TITLES[1], DEFAULT_TITLES[0]]);
  });

  it('a picker whose document-lang is a number warns once and goes on in the page language', async () => {
    const el = await fixture<CohesionDocumentPicker>(html`<cohesion-document-picker documents="debate-2022"></cohesion-document-picker>`);
    const {warnings, errors} = await set(el, 'documentLang', 5);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"5" is not a language tag');
    expect(titles(el)).to.deep.equal([DEFAULT_TITLES[0]]);
  });

  it('a picker takes a URL as its why-href, and refuses an object', async () => {
    await setPageLanguage('bg');
    try {
      const el = await fixture<CohesionDocumentPicker>(html`<cohesion-document-picker documents="debate-2022"></cohesion-document-picker>`);
      const notice = () => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="notice"] a');
      let outcome = await set(el, 'whyHref', new URL('https://example.org/why'));
      expect([outcome.errors, outcome.warnings]).to.deep.equal([[], []]);
      await waitUntil(() => notice()?.href === 'https://example.org/why', 'the notice does not link to the URL');
      outcome = await set(el, 'whyHref', {});
      expect(outcome.errors).to.deep.equal([]);
      expect(outcome.warnings).to.have.length(1);
      expect(notice()).to.equal(null);
    } finally {
      await setPageLanguage('en');
    }
  });
});

describe('a property set to a value without a string form', () => {
  it('a counter whose notation is an object without a prototype warns once and writes figures in full', async () => {
    const el = await fixture<CohesionSupporterCounter>(html`<cohesion-supporter-counter no-animation notation="compact"></cohesion-supporter-counter>`);
    const {warnings, errors} = await set(el, 'notation', Object.create(null));
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"object" is not a valid notation');
    expect(figures(el)[0]).to.deep.equal(['Individual supporters', 'more than 12,000']);
  });
});

describe('mistyped and enormous attributes', () => {
  it('a picker none of whose ids is known shows the default documents, warning once with the known ids', async () => {
    let el!: CohesionDocumentPicker;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CohesionDocumentPicker>(html`<cohesion-document-picker documents="debate2022"></cohesion-document-picker>`);
    });
    expect(titles(el)).to.deep.equal(DEFAULT_TITLES);
    expect(warnings).to.deep.equal([
      '[cohesion-alliance] <cohesion-document-picker>: "debate2022" is not a known document (known: debate-2022, declaration-2020, letter-charles-michel); showing the default documents.',
    ]);
  });

  it('a picker with one known id among unknown ones shows that one and warns once about the others', async () => {
    let el!: CohesionDocumentPicker;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CohesionDocumentPicker>(html`<cohesion-document-picker documents="nope declaration-2020 nada"></cohesion-document-picker>`);
    });
    expect(titles(el)).to.deep.equal([DEFAULT_TITLES[1]]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"nope", "nada" are not known documents').and.contain('skipping them');
  });

  it('150,000 unknown categories give one short warning and all six figures, quickly', async () => {
    const categories = Array.from({length: 150_000}, (_, i) => `bogus${i}`).join(' ');
    let el!: CohesionSupporterCounter;
    const started = performance.now();
    const warnings = await captureWarnings(async () => {
      el = await fixture<CohesionSupporterCounter>(html`<cohesion-supporter-counter no-animation categories=${categories}></cohesion-supporter-counter>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(performance.now() - started).to.be.below(3000);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"bogus0", "bogus1", "bogus2" and 149997 more are not supporter categories');
    expect(warnings[0]!.length).to.be.below(400);
    expect(figures(el)).to.have.length(6);
  });

  it('50,000 unknown document ids give one short warning', async () => {
    const documents = Array.from({length: 50_000}, (_, i) => `nope-${i}`).join(' ');
    const warnings = await captureWarnings(() => fixture(html`<cohesion-document-picker documents=${documents}></cohesion-document-picker>`));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('and 49997 more are not known documents');
    expect(warnings[0]!.length).to.be.below(400);
  });

  it('a megabyte of href is quoted in 100 characters', async () => {
    const href = `javascript:${'x'.repeat(1_000_000)}`;
    const warnings = await captureWarnings(() => fixture(html`<cohesion-join-badge href=${href}></cohesion-join-badge>`));
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.length).to.be.below(300);
    expect(warnings[0]).to.contain(`"javascript:${'x'.repeat(89)}…"`);
  });
});

describe('feed values at the edges', () => {
  it('shows a figure of -0 as 0', async () => {
    const src = feedUrl({raw: '{"supporters": {"figures": {"regions": -0}}}'});
    const el = await fixture<CohesionSupporterCounter>(html`<cohesion-supporter-counter no-animation src=${src}></cohesion-supporter-counter>`);
    await waitUntil(() => figures(el)[1]![1] !== '140', 'the feed was not used');
    expect(figures(el)[1]).to.deep.equal(['Regions', '0']);
  });

  for (const asOf of ['0000-01', '0050-01', '0099-12', '1950-01', '2100-01']) {
    it(`drops asOf "${asOf}", which would show as another century, and keeps the embedded month`, async () => {
      const src = feedUrl({body: {supporters: {asOf, figures: {regions: 141}}}});
      const watch = watchPage();
      try {
        const el = await fixture<CohesionSupporterCounter>(html`<cohesion-supporter-counter no-animation show-date src=${src}></cohesion-supporter-counter>`);
        // The feed's answer may take over a second on a loaded machine running three engines at once.
        await waitUntil(() => watch.dataErrors.length > 0, 'no data-error event', {timeout: 5000});
        await el.updateComplete;
        expect(watch.dataErrors[0]!.detail.fields).to.deep.equal(['supporters.asOf']);
        expect(el.shadowRoot!.querySelector('[part~="date"]')!.textContent!.trim()).to.equal('As of October 2022');
      } finally {
        watch.stop();
      }
    });
  }

  it('shows a size under 1 kB in bytes, not as "0 kB"', async () => {
    const src = feedUrl({body: {documents: [{id: 'debate-2022', editions: [{lang: 'en', href: '/a.pdf', bytes: 1}]}]}});
    const el = await fixture<CohesionDocumentPicker>(html`<cohesion-document-picker documents="debate-2022" src=${src}></cohesion-document-picker>`);
    const meta = () => el.shadowRoot!.querySelector('[part~="meta"]')!.textContent!.replace(/\s+/g, ' ');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="download"]')?.getAttribute('href')?.endsWith('/a.pdf'), 'the feed was not used');
    await el.updateComplete;
    expect(meta()).to.contain('1 byte');
    expect(meta()).to.not.contain('kB');
  });

  const ownLinks = (attributes: string) =>
    fixture<CohesionDocumentPicker>(
      html`<cohesion-document-picker .innerHTML=${`<a href="/files/own.pdf" hreflang="en" ${attributes}>Own</a>`}></cohesion-document-picker>`,
    );
  const metaOf = async (el: CohesionDocumentPicker) => {
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="download"]')?.getAttribute('href')?.endsWith('/files/own.pdf'), 'the links were not read');
    return el.shadowRoot!.querySelector('[part~="meta"]')!.textContent!.replace(/\s+/g, ' ').trim();
  };

  for (const bytes of ['0x10', '1e3', '0b11', ' 12 34 ']) {
    it(`ignores data-bytes="${bytes}", which is not a number of bytes in decimal digits`, async () => {
      const meta = await metaOf(await ownLinks(`data-bytes="${bytes}"`));
      expect(meta).to.equal('English · PDF');
    });
  }

  it('reads data-bytes in decimal digits', async () => {
    expect(await metaOf(await ownLinks('data-bytes="2048"'))).to.equal('English · PDF · 2 kB');
  });

  for (const type of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    it(`gives a link of type="${type}" the format of its file, not an Object method`, async () => {
      expect(await metaOf(await ownLinks(`type="${type}"`))).to.equal('English · PDF');
    });
  }

  it('cuts a long title without splitting an emoji', () => {
    for (const at of [397, 398, 399]) {
      const title = cleanText(`${'a'.repeat(at)}${'🇪🇺😀'.repeat(20)}`)!;
      expect(title.length).to.be.at.most(400);
      expect(title.endsWith('…')).to.equal(true);
      // No lone surrogate: the title survives a round trip through UTF-8 unchanged.
      expect(new TextDecoder().decode(new TextEncoder().encode(title))).to.equal(title);
    }
  });
});

describe('named elements that stand in for the document\'s own properties', () => {
  const NAMES = ['baseURI', 'addEventListener', 'removeEventListener', 'visibilityState', 'hidden', 'readyState'];

  it('resolve relative addresses against the page, and the counter counts and refreshes, without an error', async () => {
    const watch = watchPage();
    // As sanitised user content (a comment) may carry them: `document.baseURI` is now an <img>.
    const images = NAMES.map((name) => Object.assign(document.createElement('img'), {name, alt: ''}));
    document.body.append(...images);
    try {
      expect(String(document.baseURI)).to.equal('[object HTMLImageElement]');
      const src = feedUrl({body: {supporters: {figures: {regions: 141}}}});
      const container = await fixture<HTMLElement>(html`<div>
        <cohesion-join-badge href="/join"></cohesion-join-badge>
        <cohesion-supporter-counter refresh="60" src=${src}></cohesion-supporter-counter>
      </div>`);
      const badge = container.querySelector<CohesionJoinBadge>('cohesion-join-badge')!;
      const counter = container.querySelector<CohesionSupporterCounter>('cohesion-supporter-counter')!;
      await badge.updateComplete;
      expect(link(badge).href).to.equal(`${location.origin}/join`);
      await waitUntil(() => figures(counter).some(([label, value]) => label === 'Regions' && value === '141'), 'the feed was not used');
      // The count-up runs only in a visible page: the counter saw that it is, and finished.
      await waitUntil(() => !counter.shadowRoot!.querySelector('[aria-hidden="true"] .number'), 'the count-up did not run', {timeout: 5000});
      counter.remove();
      expect(watch.errors).to.deep.equal([]);
    } finally {
      for (const image of images) image.remove();
      watch.stop();
    }
  });
});
