import {aTimeout, expect, fixture, fixtureSync, html, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../src/index.js';
import type {CohesionJoinBadge} from '../src/components/join-badge/join-badge.js';
import type {CohesionSupporterCounter} from '../src/components/supporter-counter/supporter-counter.js';
import type {CohesionDeclarationSummary} from '../src/components/declaration-summary/declaration-summary.js';
import type {CohesionDocumentPicker} from '../src/components/document-picker/document-picker.js';
import {DEFAULT_FEED_TIMEOUT_MS} from '../src/data/feed-loader.js';
import {CohesionDataErrorEvent} from '../src/events/data-error.js';
import {captureWarnings, feedUrl} from './support/feeds.js';
import {setPageLanguage} from './support/locale.js';
import {layoutProblems, watchPage, type PageWatch} from './support/safety.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

interface Outcome<T extends Widget> {
  el: T;
  warnings: string[];
  watch: PageWatch;
}

const SNAPSHOT_DOCUMENT_TITLES = [
  'The debate on the future of cohesion policy starts now!',
  'Declaration of the #CohesionAlliance for a cohesive, sustainable and resilient Europe - 2020',
  'Letter of the #CohesionAlliance to Charles Michel',
];

const pwned = () => (window as unknown as {__pwned?: unknown}).__pwned;

afterEach(async () => {
  delete (window as unknown as {__pwned?: unknown}).__pwned;
  await setPageLanguage('en');
});

/**
 * Renders `template` and waits until it has settled (the data-error event when `event` is set), collecting the
 * console warnings, uncaught errors and data-error events meanwhile.
 */
async function render<T extends Widget>(template: TemplateResult, {event = false, timeout = 5000} = {}): Promise<Outcome<T>> {
  const watch = watchPage();
  let el!: T;
  try {
    const warnings = await captureWarnings(async () => {
      el = await fixture<T>(template);
      if (event) await waitUntil(() => watch.dataErrors.length > 0, 'no cohesion-data-error event', {timeout});
      await el.updateComplete;
      // Room for a late second warning or event, which the assertions would then catch.
      await aTimeout(50);
      await el.updateComplete;
    });
    return {el, warnings, watch};
  } finally {
    watch.stop();
  }
}

/** Safe: one clear warning of the library's, a typed data-error event for `src` or none, no exception, intact layout. */
function expectSafe<T extends Widget>({el, warnings, watch}: Outcome<T>, {src, mentions}: {src?: string; mentions: string}): void {
  expect(watch.errors, 'uncaught errors').to.deep.equal([]);
  expect(warnings, `console warnings: ${warnings.join(' | ')}`).to.have.length(1);
  expect(warnings[0]).to.match(/^\[cohesion-alliance\] /);
  expect(warnings[0]).to.contain(mentions);
  if (src === undefined) {
    expect(watch.dataErrors, 'data-error events').to.have.length(0);
  } else {
    expect(watch.dataErrors, 'data-error events').to.have.length(1);
    const [event] = watch.dataErrors;
    expect(event).to.be.instanceOf(CohesionDataErrorEvent);
    expect(event!.target).to.equal(el);
    expect(event!.detail.src).to.equal(src);
    expect(event!.detail.message).to.be.a('string').and.not.equal('');
    expect(event!.detail.fields).to.be.an('array');
  }
  expect(layoutProblems(el)).to.deep.equal([]);
}

const shadowText = (el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

/** The counter's figures as the reader sees them: label and value. */
function figures(el: CohesionSupporterCounter): Record<string, string> {
  return Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll('[part~="figure"]')].map((figure) => [
      figure.querySelector('[part~="label"]')!.textContent!.trim(),
      figure.querySelector('.final')!.textContent!.replace(/\s+/g, ' ').trim(),
    ]),
  );
}

function expectSnapshotFigures(el: CohesionSupporterCounter): void {
  expect(figures(el)).to.deep.equal({
    'Individual supporters': 'more than 12,000',
    Regions: '140',
    'Cities and counties': '137',
    'Associations of regional and local authorities': '50',
    'Members of the European Parliament': '40',
    'EU sectoral organisations': '35',
  });
}

const counterWith = (src: string) =>
  render<CohesionSupporterCounter>(html`<cohesion-supporter-counter no-animation src=${src}></cohesion-supporter-counter>`, {event: true});

const pickerWith = (src: string) =>
  render<CohesionDocumentPicker>(html`<cohesion-document-picker src=${src}></cohesion-document-picker>`, {event: true});

describe('bad feeds', () => {
  it('keeps the embedded figures when the feed is unreachable', async () => {
    const src = 'http://127.0.0.1:9/feed.json';
    const outcome = await counterWith(src);
    expectSafe(outcome, {src, mentions: 'unreachable'});
    expectSnapshotFigures(outcome.el);
  });

  it('gives up on a feed that does not answer within the time-out and keeps the embedded figures', async function () {
    this.timeout(DEFAULT_FEED_TIMEOUT_MS + 8000);
    const src = feedUrl({body: {supporters: {figures: {regions: 999}}}, delay: DEFAULT_FEED_TIMEOUT_MS + 4000});
    const outcome = await render<CohesionSupporterCounter>(
      html`<cohesion-supporter-counter no-animation src=${src}></cohesion-supporter-counter>`,
      {event: true, timeout: DEFAULT_FEED_TIMEOUT_MS + 3000},
    );
    expectSafe(outcome, {src, mentions: `no answer within ${DEFAULT_FEED_TIMEOUT_MS} ms`});
    expectSnapshotFigures(outcome.el);
  });

  it('keeps the embedded figures when the feed answers 404', async () => {
    const src = feedUrl({status: 404, raw: 'Not found', type: 'text/plain'});
    const outcome = await counterWith(src);
    expectSafe(outcome, {src, mentions: 'HTTP 404'});
    expectSnapshotFigures(outcome.el);
  });

  it('keeps the embedded figures when the feed answers 500', async () => {
    const src = feedUrl({status: 500, raw: '{"error": "boom"}'});
    const outcome = await counterWith(src);
    expectSafe(outcome, {src, mentions: 'HTTP 500'});
    expectSnapshotFigures(outcome.el);
  });

  it('keeps the embedded figures when the feed is an HTML page', async () => {
    const src = feedUrl({raw: '<!doctype html><html><body><script>window.__pwned = 1</script>Maintenance</body></html>', type: 'text/html'});
    const outcome = await counterWith(src);
    expectSafe(outcome, {src, mentions: 'not valid JSON'});
    expectSnapshotFigures(outcome.el);
    expect(pwned()).to.equal(undefined);
  });

  it('keeps the embedded figures when the feed is truncated JSON', async () => {
    const src = feedUrl({raw: '{"supporters": {"figures": {"regions": 14'});
    const outcome = await counterWith(src);
    expectSafe(outcome, {src, mentions: 'not valid JSON'});
    expectSnapshotFigures(outcome.el);
  });

  it('keeps the embedded figures when the feed is null', async () => {
    const src = feedUrl({raw: 'null'});
    const outcome = await counterWith(src);
    expectSafe(outcome, {src, mentions: 'not a JSON object'});
    expectSnapshotFigures(outcome.el);
  });

  it('keeps the embedded documents when the feed is an array', async () => {
    const src = feedUrl({body: [{id: 'debate-2022'}, 1, 'two']});
    const outcome = await pickerWith(src);
    expectSafe(outcome, {src, mentions: 'not a JSON object'});
    expect(shadowText(outcome.el, '[part~="title"]')).to.deep.equal(SNAPSHOT_DOCUMENT_TITLES);
  });

  it('keeps the embedded data when the feed has neither figures nor documents', async () => {
    const src = feedUrl({body: {hello: 'world'}});
    const outcome = await counterWith(src);
    expectSafe(outcome, {src, mentions: 'neither supporters nor documents'});
    expectSnapshotFigures(outcome.el);
  });

  it('keeps the embedded data when the feed has values of the wrong types', async () => {
    const src = feedUrl({body: {supporters: 'many', documents: {id: 'debate-2022'}}});
    const outcome = await counterWith(src);
    expectSafe(outcome, {src, mentions: 'supporters'});
    expect(outcome.watch.dataErrors[0]!.detail.fields).to.deep.equal(['supporters', 'documents']);
    expectSnapshotFigures(outcome.el);
  });

  it('keeps an embedded figure that the feed gives as text, and uses the feed’s valid ones', async () => {
    const src = feedUrl({body: {supporters: {figures: {regions: '150', cities: 138}}}});
    const outcome = await counterWith(src);
    expectSafe(outcome, {src, mentions: 'supporters.figures.regions'});
    expect(outcome.watch.dataErrors[0]!.detail.fields).to.deep.equal(['supporters.figures.regions']);
    expect(figures(outcome.el)).to.include({Regions: '140', 'Cities and counties': '138'});
  });

  it('ignores a negative figure and keeps the embedded one', async () => {
    const src = feedUrl({body: {supporters: {figures: {regions: -140}}}});
    const outcome = await counterWith(src);
    expectSafe(outcome, {src, mentions: 'supporters.figures.regions'});
    expectSnapshotFigures(outcome.el);
  });

  it('ignores a fractional figure and keeps the embedded one', async () => {
    const src = feedUrl({body: {supporters: {figures: {meps: 40.5}}}});
    const outcome = await counterWith(src);
    expectSafe(outcome, {src, mentions: 'supporters.figures.meps'});
    expectSnapshotFigures(outcome.el);
  });

  it('ignores an enormous figure and keeps the embedded one', async () => {
    const src = feedUrl({raw: '{"supporters": {"figures": {"individuals": {"value": 1e300, "lowerBound": true}}}}'});
    const outcome = await counterWith(src);
    expectSafe(outcome, {src, mentions: 'supporters.figures.individuals'});
    expectSnapshotFigures(outcome.el);
  });

  it('ignores an unknown category and a malformed month, and keeps the rest of the feed', async () => {
    const src = feedUrl({body: {supporters: {asOf: '2024-13', figures: {aliens: 3, regions: 151}}}});
    const outcome = await render<CohesionSupporterCounter>(
      html`<cohesion-supporter-counter no-animation show-date src=${src}></cohesion-supporter-counter>`,
      {event: true},
    );
    expectSafe(outcome, {src, mentions: 'supporters.figures.aliens, supporters.asOf'});
    expect(figures(outcome.el)).to.include({Regions: '151'});
    expect(shadowText(outcome.el, '[part~="date"]')).to.deep.equal(['As of October 2022']);
  });

  it('drops document versions in unknown languages and keeps the embedded ones', async () => {
    const src = feedUrl({
      body: {documents: [{id: 'debate-2022', editions: [{lang: 'not a language!', href: 'https://example.org/x.pdf', title: 'X'}]}]},
    });
    const outcome = await pickerWith(src);
    expectSafe(outcome, {src, mentions: 'documents[0].editions[0].lang'});
    expect(shadowText(outcome.el, '[part~="title"]')).to.deep.equal(SNAPSHOT_DOCUMENT_TITLES);
    const options = [...outcome.el.shadowRoot!.querySelectorAll('option')].map((option) => option.value);
    expect(options).to.not.include('not a language!');
  });

  it('refuses a javascript: address for a document and never links to it', async () => {
    const src = feedUrl({
      body: {documents: [{id: 'evil', title: 'Click me', editions: [{lang: 'en', href: 'javascript:window.__pwned=1'}]}]},
    });
    const outcome = await pickerWith(src);
    expectSafe(outcome, {src, mentions: 'documents[0].editions[0].href'});
    const hrefs = [...outcome.el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.every((href) => /^https?:/.test(href ?? ''))).to.equal(true);
    expect(shadowText(outcome.el, '[part~="title"]')).to.deep.equal(SNAPSHOT_DOCUMENT_TITLES);
  });

  it('refuses a data: address for the declaration and keeps linking to the Alliance page', async () => {
    const src = feedUrl({
      body: {documents: [{id: 'declaration-2020', editions: [{lang: 'en', href: 'data:text/html,<script>window.__pwned=1</script>'}]}]},
    });
    const outcome = await render<CohesionDeclarationSummary>(html`<cohesion-declaration-summary src=${src}></cohesion-declaration-summary>`, {
      event: true,
    });
    expectSafe(outcome, {src, mentions: 'documents[0].editions[0].href'});
    const link = outcome.el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]')!;
    expect(link.getAttribute('href')).to.equal('https://cor.europa.eu/en/engage/Pages/cohesion-alliance.aspx');
  });

  it('refuses a javascript: feed address without fetching it', async () => {
    const src = 'javascript:window.__pwned=1';
    const outcome = await counterWith(src);
    expectSafe(outcome, {src, mentions: 'not an http(s) address'});
    expectSnapshotFigures(outcome.el);
    expect(pwned()).to.equal(undefined);
  });

  it('refuses a data: feed address without reading it', async () => {
    const src = 'data:application/json,{"supporters":{"figures":{"regions":999}}}';
    const outcome = await counterWith(src);
    expectSafe(outcome, {src, mentions: 'not an http(s) address'});
    expectSnapshotFigures(outcome.el);
  });

  it('shows markup in a document title as text and runs none of it', async () => {
    const title = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>Bold</b>';
    const src = feedUrl({body: {documents: [{id: 'tricky', editions: [{lang: 'en', href: '/files/t.pdf', title}, {lang: 'de', href: 'javascript:1'}]}]}});
    const outcome = await render<CohesionDocumentPicker>(html`<cohesion-document-picker documents="tricky" src=${src}></cohesion-document-picker>`, {
      event: true,
    });
    // The title itself is valid text: the one warning is for the javascript: version beside it.
    expectSafe(outcome, {src, mentions: 'documents[0].editions[1].href'});
    await aTimeout(100);
    expect(shadowText(outcome.el, '[part~="title"]')).to.deep.equal([title]);
    expect(outcome.el.shadowRoot!.querySelectorAll('img, script, b')).to.have.length(0);
    expect(pwned()).to.equal(undefined);
  });

  it('strips control and bidirectional override characters from titles and shortens an endless one', async () => {
    const title = `Safe\u202Egnp.exe\u0000 title ${'x'.repeat(800)}`;
    const src = feedUrl({body: {documents: [{id: 'long', editions: [{lang: 'en', href: '/files/l.pdf', title, bytes: -1}]}]}});
    const outcome = await render<CohesionDocumentPicker>(html`<cohesion-document-picker documents="long" src=${src}></cohesion-document-picker>`, {
      event: true,
    });
    expectSafe(outcome, {src, mentions: 'documents[0].editions[0].bytes'});
    const [shown] = shadowText(outcome.el, '[part~="title"]');
    expect(shown).to.match(/^Safe gnp\.exe title x+…$/);
    expect(shown!.length).to.be.at.most(400);
  });

  it('refuses a feed of 10,000 documents and keeps the embedded ones', async () => {
    const src = feedUrl({many: 10000});
    const outcome = await pickerWith(src);
    expectSafe(outcome, {src, mentions: src.slice(0, 20)});
    expect(outcome.watch.dataErrors[0]!.detail.message).to.match(/larger than|documents\[50…\]/);
    expect(shadowText(outcome.el, '[part~="title"]')).to.deep.equal(SNAPSHOT_DOCUMENT_TITLES);
  });

  it('shows at most 50 documents from a feed of 60, and says the rest was dropped', async () => {
    const src = feedUrl({many: 60});
    const outcome = await pickerWith(src);
    expectSafe(outcome, {src, mentions: 'documents[50…]'});
    expect(outcome.el.shadowRoot!.querySelectorAll('[part~="document"]')).to.have.length(3 + 50);
  });
});

describe('unknown attribute values', () => {
  it('<cohesion-join-badge variant="huge"> warns once and says "Join"', async () => {
    const outcome = await render<CohesionJoinBadge>(html`<cohesion-join-badge variant="huge"></cohesion-join-badge>`);
    expectSafe(outcome, {mentions: '"huge" is not a valid variant'});
    expect(shadowText(outcome.el, '[part~="label"]')).to.deep.equal(['Join the #CohesionAlliance']);
  });

  it('<cohesion-join-badge size="xxl"> warns once and keeps the medium box', async () => {
    const outcome = await render<CohesionJoinBadge>(html`<cohesion-join-badge size="xxl"></cohesion-join-badge>`);
    expectSafe(outcome, {mentions: '"xxl" is not a valid size'});
    const medium = await fixture<CohesionJoinBadge>(html`<cohesion-join-badge></cohesion-join-badge>`);
    expect(outcome.el.getBoundingClientRect().width).to.equal(medium.getBoundingClientRect().width);
  });

  it('<cohesion-join-badge href="javascript:…"> warns once and links to the Alliance page', async () => {
    const outcome = await render<CohesionJoinBadge>(html`<cohesion-join-badge href="javascript:window.__pwned=1"></cohesion-join-badge>`);
    expectSafe(outcome, {mentions: 'is not a valid href'});
    expect(outcome.el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(
      'https://cor.europa.eu/en/engage/Pages/cohesion-alliance.aspx',
    );
  });

  it('<cohesion-join-badge label> with markup shows it as text and runs none of it', async () => {
    const label = '<img src=x onerror="window.__pwned=1">Join';
    const watch = watchPage();
    const warnings = await captureWarnings(async () => {
      const el = await fixture<CohesionJoinBadge>(html`<cohesion-join-badge label=${label}></cohesion-join-badge>`);
      await aTimeout(100);
      expect(shadowText(el, '[part~="label"]')).to.deep.equal([label]);
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
      expect(layoutProblems(el)).to.deep.equal([]);
    });
    watch.stop();
    // Markup is legitimate text for a label: nothing to warn about.
    expect(warnings).to.deep.equal([]);
    expect(watch.errors).to.deep.equal([]);
    expect(pwned()).to.equal(undefined);
  });

  for (const tag of ['cohesion-join-badge', 'cohesion-supporter-counter', 'cohesion-declaration-summary', 'cohesion-document-picker']) {
    it(`<${tag} appearance="neon"> warns once and follows the reader's colour scheme`, async () => {
      const container = fixtureSync<HTMLElement>(html`<div></div>`);
      const watch = watchPage();
      let el!: Widget;
      const warnings = await captureWarnings(async () => {
        el = document.createElement(tag) as Widget;
        el.setAttribute('appearance', 'neon');
        container.append(el);
        await el.updateComplete;
        await aTimeout(50);
      });
      watch.stop();
      expectSafe({el, warnings, watch}, {mentions: '"neon" is not a valid appearance'});
    });
  }

  it('<cohesion-supporter-counter notation="roman"> warns once and writes standard figures', async () => {
    const outcome = await render<CohesionSupporterCounter>(html`<cohesion-supporter-counter no-animation notation="roman"></cohesion-supporter-counter>`);
    expectSafe(outcome, {mentions: '"roman" is not a valid notation'});
    expectSnapshotFigures(outcome.el);
  });

  it('<cohesion-supporter-counter categories="aliens"> warns once and shows all six figures', async () => {
    const outcome = await render<CohesionSupporterCounter>(html`<cohesion-supporter-counter no-animation categories="aliens"></cohesion-supporter-counter>`);
    expectSafe(outcome, {mentions: '"aliens" is not a supporter category'});
    expectSnapshotFigures(outcome.el);
  });

  it('<cohesion-supporter-counter refresh="soon"> warns once and does not refresh', async () => {
    const src = feedUrl({body: {supporters: {figures: {regions: 141}}}});
    const watch = watchPage();
    let el!: CohesionSupporterCounter;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CohesionSupporterCounter>(html`<cohesion-supporter-counter no-animation refresh="soon" src=${src}></cohesion-supporter-counter>`);
      await waitUntil(() => figures(el)['Regions'] === '141');
      await aTimeout(50);
    });
    watch.stop();
    expectSafe({el, warnings, watch}, {mentions: '"NaN" is not a valid refresh'});
  });

  it('<cohesion-declaration-summary heading-level="9"> warns once and uses a level-2 heading', async () => {
    const outcome = await render<CohesionDeclarationSummary>(html`<cohesion-declaration-summary heading-level="9"></cohesion-declaration-summary>`);
    expectSafe(outcome, {mentions: '"9" is not a valid heading-level'});
    expect(outcome.el.shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal('h2');
  });

  it('<cohesion-document-picker heading-level="h1"> warns once and uses level-3 headings', async () => {
    const outcome = await render<CohesionDocumentPicker>(html`<cohesion-document-picker heading-level="h1"></cohesion-document-picker>`);
    expectSafe(outcome, {mentions: '"h1" is not a valid heading-level'});
    expect(outcome.el.shadowRoot!.querySelector('[part~="title"]')!.localName).to.equal('h3');
  });

  it('<cohesion-document-picker document-lang="??"> warns once and uses the page language', async () => {
    const outcome = await render<CohesionDocumentPicker>(html`<cohesion-document-picker documents="debate-2022" document-lang="??"></cohesion-document-picker>`);
    expectSafe(outcome, {mentions: '"??" is not a language tag'});
    expect(shadowText(outcome.el, '[part~="title"]')).to.deep.equal([SNAPSHOT_DOCUMENT_TITLES[0]]);
  });

  it('<cohesion-document-picker documents="nope"> warns once and shows nothing rather than a broken box', async () => {
    const outcome = await render<CohesionDocumentPicker>(html`<cohesion-document-picker documents="nope debate-2022"></cohesion-document-picker>`);
    expectSafe(outcome, {mentions: '"nope" is not a known document'});
    expect(shadowText(outcome.el, '[part~="title"]')).to.deep.equal([SNAPSHOT_DOCUMENT_TITLES[0]]);
  });

  it('<cohesion-document-picker why-href="javascript:…"> warns once and leaves the notice without a link', async () => {
    const outcome = await render<CohesionDocumentPicker>(
      html`<cohesion-document-picker documents="letter-charles-michel" why-href="javascript:window.__pwned=1"></cohesion-document-picker>`,
    );
    expectSafe(outcome, {mentions: 'is not an http(s) address'});
    expect(outcome.el.shadowRoot!.querySelector('[part~="notice"]')).to.not.equal(null);
    expect(outcome.el.shadowRoot!.querySelector('[part~="notice"] a')).to.equal(null);
  });

  it('a page language outside the 24 falls back to English without a warning or error', async () => {
    await setPageLanguage('tlh');
    const outcome = await render<CohesionJoinBadge>(html`<cohesion-join-badge></cohesion-join-badge>`);
    // The page's language is the site's business, not a mistake in the widget's markup: English, silently.
    expect(outcome.warnings).to.deep.equal([]);
    expect(outcome.watch.errors).to.deep.equal([]);
    expect(shadowText(outcome.el, '[part~="label"]')).to.deep.equal(['Join the #CohesionAlliance']);
    expect(layoutProblems(outcome.el)).to.deep.equal([]);
  });
});
