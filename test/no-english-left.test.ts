import {expect, fixtureSync, html} from '@open-wc/testing';
import '../src/index.js';
import {EU_LANGUAGES} from '../src/i18n/negotiate.js';
import {setPageLanguage} from './support/locale.js';
import {WIDGET_TAGS} from './support/safety.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

/** Words that are the same in every language: the Alliance's name and the file format. */
const SAME_EVERYWHERE = /^(#CohesionAlliance|PDF)$/;
/** A file size from Intl ("213.87 kB"): Irish and Maltese write it as English does. */
const FILE_SIZE = /^[\d.,\s\u00a0\u202f]+(kB|MB)$/;

/**
 * The text a widget writes in its own language: every text node whose nearest `lang` is the page's. Titles and
 * language names in another language carry their own `lang` and are data, not interface.
 */
function interfaceText(widget: Element, lang: string): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(widget.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    // Numbers, dates, sizes and punctuation come from Intl, which is checked per locale elsewhere.
    if (!/\p{L}{2}/u.test(text) || SAME_EVERYWHERE.test(text) || FILE_SIZE.test(text)) continue;
    if (node.parentElement?.closest('[lang]')?.getAttribute('lang') !== lang) continue;
    texts.push(text);
  }
  return texts;
}

async function renderAll(): Promise<Widget[]> {
  const container = fixtureSync<HTMLElement>(html`
    <div>
      <cohesion-join-badge show-count></cohesion-join-badge>
      <cohesion-join-badge variant="supporter"></cohesion-join-badge>
      <cohesion-supporter-counter no-animation show-date></cohesion-supporter-counter>
      <cohesion-declaration-summary collapsed></cohesion-declaration-summary>
      <cohesion-document-picker why-href="https://example.org/why"></cohesion-document-picker>
    </div>
  `);
  const widgets = [...container.querySelectorAll<Widget>(WIDGET_TAGS.join(', '))];
  await Promise.all(widgets.map((el) => el.updateComplete));
  return widgets;
}

describe('every widget in every language', () => {
  let english: Map<string, Set<string>>;

  before(async () => {
    await setPageLanguage('en');
    const widgets = await renderAll();
    english = new Map(widgets.map((el, i) => [`${el.localName}#${i}`, new Set(interfaceText(el, 'en'))]));
    // The check below is only as good as this list: it must hold the widgets' English wording.
    expect([...english.values()].every((texts) => texts.size > 0)).to.equal(true);
    expect([...english.get('cohesion-declaration-summary#3')!]).to.include('The five commitments');
  });

  afterEach(() => setPageLanguage('en'));

  for (const lang of EU_LANGUAGES.filter((l) => l !== 'en')) {
    it(`leaves no English in the widgets' own text in ${lang}`, async () => {
      await setPageLanguage(lang);
      const widgets = await renderAll();
      widgets.forEach((el, i) => {
        const texts = interfaceText(el, lang);
        expect(texts.length, `${el.localName} has text in ${lang}`).to.be.greaterThan(0);
        const left = texts.filter((text) => english.get(`${el.localName}#${i}`)!.has(text));
        expect(left, `${el.localName} in ${lang}: ${JSON.stringify(left)}`).to.deep.equal([]);
      });
    });
  }
});
