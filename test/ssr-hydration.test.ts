// Each widget rendered on a server with @lit-labs/ssr (in Node, from the same sources), shown before any script
// runs, then hydrated in the browser: the same text as the server's and as a client-only render, no mismatch, no
// console error, and the widget works afterwards.
import {cleanupFixtures, csrFixture, ssrHydratedFixture, ssrNonHydratedFixture} from '@lit-labs/testing/fixtures.js';
import {expect, oneEvent} from '@open-wc/testing';
import {html, type TemplateResult} from 'lit';
import '../src/index.js';
import type {CohesionDocumentPicker} from '../src/index.js';
import {CohesionJoinEvent} from '../src/events/join.js';

const options = {modules: ['../src/index.ts', './ssr/preload.ts'], base: import.meta.url};

/** The text a reader sees in a widget (a server-rendered shadow root also holds its styles as a <style>). */
function text(el: Element): string {
  if (!el.shadowRoot) return '';
  const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_TEXT);
  let seen = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.parentElement?.localName !== 'style') seen += node.textContent;
  return seen.replace(/\s+/g, ' ').trim();
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
      expect(text(await rendered(await csrFixture(template, options)))).to.equal(server);
    });

    it('is accessible once hydrated', async () => {
      const el = await ssrHydratedFixture(template, options);
      await expect(el).to.be.accessible();
    });
  });
}

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
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'fr';
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await el.updateComplete;
    // The titles of a language the server did not show load first.
    for (let tries = 0; !text(el).includes('commence dès maintenant') && tries < 200; tries++) await new Promise((r) => setTimeout(r, 10));
    expect(text(el)).to.include('Le débat sur l’avenir de la politique de cohésion commence dès maintenant!');
  });

  it('the counter shows its final figures at once, with no count-up from zero', async () => {
    const el = await ssrHydratedFixture(html`<cohesion-supporter-counter lang="de"></cohesion-supporter-counter>`, options);
    expect(text(el)).to.include('140');
    // While counting, each value also shows the count, drawn over the final figure and hidden from screen readers.
    expect(el.shadowRoot!.querySelectorAll('[part~="value"] [aria-hidden]')).to.have.length(0);
  });
});
