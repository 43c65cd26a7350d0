import {aTimeout, expect, fixture, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/index.js';
import type {CohesionJoinBadge} from '../src/components/join-badge/join-badge.js';
import type {CohesionDocumentPicker} from '../src/components/document-picker/document-picker.js';
import type {CohesionSupporterCounter} from '../src/components/supporter-counter/supporter-counter.js';
import {clearFeedCache} from '../src/data/feed-loader.js';
import {captureWarnings, feedUrl} from './support/feeds.js';
import {watchPage} from './support/safety.js';

// What a hostile or broken host page does to the widgets: language tags with extensions, enormous invalid values,
// a polluted `Object.prototype`, and a widget moved into another document.

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

afterEach(() => clearFeedCache());

const key = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

const meta = (el: CohesionDocumentPicker) => el.shadowRoot!.querySelector('[part~="meta"]')?.textContent?.replace(/\s+/g, ' ').trim();
const options = (el: CohesionDocumentPicker) => [...el.shadowRoot!.querySelectorAll('option')].map((o) => [o.value, o.textContent!.trim()]);

/** Renders `el` and waits until it has settled: its update, the loaders it awaits, and its feed. */
async function settle(el: Widget, until: () => boolean = () => true) {
  await waitUntil(async () => (await el.updateComplete, until()), 'the widget did not settle', {timeout: 5000});
  await aTimeout(20);
  await el.updateComplete;
}

describe('language tags with extensions and private use', () => {
  const documents = (lang: string) => [
    {id: 'debate-2022', editions: [{lang, href: '/files/debate-de.pdf', title: 'Die Debatte', bytes: 2048}]},
  ];

  for (const [lang, shown, name] of [
    ['de-u-co-phonebk', 'de', 'Deutsch'],
    ['en-x-draft', 'en', 'English'],
  ]) {
    it(`a feed edition in "${lang}" shows as ${name}, with no uncaught error`, async () => {
      const watch = watchPage();
      try {
        const src = feedUrl({body: {documents: documents(lang!)}});
        const warnings = await captureWarnings(async () => {
          const el = await fixture<CohesionDocumentPicker>(
            html`<cohesion-document-picker lang="en" documents="debate-2022" document-lang=${shown!} src=${src}></cohesion-document-picker>`,
          );
          await settle(el, () => !!meta(el)?.includes('2 kB'));
          expect(options(el)).to.deep.include([shown, name]);
          expect(meta(el)).to.match(new RegExp(`^${name}`));
        });
        expect(warnings).to.deep.equal([]);
        expect(watch.errors).to.deep.equal([]);
      } finally {
        watch.stop();
      }
    });
  }

  it('a link inside the tag with hreflang="en-x-draft" is offered in English, and the picker keeps rendering', async () => {
    const watch = watchPage();
    try {
      const el = await fixture<CohesionDocumentPicker>(html`
        <cohesion-document-picker lang="en">
          <h3>A draft</h3>
          <a href="/files/draft-en.pdf" hreflang="en-x-draft" type="application/pdf">English</a>
          <a href="/files/draft-de.pdf" hreflang="de-u-co-phonebk" type="application/pdf">Deutsch</a>
        </cohesion-document-picker>
      `);
      await settle(el, () => options(el).length === 2);
      expect(options(el)).to.deep.equal([
        ['en', 'English'],
        ['de', 'Deutsch'],
      ]);
      expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal('A draft');
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('an edition in "und" (no language) is dropped with a warning naming it, never shown as "root"', async () => {
    const watch = watchPage();
    try {
      const src = feedUrl({body: {documents: [{id: 'debate-2022', editions: [{lang: 'und', href: '/files/x.pdf'}]}]}});
      const warnings = await captureWarnings(async () => {
        const el = await fixture<CohesionDocumentPicker>(
          html`<cohesion-document-picker lang="en" documents="debate-2022" src=${src}></cohesion-document-picker>`,
        );
        await settle(el, () => watch.dataErrors.length > 0);
        expect(el.shadowRoot!.textContent).to.not.contain('root');
        expect(options(el).map(([value]) => value)).to.not.include('und');
      });
      expect(watch.dataErrors[0]!.detail.fields).to.deep.equal(['documents[0].editions[0].lang']);
      expect(warnings).to.have.length(1);
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });
});

describe('enormous invalid values', () => {
  it('100 distinct 1 MB values for variant leave under 10 MB on the heap while the badge lives', async function () {
    this.timeout(60000);
    const el = await fixture<CohesionJoinBadge>(html`<cohesion-join-badge></cohesion-join-badge>`);
    await el.updateComplete;
    await captureWarnings(async () => {
      // One warning, so that the texts of warnings are loaded before the heap is first measured.
      el.setAttribute('variant', 'wrong');
      await el.updateComplete;
    });
    const before = (await executeServerCommand<number, undefined>('heap-used'))!;
    const warnings = await captureWarnings(async () => {
      for (let i = 0; i < 100; i++) {
        el.setAttribute('variant', `${i}-${'x'.repeat(1_000_000)}`);
        await el.updateComplete;
      }
      el.setAttribute('variant', 'supporter');
      await el.updateComplete;
    });
    const after = (await executeServerCommand<number, undefined>('heap-used'))!;
    expect(warnings).to.have.length(100);
    expect(warnings.every((warning) => warning.length < 400)).to.equal(true);
    expect(el.isConnected).to.equal(true);
    expect(after - before).to.be.below(10_000_000);
  });

  it('warns again about a value after 50 other mistakes, having forgotten it', async () => {
    const el = await fixture<CohesionJoinBadge>(html`<cohesion-join-badge></cohesion-join-badge>`);
    const warnings = await captureWarnings(async () => {
      for (const value of ['first', ...Array.from({length: 50}, (_, i) => `other-${i}`), 'first']) {
        el.setAttribute('variant', value);
        await el.updateComplete;
      }
    });
    expect(warnings).to.have.length(52);
    expect(warnings[51]).to.contain('"first"');
  });
});

describe('a page whose Object.prototype is polluted', () => {
  const POLLUTION = {
    title: 'SPOOFED: pay here',
    bytes: 1,
    type: 'application/x-msdownload',
    documents: 'SPOOFED',
    method: 'POST',
    body: 'SPOOFED',
  };

  /** Runs `render` with `Object.prototype` carrying the fields a pollution bug gives it, as enumerable ones. */
  async function polluted<T>(render: () => Promise<T>): Promise<T> {
    const prototype = Object.prototype as Record<string, unknown>;
    try {
      Object.assign(prototype, POLLUTION);
      return await render();
    } finally {
      for (const name of Object.keys(POLLUTION)) delete prototype[name];
    }
  }

  it('leaves the titles, sizes and types of documents as the data has them', async () => {
    const watch = watchPage();
    try {
      const texts = await polluted(async () => {
        const picker = await fixture<CohesionDocumentPicker>(html`<cohesion-document-picker lang="en"></cohesion-document-picker>`);
        const summary = await fixture<Widget>(html`<cohesion-declaration-summary lang="en"></cohesion-declaration-summary>`);
        await settle(picker);
        await settle(summary);
        const types = [...picker.shadowRoot!.querySelectorAll('a[type]'), ...summary.shadowRoot!.querySelectorAll('a[type]')].map((a) =>
          a.getAttribute('type'),
        );
        return {picker: picker.shadowRoot!.textContent!, summary: summary.shadowRoot!.textContent!, types};
      });
      for (const text of [texts.picker, texts.summary]) {
        expect(text).to.not.contain('SPOOFED');
        expect(text).to.not.match(/\b1 byte/);
      }
      expect(texts.picker).to.contain('The debate on the future of cohesion policy starts now!');
      expect(texts.types).to.not.include('application/x-msdownload');
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('a picker with its own links shows them, not a spoofed document list', async () => {
    const watch = watchPage();
    try {
      const shown = await polluted(async () => {
        const el = await fixture<CohesionDocumentPicker>(html`
          <cohesion-document-picker lang="en">
            <h3>Our paper</h3>
            <a href="/files/paper-en.pdf" hreflang="en">English</a>
          </cohesion-document-picker>
        `);
        await settle(el, () => options(el).length > 0);
        return {text: el.shadowRoot!.textContent!, meta: meta(el)};
      });
      expect(shown.text).to.contain('Our paper');
      expect(shown.text).to.not.contain('SPOOFED');
      expect(shown.meta).to.equal('English · PDF');
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('a badge still shows its count', async () => {
    const text = await polluted(async () => {
      const el = await fixture<CohesionJoinBadge>(html`<cohesion-join-badge lang="en" show-count></cohesion-join-badge>`);
      await settle(el);
      return el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
    });
    expect(text).to.contain('12,000');
  });

  it('a feed is still fetched with GET and no body', async () => {
    const id = key();
    const src = feedUrl({body: {supporters: {figures: {regions: 141}}}}).replace('/__feed?', `/__feed?key=${id}&`);
    const text = await polluted(async () => {
      const el = await fixture<CohesionSupporterCounter>(html`<cohesion-supporter-counter lang="en" no-animation src=${src}></cohesion-supporter-counter>`);
      await settle(el, () => el.shadowRoot!.textContent!.includes('141'));
      return el.shadowRoot!.textContent!;
    });
    expect(text).to.contain('141');
    const seen = (await (await fetch(`/__feed/seen?key=${id}`)).json()) as {methods: string[]};
    expect(seen.methods).to.deep.equal(['GET']);
  });
});

describe('a widget moved into another document', () => {
  async function frame(lang: string): Promise<HTMLIFrameElement> {
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 600px; height: 400px';
    document.body.append(iframe);
    await new Promise((resolve) => setTimeout(resolve));
    const doc = iframe.contentDocument!;
    doc.documentElement.lang = lang;
    return iframe;
  }

  it('a badge adopted into an iframe keeps its look and speaks the language of its new page', async () => {
    const watch = watchPage();
    const iframe = await frame('de');
    try {
      const badge = await fixture<CohesionJoinBadge>(html`<cohesion-join-badge></cohesion-join-badge>`);
      const before = badge.shadowRoot!.querySelector('a')!;
      const look = (a: HTMLElement) => {
        const style = a.ownerDocument.defaultView!.getComputedStyle(a);
        return [style.display, style.borderRadius, style.backgroundColor, Math.round(a.getBoundingClientRect().height)];
      };
      const original = look(before);
      const englishText = before.textContent!.replace(/\s+/g, ' ').trim();
      const doc = iframe.contentDocument!;
      doc.body.append(doc.adoptNode(badge));
      await settle(badge, () => badge.shadowRoot!.querySelector('a')!.textContent!.replace(/\s+/g, ' ').trim() !== englishText);
      const moved = badge.shadowRoot!.querySelector('a')!;
      expect(look(moved)).to.deep.equal(original);
      expect(badge.shadowRoot!.adoptedStyleSheets.length).to.be.above(0);
      expect(moved.closest('[lang]')?.getAttribute('lang') ?? badge.shadowRoot!.querySelector('[lang]')?.getAttribute('lang')).to.equal('de');
      // Back home, it looks and speaks as it did.
      document.body.append(document.adoptNode(badge));
      await settle(badge, () => badge.shadowRoot!.querySelector('a')!.textContent!.replace(/\s+/g, ' ').trim() === englishText);
      expect(look(badge.shadowRoot!.querySelector('a')!)).to.deep.equal(original);
      badge.remove();
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.stop();
      iframe.remove();
    }
  });

  it('follows a change of the lang of the document it was moved into', async () => {
    const iframe = await frame('de');
    try {
      const el = await fixture<CohesionJoinBadge>(html`<cohesion-join-badge></cohesion-join-badge>`);
      const doc = iframe.contentDocument!;
      doc.body.append(doc.adoptNode(el));
      const langOf = () => el.shadowRoot!.querySelector('[lang]')?.getAttribute('lang');
      await settle(el, () => langOf() === 'de');
      doc.documentElement.lang = 'fr';
      await settle(el, () => langOf() === 'fr');
      expect(langOf()).to.equal('fr');
    } finally {
      iframe.remove();
    }
  });
});
