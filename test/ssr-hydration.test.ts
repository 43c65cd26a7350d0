// Each widget rendered on a server with @lit-labs/ssr (in Node, from the same sources), shown before any script
// runs, then hydrated in the browser: the same text as the server's and as a client-only render, no mismatch, no
// console error, and the widget works afterwards.
import {cleanupFixtures, csrFixture, ssrHydratedFixture, ssrNonHydratedFixture} from '@lit-labs/testing/fixtures.js';
import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import {html, type TemplateResult} from 'lit';
import '../src/index.js';
import {EU_LANGUAGES, type CohesionDocumentPicker} from '../src/index.js';
import {CohesionJoinEvent} from '../src/events/join.js';
import {emulateMediaFeatures} from './support/media.js';

const options = {modules: ['../src/index.ts', './ssr/preload.ts'], base: import.meta.url};

/** The text a reader sees in a widget (a server-rendered shadow root also holds its styles as a <style>). */
function text(el: Element): string {
  if (!el.shadowRoot) return '';
  const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_TEXT);
  let seen = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.parentElement?.localName !== 'style') seen += node.textContent;
  return seen.replace(/\s+/g, ' ').trim();
}

/**
 * Renders `template` in the browser alone and returns its text once rendered with its final figures (a count-up is
 * what the server's markup never shows): with reduced motion, so that the counter shows them at once, or, in an
 * engine that cannot emulate it (Firefox, WebKit), once its count-up has ended.
 */
async function clientText(template: TemplateResult): Promise<string> {
  const reduced = await emulateMediaFeatures([{name: 'prefers-reduced-motion', value: 'reduce'}]);
  try {
    const el = await rendered(await csrFixture(template, options));
    if (!reduced) await waitUntil(() => !el.shadowRoot!.querySelector('[part~="value"] [aria-hidden="true"]'), 'the count-up did not end', {timeout: 5000});
    return text(el);
  } finally {
    await emulateMediaFeatures([]);
  }
}

/** Waits until a client-rendered widget has rendered (it first loads its language). */
async function rendered<T extends HTMLElement>(el: T): Promise<T> {
  for (let tries = 0; !text(el) && tries < 200; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
  await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
  return el;
}

/** Console errors and uncaught errors while `run` runs. */
async function errorsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const errors: string[] = [];
  const original = console.error;
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  try {
    await run();
  } finally {
    console.error = original;
    window.removeEventListener('error', onError);
  }
  return errors;
}

const CASES: {name: string; template: TemplateResult; says: string[]}[] = [
  {
    name: 'cohesion-join-badge',
    template: html`<cohesion-join-badge lang="de" variant="supporter" show-count></cohesion-join-badge>`,
    says: ['Wir unterstützen die Allianz für Kohäsionspolitik', '12.000+'],
  },
  {
    name: 'cohesion-supporter-counter',
    template: html`<cohesion-supporter-counter lang="de" show-date></cohesion-supporter-counter>`,
    says: ['Regionen', '140', '12.000', 'Oktober 2022'],
  },
  {
    name: 'cohesion-declaration-summary',
    template: html`<cohesion-declaration-summary lang="fr"></cohesion-declaration-summary>`,
    says: ['Déclaration renouvelée', '12 octobre 2022', 'Lire la déclaration'],
  },
  {
    name: 'cohesion-document-picker',
    template: html`<cohesion-document-picker lang="lv" documents="debate-2022"></cohesion-document-picker>`,
    says: ['Debates par kohēzijas politikas nākotni sākas jau tagad!'],
  },
];

afterEach(() => cleanupFixtures());

/**
 * Renders `template` on the server, reads what the page shows before any script, then hydrates it as
 * `ssrHydratedFixture` does, and returns both texts and the console errors of the hydration.
 */
async function serverThenHydrated(template: TemplateResult) {
  const el = await ssrNonHydratedFixture(template, options);
  const server = text(el);
  const errors = await errorsDuring(async () => {
    el.removeAttribute('defer-hydration');
    await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
  });
  return {el, server, hydrated: text(el), errors};
}

/** A widget that renders the same on the server, after hydration and in the browser alone. */
async function expectSameEverywhere(template: TemplateResult, {axe = false} = {}): Promise<void> {
  const {el, server, hydrated, errors} = await serverThenHydrated(template);
  expect(server, 'the server renders content').not.to.equal('');
  expect(errors).to.deep.equal([]);
  expect(hydrated).to.equal(server);
  if (axe) await expect(el).to.be.accessible();
  cleanupFixtures();
  expect(await clientText(template)).to.equal(server);
}

for (const {name, template, says} of CASES) {
  describe(`<${name}> rendered on a server`, () => {
    it('shows its content in its own language before any script runs (declarative shadow DOM)', async () => {
      const el = await ssrNonHydratedFixture(template, options);
      expect(el.hasAttribute('defer-hydration'), 'not hydrated').to.equal(true);
      for (const words of says) expect(text(el)).to.include(words);
    });

    it('hydrates with the same text as the server and as a client-only render, with no console error', async () => {
      const server = text(await ssrNonHydratedFixture(template, options));
      cleanupFixtures();
      let hydrated = '';
      const errors = await errorsDuring(async () => {
        hydrated = text(await ssrHydratedFixture(template, options));
      });
      expect(errors).to.deep.equal([]);
      expect(hydrated).to.equal(server);
      cleanupFixtures();
      expect(await clientText(template)).to.equal(server);
    });

    it('is accessible once hydrated', async () => {
      const el = await ssrHydratedFixture(template, options);
      await expect(el).to.be.accessible();
    });
  });
}

describe("the server-rendered picker's language select", () => {
  const CHOSEN: [string, TemplateResult][] = [
    ['de', html`<cohesion-document-picker lang="de" documents="debate-2022"></cohesion-document-picker>`],
    ['lv', html`<cohesion-document-picker lang="de" document-lang="lv" documents="debate-2022"></cohesion-document-picker>`],
  ];
  for (const [chosen, template] of CHOSEN) {
    it(`shows the version chosen (${chosen}) before any script runs and once hydrated, with one option marked selected`, async () => {
      const el = await ssrNonHydratedFixture(template, options);
      const select = el.shadowRoot!.querySelector('select')!;
      expect(el.hasAttribute('defer-hydration'), 'not hydrated').to.equal(true);
      expect(select.value).to.equal(chosen);
      expect([...select.querySelectorAll('option[selected]')].map((option) => option.getAttribute('value'))).to.deep.equal([chosen]);
      el.removeAttribute('defer-hydration');
      await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
      expect(el.shadowRoot!.querySelector('select')).to.equal(select);
      expect(select.value).to.equal(chosen);
    });
  }
});

describe('widgets rendered on a server work once hydrated', () => {
  it('the badge fires its cancelable cohesion-join event', async () => {
    const el = await ssrHydratedFixture(html`<cohesion-join-badge lang="de"></cohesion-join-badge>`, options);
    const link = el.shadowRoot!.querySelector('a')!;
    // Cancelled as it is dispatched, so that the page stays.
    el.addEventListener('cohesion-join', (event) => event.preventDefault());
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'cohesion-join');
    expect(event).to.be.instanceOf(CohesionJoinEvent);
    expect(event.defaultPrevented).to.equal(true);
  });

  it("the picker's language select shows the version chosen", async () => {
    const el = (await ssrHydratedFixture(
      html`<cohesion-document-picker lang="de" documents="debate-2022"></cohesion-document-picker>`,
      options,
    )) as CohesionDocumentPicker;
    // It takes over the server's markup once its language's texts are there, which may be after the fixture resolves.
    await waitUntil(() => el.hasUpdated, 'the picker did not hydrate', {timeout: 5000});
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'fr';
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await el.updateComplete;
    // The titles of a language the server did not show load first.
    for (let tries = 0; !text(el).includes('commence dès maintenant') && tries < 200; tries++) await new Promise((r) => setTimeout(r, 10));
    expect(text(el)).to.include('Le débat sur l’avenir de la politique de cohésion commence dès maintenant!');
  });

  it('a widget the server rendered in English takes the language of its place on the page, and follows it', async () => {
    const pageLang = document.documentElement.lang;
    document.documentElement.lang = 'de';
    try {
      // No lang of its own: the server, which knows nothing of the page, renders it in English.
      const el = await ssrHydratedFixture(html`<cohesion-supporter-counter no-animation></cohesion-supporter-counter>`, options);
      await waitUntil(() => text(el).includes('Regionen'), 'German once hydrated', {timeout: 5000});
      expect(text(el)).not.to.include('Regions');
      el.setAttribute('lang', 'fr');
      await waitUntil(() => text(el).includes('Régions'), 'French after its lang changes', {timeout: 5000});
    } finally {
      document.documentElement.lang = pageLang;
    }
  });

  it('the counter shows its final figures at once, with no count-up from zero', async () => {
    const el = await ssrHydratedFixture(html`<cohesion-supporter-counter lang="de"></cohesion-supporter-counter>`, options);
    expect(text(el)).to.include('140');
    // While counting, each value also shows the count, drawn over the final figure and hidden from screen readers.
    expect(el.shadowRoot!.querySelectorAll('[part~="value"] [aria-hidden]')).to.have.length(0);
  });
});

describe('every widget renders the same on the server as in the browser', () => {
  for (const lang of EU_LANGUAGES) {
    it(`in ${lang}`, async () => {
      await expectSameEverywhere(html`<cohesion-join-badge lang=${lang} show-count></cohesion-join-badge>`);
      await expectSameEverywhere(html`<cohesion-supporter-counter lang=${lang} show-date></cohesion-supporter-counter>`);
      await expectSameEverywhere(html`<cohesion-declaration-summary lang=${lang}></cohesion-declaration-summary>`);
      await expectSameEverywhere(html`<cohesion-document-picker lang=${lang}></cohesion-document-picker>`);
    });
  }

  const STATES: [string, TemplateResult][] = [
    ...(['join', 'supporter'] as const).flatMap((variant) =>
      (['s', 'm', 'l'] as const).map((size): [string, TemplateResult] => [
        `a ${variant} badge of size ${size}`,
        html`<cohesion-join-badge lang="de" variant=${variant} size=${size} show-count></cohesion-join-badge>`,
      ]),
    ),
    ['a dark badge with its own label', html`<cohesion-join-badge lang="de" appearance="dark" label="Mitmachen"></cohesion-join-badge>`],
    ['a compact counter of three categories', html`<cohesion-supporter-counter lang="de" notation="compact" categories="regions cities meps"></cohesion-supporter-counter>`],
    ['a counter with no animation', html`<cohesion-supporter-counter lang="de" no-animation></cohesion-supporter-counter>`],
    ['a declaration with an h6 heading', html`<cohesion-declaration-summary lang="de" heading-level="6"></cohesion-declaration-summary>`],
    ['a collapsed declaration', html`<cohesion-declaration-summary lang="de" collapsed></cohesion-declaration-summary>`],
    ['a picker in Bulgarian, with the notice that the documents are not in it', html`<cohesion-document-picker lang="bg" why-href="https://example.org/why"></cohesion-document-picker>`],
    ['a picker showing Latvian on a German widget', html`<cohesion-document-picker lang="de" document-lang="lv"></cohesion-document-picker>`],
    ['a picker of the letter, in Irish', html`<cohesion-document-picker lang="ga" documents="letter-charles-michel" heading-level="4"></cohesion-document-picker>`],
  ];
  for (const [name, template] of STATES) {
    it(`as ${name}, accessibly`, async () => {
      await expectSameEverywhere(template, {axe: true});
    });
  }
});
