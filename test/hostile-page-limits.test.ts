import {aTimeout, expect, fixture, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/index.js';
import type {CohesionJoinBadge} from '../src/components/join-badge/join-badge.js';
import type {CohesionDocumentPicker} from '../src/components/document-picker/document-picker.js';
import type {CohesionSupporterCounter} from '../src/components/supporter-counter/supporter-counter.js';
import {clearFeedCache} from '../src/data/feed-loader.js';
import {cleanTitle} from '../src/data/validate.js';
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
  // Chromium only: the heap is measured through its DevTools protocol (test/server/heap.mjs), which other engines lack.
  it('100 distinct 1 MB values for variant leave under 10 MB on the heap while the badge lives', async function () {
    this.timeout(60000);
    const el = await fixture<CohesionJoinBadge>(html`<cohesion-join-badge></cohesion-join-badge>`);
    await el.updateComplete;
    await captureWarnings(async () => {
      // One warning, so that the texts of warnings are loaded before the heap is first measured.
      el.setAttribute('variant', 'wrong');
      await el.updateComplete;
    });
    const before = await executeServerCommand<number | false, undefined>('heap-used');
    if (before === false) this.skip();
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
    expect((after as number) - (before as number)).to.be.below(10_000_000);
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

describe('invisible and combining characters in feed texts', () => {
  it('are removed: format characters, invisible fillers, and combining marks beyond three on a letter', () => {
    expect(cleanTitle('Co\u200bhe\u200dsion\u2060 Al\u00adliance\ufeff')).to.equal('Cohesion Alliance');
    expect(cleanTitle(`Z${'\u0301'.repeat(500)}algo`)).to.equal('Z\u0301\u0301\u0301algo');
    // Three marks stay: Vietnamese stacks two, and some names carry a third.
    expect(cleanTitle('Ti\u00ea\u0301ng Vi\u1ec7t')).to.equal('Ti\u00ea\u0301ng Vi\u1ec7t');
    for (const invisible of ['\u200b\u200c\u200d', '\u3164\u3164', '\u2800', '\u034f\u0301\u0301']) expect(cleanTitle(invisible)).to.equal(undefined);
  });

  it('an invisible-only title from a feed gives way to the embedded one, never an empty heading', async () => {
    const src = feedUrl({body: {documents: [{id: 'debate-2022', title: '\u200b\u200b', editions: [{lang: 'en', href: '/files/d.pdf', title: '\u2060\u200b'}]}]}});
    await captureWarnings(async () => {
      const el = await fixture<CohesionDocumentPicker>(html`<cohesion-document-picker lang="en" documents="debate-2022" src=${src}></cohesion-document-picker>`);
      await settle(el, () => el.shadowRoot!.querySelector('a[part~="download"]')?.getAttribute('href')?.endsWith('/files/d.pdf') === true);
      expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal('The debate on the future of cohesion policy starts now!');
    });
  });
});

describe('addresses with a user name', () => {
  it('a badge refuses an href that hides its host behind a user name, with one warning', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<CohesionJoinBadge>(html`<cohesion-join-badge lang="en" href="https://cor.europa.eu@evil.example/join"></cohesion-join-badge>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('a')!.href).to.equal('https://cor.europa.eu/en/engage/Pages/cohesion-alliance.aspx');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('is not a valid href');
  });

  it('a feed edition and a link inside a picker with a user name are dropped', async () => {
    const el = await fixture<CohesionDocumentPicker>(html`
      <cohesion-document-picker lang="en">
        <h3>Our paper</h3>
        <a href="https://cor.europa.eu@evil.example/paper-de.pdf" hreflang="de">Deutsch</a>
        <a href="/files/paper-en.pdf" hreflang="en">English</a>
      </cohesion-document-picker>
    `);
    await settle(el, () => options(el).length > 0);
    expect(options(el)).to.deep.equal([['en', 'English']]);
  });

  it('a warning about a feed address does not repeat its password', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<CohesionSupporterCounter>(html`<cohesion-supporter-counter src="https://user:secret@feed.example/feed.json"></cohesion-supporter-counter>`);
      await el.updateComplete;
      await aTimeout(50);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.not.contain('secret');
    expect(warnings[0]).to.contain('https://feed.example/feed.json');
  });
});

describe('a right-to-left host page', () => {
  it('leaves the widgets, all in left-to-right languages, written left to right', async () => {
    const host = await fixture<HTMLElement>(html`<div dir="rtl" lang="en">
      <cohesion-join-badge show-count></cohesion-join-badge>
      <cohesion-supporter-counter no-animation></cohesion-supporter-counter>
      <cohesion-join-badge label="ادعم التحالف"></cohesion-join-badge>
    </div>`);
    const [badge, counter, labelled] = [...host.children] as Widget[];
    await Promise.all([badge, counter, labelled].map((el) => settle(el!)));
    const direction = (node: Element) => getComputedStyle(node).direction;
    expect(direction(badge!.shadowRoot!.querySelector('[part~="count"]')!)).to.equal('ltr');
    expect(direction(badge!.shadowRoot!.querySelector('[part~="label"]')!)).to.equal('ltr');
    expect(direction(counter!.shadowRoot!.querySelector('[part~="base"]')!)).to.equal('ltr');
    // A label of the page's own keeps the direction of its text.
    expect(direction(labelled!.shadowRoot!.querySelector('[part~="label"]')!)).to.equal('rtl');
    await expect(badge).to.be.accessible();
  });
});

describe('the middle button', () => {
  const middle = () => new MouseEvent('auxclick', {button: 1, bubbles: true, cancelable: true, composed: true});

  it('announces cohesion-join on a badge, which a listener may veto; other buttons do not', async () => {
    const el = await fixture<CohesionJoinBadge>(html`<cohesion-join-badge></cohesion-join-badge>`);
    const events: Event[] = [];
    el.addEventListener('cohesion-join', (event) => {
      events.push(event);
      event.preventDefault();
    });
    const link = el.shadowRoot!.querySelector('a')!;
    const opened = middle();
    link.dispatchEvent(opened);
    expect(events).to.have.length(1);
    expect(opened.defaultPrevented).to.equal(true);
    link.dispatchEvent(new MouseEvent('auxclick', {button: 2, bubbles: true, cancelable: true, composed: true}));
    expect(events).to.have.length(1);
  });

  it('announces cohesion-download on a picker link, which a listener may veto', async () => {
    const el = await fixture<CohesionDocumentPicker>(html`<cohesion-document-picker lang="en" documents="debate-2022"></cohesion-document-picker>`);
    await settle(el);
    const details: unknown[] = [];
    el.addEventListener('cohesion-download', (event) => {
      details.push(event.detail.documentId);
      event.preventDefault();
    });
    const opened = middle();
    el.shadowRoot!.querySelector('a[part~="download"]')!.dispatchEvent(opened);
    expect(details).to.deep.equal(['debate-2022']);
    expect(opened.defaultPrevented).to.equal(true);
  });
});

describe('invalid lang values around widgets', () => {
  it('are warned about at most 20 times however many a page writes', async () => {
    const warnings = await captureWarnings(async () => {
      const host = await fixture<HTMLElement>(html`<div>
        ${Array.from({length: 40}, (_, i) => html`<div lang=${`not a tag ${i}`}><cohesion-join-badge></cohesion-join-badge></div>`)}
      </div>`);
      await Promise.all([...host.querySelectorAll<Widget>('cohesion-join-badge')].map((el) => el.updateComplete));
    });
    const about = warnings.filter((warning) => warning.includes('is not a language tag'));
    expect(about.length).to.be.at.least(1);
    expect(about.length).to.be.at.most(20);
  });
});

describe('missing platform features', () => {
  /** Runs `run` with `owner[name]` deleted, as a page that broke it would have it. */
  async function without<T>(owner: object, name: string, run: () => Promise<T>): Promise<T> {
    const descriptor = Object.getOwnPropertyDescriptor(owner, name)!;
    delete (owner as Record<string, unknown>)[name];
    try {
      return await run();
    } finally {
      Object.defineProperty(owner, name, descriptor);
    }
  }

  // Each case renders a language no other test here uses, so that no formatter is already made and cached.
  it('a badge without Intl.PluralRules still shows its count, with one warning', async () => {
    const watch = watchPage();
    try {
      const warnings = await captureWarnings(() =>
        without(Intl, 'PluralRules', async () => {
          const el = await fixture<CohesionJoinBadge>(html`<cohesion-join-badge lang="sk" show-count></cohesion-join-badge>`);
          await settle(el);
          expect(el.shadowRoot!.querySelector('[part~="count"]')?.textContent).to.match(/12\s?000/);
        }),
      );
      expect(warnings).to.deep.equal(['[cohesion-alliance] Intl.PluralRules is missing or broken in this browser; counts take their plural form.']);
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('a counter without Intl.NumberFormat shows its figures in plain digits, with one warning', async () => {
    const watch = watchPage();
    try {
      const warnings = await captureWarnings(() =>
        without(Intl, 'NumberFormat', async () => {
          const el = await fixture<CohesionSupporterCounter>(html`<cohesion-supporter-counter lang="lt" no-animation></cohesion-supporter-counter>`);
          await settle(el);
          expect(el.shadowRoot!.textContent).to.contain('12000');
        }),
      );
      expect(warnings.filter((warning) => warning.includes('Intl.NumberFormat'))).to.have.length(1);
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('a picker without Intl.DisplayNames names languages by their tags, with one warning', async () => {
    const watch = watchPage();
    try {
      const warnings = await captureWarnings(() =>
        without(Intl, 'DisplayNames', async () => {
          // Icelandic: no other test names it, so no formatter of its name is made yet.
          const el = await fixture<CohesionDocumentPicker>(html`
            <cohesion-document-picker lang="lv">
              <h3>Skýrsla</h3>
              <a href="/files/report-is.pdf" hreflang="is">Íslenska</a>
            </cohesion-document-picker>
          `);
          await settle(el, () => options(el).length > 0);
          expect(options(el)).to.deep.equal([['is', 'Is']]);
        }),
      );
      expect(warnings).to.deep.equal(['[cohesion-alliance] Intl.DisplayNames is missing or broken in this browser; languages are named by their tags.']);
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('a counter without IntersectionObserver shows its figures and reads its feed, with one warning', async () => {
    const watch = watchPage();
    try {
      const src = feedUrl({body: {supporters: {figures: {regions: 141}}}});
      const warnings = await captureWarnings(() =>
        without(window, 'IntersectionObserver', async () => {
          const el = await fixture<CohesionSupporterCounter>(html`<cohesion-supporter-counter lang="en" src=${src}></cohesion-supporter-counter>`);
          await settle(el, () => el.shadowRoot!.textContent!.includes('141'));
          el.remove();
        }),
      );
      expect(warnings).to.deep.equal([
        '[cohesion-alliance] IntersectionObserver is missing or broken in this browser; counters count up and refresh as if they were on screen.',
      ]);
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });
});
