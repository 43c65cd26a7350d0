import {aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil} from '@open-wc/testing';
import {emulateMedia, emulateMediaOrSkip} from './support/media.js';
import 'axe-core/axe.min.js';
import '../src/components/supporter-counter/cohesion-supporter-counter.js';
import {MIN_REFRESH_SECONDS, type CohesionSupporterCounter} from '../src/components/supporter-counter/supporter-counter.js';
import {COUNT_UP_MS} from '../src/components/supporter-counter/count-up.js';
import {APPEARANCES} from '../src/components/cohesion-element.js';
import {clearFeedCache} from '../src/data/feed-loader.js';
import {captureWarnings, feedUrl, requestsTo} from './support/feeds.js';
import {setPageLanguage} from './support/locale.js';

const SNAPSHOT_FIGURES = [
  ['Individual supporters', 'more than 12,000'],
  ['Regions', '140'],
  ['Cities and counties', '137'],
  ['Associations of regional and local authorities', '50'],
  ['Members of the European Parliament', '40'],
  ['EU sectoral organisations', '35'],
];

const liveFeed = {supporters: {asOf: '2024-05', figures: {individuals: {value: 13500, lowerBound: true}, regions: 150}}};

const counter = (template: ReturnType<typeof html>) => fixture<CohesionSupporterCounter>(template);

const figureParts = (el: CohesionSupporterCounter) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="figure"]')];

interface Axe {
  setup(root: Node): unknown;
  teardown(): void;
  utils: {getNodeFromTree(node: Node): unknown};
  commons: {dom: {isVisibleToScreenReaders(vNode: unknown): boolean}};
}
const axe = (window as unknown as {axe: Axe}).axe;

/** The text of `root` that screen readers get (as axe-core judges it): what is hidden from them left out. */
function screenReaderText(root: Element): string {
  axe.setup(document);
  try {
    let text = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (axe.commons.dom.isVisibleToScreenReaders(axe.utils.getNodeFromTree(node.parentElement!))) text += node.textContent;
    }
    return text.trim();
  } finally {
    axe.teardown();
  }
}

/** What a screen reader gets for each figure: its label and its value. */
function readFigures(el: CohesionSupporterCounter): string[][] {
  return figureParts(el).map((figure) => [
    screenReaderText(figure.querySelector('[part~="label"]')!),
    screenReaderText(figure.querySelector('[part~="value"]')!),
  ]);
}

/** The number a sighted reader sees for the first figure: the count while it runs, else the final figure. */
function visibleNumber(el: CohesionSupporterCounter): string {
  const value = figureParts(el)[0]!.querySelector('[part~="value"]')!;
  const count = value.querySelector('[aria-hidden="true"]');
  return ((count ?? value).querySelector('.number') ?? count ?? value).textContent!.trim();
}

const isCounting = (el: CohesionSupporterCounter) => !!el.shadowRoot!.querySelector('[part~="value"] [aria-hidden="true"]');

/** Numbers seen on screen until the count-up ends. */
async function watchCount(el: CohesionSupporterCounter): Promise<number[]> {
  const seen: number[] = [];
  await waitUntil(
    () => {
      seen.push(Number(visibleNumber(el).replace(/\D/g, '')));
      return !isCounting(el);
    },
    'the count-up did not end',
    {interval: 10, timeout: 4000},
  );
  return seen;
}

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/** The layout shift score of the page while `run` runs (and for two frames after, when shifts are reported). */
async function layoutShiftDuring(run: () => Promise<unknown>): Promise<number> {
  const shifts: LayoutShift[] = [];
  const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as LayoutShift[])));
  observer.observe({type: 'layout-shift', buffered: true});
  const start = performance.now();
  await run();
  await nextFrame();
  await nextFrame();
  shifts.push(...(observer.takeRecords() as LayoutShift[]));
  observer.disconnect();
  return shifts.filter((shift) => shift.startTime >= start && !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0);
}

const VISIBILITY = {
  visibilityState: Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!,
  hidden: Object.getOwnPropertyDescriptor(Document.prototype, 'hidden')!,
};

/** Makes the page seem hidden or visible (undefined: as it is), as the browser tells it: the event bubbles. */
function setPageVisibility(state: DocumentVisibilityState | undefined): void {
  // On the prototype, where the widgets read it (a named element could hide the document's own property).
  const seen = {visibilityState: () => state, hidden: () => state === 'hidden'};
  for (const key of ['visibilityState', 'hidden'] as const) {
    Object.defineProperty(Document.prototype, key, state ? {configurable: true, get: seen[key]} : VISIBILITY[key]);
  }
  document.dispatchEvent(new Event('visibilitychange', {bubbles: true}));
}

afterEach(async () => {
  setPageVisibility(undefined);
  clearFeedCache();
  await emulateMedia({reducedMotion: 'no-preference', colorScheme: 'light'});
  await setPageLanguage('en');
});

describe('<cohesion-supporter-counter>', () => {
  describe('figures', () => {
    it('shows the six figures of the embedded snapshot, each a label with its value, in a description list', async () => {
      const el = await counter(html`<cohesion-supporter-counter no-animation></cohesion-supporter-counter>`);
      expect(readFigures(el)).to.deep.equal(SNAPSHOT_FIGURES);
      const list = el.shadowRoot!.querySelector('dl')!;
      expect([...list.children].every((child) => child.matches('div') && child.querySelector('dt + dd'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows only the chosen categories, in the order given', async () => {
      const el = await counter(html`<cohesion-supporter-counter no-animation categories="meps regions"></cohesion-supporter-counter>`);
      expect(readFigures(el)).to.deep.equal([
        ['Members of the European Parliament', '40'],
        ['Regions', '140'],
      ]);
      el.categories = 'organisations';
      await el.updateComplete;
      expect(readFigures(el)).to.deep.equal([['EU sectoral organisations', '35']]);
      await expect(el).to.be.accessible();
    });

    it('ignores unknown categories with one warning per value, and shows all six when none is valid', async () => {
      let el!: CohesionSupporterCounter;
      const warnings = await captureWarnings(async () => {
        const categories = 'regions <img/src=x/onerror=alert(1)> mayors';
        el = await counter(html`<cohesion-supporter-counter no-animation categories=${categories}></cohesion-supporter-counter>`);
        expect(readFigures(el)).to.deep.equal([['Regions', '140']]);
        el.requestUpdate();
        await el.updateComplete;
        el.categories = 'mayors';
        await el.updateComplete;
      });
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.contain('"<img');
      expect(warnings[1]).to.contain('"mayors"');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(readFigures(el)).to.deep.equal(SNAPSHOT_FIGURES);
    });

    const locales: [string, string, string, string][] = [
      ['en', 'more than 12,000', 'Regions', '140'],
      ['de', 'mehr als 12.000', 'Regionen', '140'],
      ['fr', 'plus de 12\u202f000', 'Régions', '140'],
      ['bg', 'повече от 12\u00a0000', 'Региони', '140'],
      ['pl', 'ponad 12\u00a0000', 'Regiony', '140'],
    ];
    for (const [lang, individuals, regionsLabel, regions] of locales) {
      it(`formats the figures and labels them in the page's language (${lang})`, async () => {
        await setPageLanguage(lang);
        const el = await counter(html`<cohesion-supporter-counter no-animation></cohesion-supporter-counter>`);
        const figures = readFigures(el);
        expect(figures[0]![1]).to.equal(individuals);
        expect(figures[1]).to.deep.equal([regionsLabel, regions]);
        expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal(lang);
        await expect(el).to.be.accessible();
      });
    }

    it('follows the page when its language changes', async () => {
      const el = await counter(html`<cohesion-supporter-counter no-animation categories="individuals"></cohesion-supporter-counter>`);
      await setPageLanguage('de');
      await el.updateComplete;
      expect(readFigures(el)).to.deep.equal([['Unterstützende Einzelpersonen', 'mehr als 12.000']]);
    });

    it('writes the figures in compact notation as the language abbreviates them', async () => {
      const el = await counter(html`<cohesion-supporter-counter no-animation notation="compact"></cohesion-supporter-counter>`);
      expect(readFigures(el).map(([, value]) => value)).to.deep.equal(['more than 12K', '140', '137', '50', '40', '35']);
      await setPageLanguage('bg');
      await el.updateComplete;
      expect(readFigures(el)[0]![1]).to.equal('повече от 12\u00a0хил.');
      await expect(el).to.be.accessible();
    });

    it('warns once about an unknown notation and writes the figures in full', async () => {
      let el!: CohesionSupporterCounter;
      const warnings = await captureWarnings(async () => {
        el = await counter(html`<cohesion-supporter-counter no-animation notation="scientific"></cohesion-supporter-counter>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"scientific"');
      expect(readFigures(el)[0]![1]).to.equal('more than 12,000');
    });

    for (const [lang, text] of [
      ['en', 'As of October 2022'],
      ['de', 'Stand: Oktober 2022'],
      ['fr', 'Situation en octobre 2022'],
    ]) {
      it(`says which month the figures date from with show-date (${lang})`, async () => {
        await setPageLanguage(lang!);
        const el = await counter(html`<cohesion-supporter-counter no-animation show-date></cohesion-supporter-counter>`);
        expect(el.shadowRoot!.querySelector('[part~="date"]')!.textContent!.trim()).to.equal(text);
        await expect(el).to.be.accessible();
      });
    }

    it('shows no date without show-date', async () => {
      const el = await counter(html`<cohesion-supporter-counter no-animation></cohesion-supporter-counter>`);
      expect(el.shadowRoot!.querySelector('[part~="date"]')).to.equal(null);
      expect(el.shadowRoot!.textContent).not.to.contain('2022');
    });

    for (const appearance of APPEARANCES) {
      for (const scheme of ['light', 'dark'] as const) {
        it(`is readable in ${appearance} appearance for a reader who prefers ${scheme}`, async function () {
          await emulateMediaOrSkip(this, {colorScheme: scheme});
          const el = await counter(
            html`<cohesion-supporter-counter no-animation show-date appearance=${appearance}></cohesion-supporter-counter>`,
          );
          const base = el.shadowRoot!.querySelector('[part~="base"]')!;
          const dark = appearance === 'dark' || (appearance === 'auto' && scheme === 'dark');
          expect(getComputedStyle(base).backgroundColor).to.equal(dark ? 'rgb(14, 26, 60)' : 'rgb(255, 255, 255)');
          await expect(el).to.be.accessible();
        });
      }
    }

    it('hides the fallback content placed inside the tag once it runs', async () => {
      const el = await counter(html`
        <cohesion-supporter-counter no-animation>
          <p>More than 12,000 individual supporters, 140 regions, 137 cities and counties.</p>
        </cohesion-supporter-counter>
      `);
      expect(el.querySelector('p')!.getClientRects()).to.have.length(0);
      expect(readFigures(el)).to.have.length(6);
      await expect(el).to.be.accessible();
    });
  });

  describe('count-up', () => {
    it('counts up to the final figures when on screen, within 1.5 seconds', async () => {
      const el = await counter(html`<cohesion-supporter-counter categories="regions"></cohesion-supporter-counter>`);
      expect(COUNT_UP_MS).to.be.at.most(1500);
      const seen = await watchCount(el);
      expect(seen.some((n) => n > 0 && n < 140)).to.equal(true, `saw ${seen.join(', ')}`);
      expect(seen).to.deep.equal([...seen].sort((a, b) => a - b));
      expect(visibleNumber(el)).to.equal('140');
      await expect(el).to.be.accessible();
    });

    it('gives screen readers the final figures only while it counts', async () => {
      const el = await counter(html`<cohesion-supporter-counter categories="individuals regions"></cohesion-supporter-counter>`);
      await waitUntil(() => isCounting(el) && Number(visibleNumber(el).replace(/\D/g, '')) > 0, 'no count seen');
      expect(readFigures(el)).to.deep.equal([SNAPSHOT_FIGURES[0], SNAPSHOT_FIGURES[1]]);
      await expect(el).to.be.accessible();
    });

    it('moves nothing on the page while it counts', async () => {
      const shift = await layoutShiftDuring(async () => {
        const wrapper = await fixture<HTMLDivElement>(html`
          <div style="display: flex; align-items: start">
            <cohesion-supporter-counter categories="individuals" style="flex: none; --cohesion-counter-column-width: 0px; --cohesion-counter-value-size: 4rem"></cohesion-supporter-counter>
            <p>Text beside the counter</p>
          </div>
          <p>Text below the counter</p>
        `);
        const el = wrapper.querySelector('cohesion-supporter-counter')!;
        await waitUntil(() => isCounting(el), 'no count seen');
        await watchCount(el);
      });
      expect(shift).to.equal(0);
    });

    it('waits until it scrolls into view to count', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div><div style="block-size: 300vh"></div><cohesion-supporter-counter categories="regions"></cohesion-supporter-counter></div>
      `);
      const el = wrapper.querySelector('cohesion-supporter-counter')!;
      await aTimeout(1600);
      el.scrollIntoView();
      const seen = await watchCount(el);
      expect(seen.some((n) => n > 0 && n < 140)).to.equal(true, `saw ${seen.join(', ')}`);
      window.scrollTo(0, 0);
    });

    it('counts up only once', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div><cohesion-supporter-counter categories="regions"></cohesion-supporter-counter><div style="block-size: 300vh"></div></div>
      `);
      const el = wrapper.querySelector('cohesion-supporter-counter')!;
      await watchCount(el);
      window.scrollTo(0, document.documentElement.scrollHeight);
      await aTimeout(100);
      el.scrollIntoView();
      let counted = false;
      for (let i = 0; i < 30; i++) {
        await nextFrame();
        counted ||= isCounting(el);
      }
      expect(counted).to.equal(false);
      expect(visibleNumber(el)).to.equal('140');
      window.scrollTo(0, 0);
    });

    it('shows the final figures at once with no-animation', async () => {
      const el = await counter(html`<cohesion-supporter-counter no-animation></cohesion-supporter-counter>`);
      expect(isCounting(el)).to.equal(false);
      await aTimeout(100);
      expect(isCounting(el)).to.equal(false);
      expect(readFigures(el)).to.deep.equal(SNAPSHOT_FIGURES);
    });

    it('stops counting and shows the final figures when no-animation is set meanwhile', async () => {
      const el = await counter(html`<cohesion-supporter-counter></cohesion-supporter-counter>`);
      await waitUntil(() => isCounting(el), 'no count seen');
      el.noAnimation = true;
      await el.updateComplete;
      expect(isCounting(el)).to.equal(false);
      expect(visibleNumber(el)).to.equal('12,000');
    });

    it('does not count for a reader who prefers reduced motion', async function () {
      await emulateMediaOrSkip(this, {reducedMotion: 'reduce'});
      const el = await counter(html`<cohesion-supporter-counter></cohesion-supporter-counter>`);
      expect(isCounting(el)).to.equal(false);
      await aTimeout(200);
      expect(isCounting(el)).to.equal(false);
      expect(readFigures(el)).to.deep.equal(SNAPSHOT_FIGURES);
      await expect(el).to.be.accessible();
    });
  });

  describe('feed', () => {
    it('shows the figures of its feed over the snapshot, moving nothing while a slow feed arrives', async () => {
      const src = feedUrl({body: liveFeed, delay: 500});
      let el!: CohesionSupporterCounter;
      const shift = await layoutShiftDuring(async () => {
        const wrapper = await fixture<HTMLDivElement>(html`
          <div style="display: flex; align-items: start">
            <cohesion-supporter-counter no-animation show-date src=${src} style="flex: none; --cohesion-counter-column-width: 0px; --cohesion-counter-value-size: 4rem"></cohesion-supporter-counter>
            <p>Text beside the counter</p>
          </div>
        `);
        el = wrapper.querySelector('cohesion-supporter-counter')!;
        expect(readFigures(el)[0]![1]).to.equal('more than 12,000');
        await waitUntil(() => readFigures(el)[0]![1] === 'more than 13,500', 'the feed did not arrive');
      });
      expect(shift).to.equal(0);
      expect(readFigures(el).slice(0, 3)).to.deep.equal([
        ['Individual supporters', 'more than 13,500'],
        ['Regions', '150'],
        ['Cities and counties', '137'],
      ]);
      expect(el.shadowRoot!.querySelector('[part~="date"]')!.textContent!.trim()).to.equal('As of May 2024');
      await expect(el).to.be.accessible();
    });

    it('makes one request for many counters with the same feed', async () => {
      const src = feedUrl({body: liveFeed, delay: 200});
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          ${[1, 2, 3, 4, 5].map(() => html`<cohesion-supporter-counter no-animation categories="regions" src=${src}></cohesion-supporter-counter>`)}
        </div>
      `);
      const counters = [...wrapper.querySelectorAll('cohesion-supporter-counter')];
      await waitUntil(() => counters.every((el) => readFigures(el)[0]![1] === '150'), 'the feed did not arrive');
      expect(requestsTo(src)).to.equal(1);
    });

    const badFeeds: [string, string, string][] = [
      ['an unreachable feed (404)', feedUrl({status: 404, delay: 100}), 'HTTP 404'],
      ['malformed JSON', feedUrl({raw: '{"supporters": {', delay: 100}), 'not valid JSON'],
      ['a negative figure', feedUrl({body: {supporters: {figures: {regions: -3}}}, delay: 100}), 'supporters.figures.regions'],
      ['a figure that is not a number', feedUrl({body: {supporters: {figures: {individuals: 'many'}}}, delay: 100}), 'supporters.figures.individuals'],
    ];
    for (const [what, src, reason] of badFeeds) {
      it(`keeps the snapshot, warns once and fires cohesion-data-error for ${what}`, async () => {
        let el!: CohesionSupporterCounter;
        const warnings = await captureWarnings(async () => {
          el = await counter(html`<cohesion-supporter-counter no-animation src=${src}></cohesion-supporter-counter>`);
          const event = await oneEvent(el, 'cohesion-data-error');
          expect(event.detail.src).to.equal(src);
          expect(event.detail.message).to.contain(reason);
          await el.updateComplete;
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(reason);
        expect(readFigures(el)).to.deep.equal(SNAPSHOT_FIGURES);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('refresh', () => {
    const period = MIN_REFRESH_SECONDS;

    it('re-reads its feed every period while on screen, once for all counters on one address', async function () {
      this.timeout((2 * period + 8) * 1000);
      const shared = feedUrl({body: liveFeed});
      const offscreen = feedUrl({body: liveFeed});
      await fixture(html`
        <div>
          <cohesion-supporter-counter no-animation refresh=${period} src=${shared}></cohesion-supporter-counter>
          <cohesion-supporter-counter no-animation refresh=${period} src=${shared}></cohesion-supporter-counter>
          <div style="block-size: 300vh"></div>
          <cohesion-supporter-counter no-animation refresh=${period} src=${offscreen}></cohesion-supporter-counter>
        </div>
      `);
      await waitUntil(() => requestsTo(shared) === 1 && requestsTo(offscreen) === 1, 'the feeds did not load');
      // The first re-read comes at a multiple of the period, at most two periods from now.
      await waitUntil(() => requestsTo(shared) === 2, 'the feed was not read again', {timeout: (2 * period + 2) * 1000});
      await aTimeout(500);
      expect(requestsTo(shared)).to.equal(2);
      expect(requestsTo(offscreen)).to.equal(1);
    });

    it('pauses while the page is hidden and re-reads when it shows again', async function () {
      this.timeout((period + 8) * 1000);
      const src = feedUrl({body: liveFeed});
      await fixture(html`<cohesion-supporter-counter no-animation refresh=${period} src=${src}></cohesion-supporter-counter>`);
      await waitUntil(() => requestsTo(src) === 1, 'the feed did not load');
      setPageVisibility('hidden');
      await aTimeout(period * 1000 + 1000);
      expect(requestsTo(src)).to.equal(1);
      setPageVisibility('visible');
      await waitUntil(() => requestsTo(src) === 2, 'the feed was not read again');
    });

    it('stops re-reading once removed from the page', async function () {
      this.timeout((period + 8) * 1000);
      const src = feedUrl({body: liveFeed});
      const el = await counter(html`<cohesion-supporter-counter no-animation refresh=${period} src=${src}></cohesion-supporter-counter>`);
      await waitUntil(() => requestsTo(src) === 1, 'the feed did not load');
      el.remove();
      await aTimeout(period * 1000 + 1000);
      expect(requestsTo(src)).to.equal(1);
    });

    it('warns once about a refresh that is not a number of seconds, and does not refresh', async () => {
      let el!: CohesionSupporterCounter;
      const warnings = await captureWarnings(async () => {
        el = await counter(html`<cohesion-supporter-counter no-animation refresh="-5" src=${feedUrl({body: liveFeed})}></cohesion-supporter-counter>`);
        el.requestUpdate('refresh');
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"-5"');
    });
  });
});
