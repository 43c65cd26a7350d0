import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {emulateMedia, emulateMediaOrSkip} from './support/media.js';
import '../src/components/document-picker/cohesion-document-picker.js';
import {chooseDocumentLanguage, type CohesionDocumentPicker, type LanguageCandidates} from '../src/components/document-picker/document-picker.js';
import {readLightDom} from '../src/data/light-dom.js';
import {alliancePageUrl} from '../src/data/model.js';
import {SNAPSHOT} from '../src/data/snapshot.js';
import {CohesionDownloadEvent} from '../src/events/download.js';
import {primaryLanguage} from '../src/i18n/negotiate.js';
import {captureWarnings, feedUrl} from './support/feeds.js';
import {setPageLanguage} from './support/locale.js';
import {accessibleName} from './support/accname.js';


const LETTER_LANGS = ['de', 'es', 'fi', 'fr', 'it', 'pt', 'sv'];

/** What a reader meets in one document of the picker. */
function view(el: CohesionDocumentPicker, index = 0) {
  const article = el.shadowRoot!.querySelectorAll<HTMLElement>('[part="document"]')[index]!;
  const select = article.querySelector<HTMLSelectElement>('[part="language-select"]')!;
  return {
    article,
    title: article.querySelector<HTMLElement>('[part="title"]')!,
    notice: article.querySelector<HTMLElement>('[part="notice"]'),
    meta: article.querySelector<HTMLElement>('[part="meta"]')!,
    select,
    count: article.querySelector<HTMLElement>(`#${select.getAttribute('aria-describedby')}`)!,
    link: article.querySelector<HTMLAnchorElement>('[part="download"]')!,
  };
}

const documentsOf = (el: CohesionDocumentPicker) => [...el.shadowRoot!.querySelectorAll('[part="document"]')];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function picker(template: ReturnType<typeof html>): Promise<CohesionDocumentPicker> {
  const el = await fixture<CohesionDocumentPicker>(template);
  await el.updateComplete;
  return el;
}


/**
 * Activates a link as `activate` does and reports whether the browser would have followed it. The test stops the
 * navigation itself afterwards, so that the test page stays loaded.
 */
async function followed(activate: () => unknown): Promise<boolean> {
  let prevented: boolean | undefined;
  const stop = (event: Event) => {
    prevented = event.defaultPrevented;
    event.preventDefault();
  };
  document.addEventListener('click', stop);
  try {
    await activate();
    await waitUntil(() => prevented !== undefined, 'the link was not activated');
  } finally {
    document.removeEventListener('click', stop);
  }
  return !prevented;
}

async function chooseByMouse(select: HTMLSelectElement, lang: string): Promise<void> {
  select.value = lang;
  select.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  select.dispatchEvent(new Event('change', {bubbles: true}));
}

afterEach(async () => {
  await setPageLanguage('en');
  await emulateMedia({colorScheme: 'light'});
});

describe('chooseDocumentLanguage', () => {
  const debate = SNAPSHOT.documents.find((d) => d.id === 'debate-2022')!.editions.map((e) => e.lang);
  const table: [string, readonly string[], LanguageCandidates, string | undefined][] = [
    ['the preferred language over the page language', debate, {preferred: 'lv', page: 'de', browser: ['fr']}, 'lv'],
    ['the page language when the preferred one is missing', debate, {preferred: 'bg', page: 'de', browser: ['fr']}, 'de'],
    ['the page language by its primary subtag', debate, {page: 'de-AT', browser: ['fr']}, 'de'],
    ['the first browser language that exists when the page language is missing', debate, {page: 'bg', browser: ['ga-IE', 'fr-BE', 'de']}, 'fr'],
    ['English when no wanted language exists', debate, {page: 'bg', browser: ['ga', 'zh-CN']}, 'en'],
    ['French when English is missing too', LETTER_LANGS, {page: 'en', browser: ['en-GB', 'bg']}, 'fr'],
    ['German when English and French are missing', ['es', 'de', 'it'], {page: 'bg', browser: []}, 'de'],
    ['the first available when none of English, French and German exists', ['es', 'it'], {page: 'bg'}, 'es'],
    ['a regional version for its language', ['pt-pt', 'es'], {page: 'pt', browser: []}, 'pt-pt'],
    ['past invalid tags', debate, {preferred: 'not a tag!', page: '', browser: ['', 'sv']}, 'sv'],
    ['nothing when nothing is available', [], {page: 'de', browser: ['de']}, undefined],
  ];
  for (const [what, available, candidates, expected] of table) {
    it(`chooses ${what}`, () => {
      expect(chooseDocumentLanguage(available, candidates)).to.equal(expected);
    });
  }
});

describe('<cohesion-document-picker>', () => {
  const exact: [string, string][] = [
    ['lv', 'Debates par kohēzijas politikas nākotni sākas jau tagad!'],
    ['de', 'Die Debatte über die Zukunft der Kohäsionspolitik beginnt jetzt!'],
    ['fr', 'Le débat sur l’avenir de la politique de cohésion commence dès maintenant!'],
  ];
  for (const [lang, title] of exact) {
    it(`shows the ${lang} title exactly as published when document-lang is ${lang}`, async () => {
      const el = await picker(html`<cohesion-document-picker documents="debate-2022" document-lang=${lang}></cohesion-document-picker>`);
      const {title: heading, select, link, notice} = view(el);
      expect(heading.textContent).to.equal(title);
      expect(heading.getAttribute('lang')).to.equal(lang);
      expect(select.value).to.equal(lang);
      expect(link.getAttribute('hreflang')).to.equal(lang);
      expect(notice).to.equal(null);
    });

    it(`shows the ${lang} title and speaks ${lang} on a page in that language`, async () => {
      await setPageLanguage(lang);
      const el = await picker(html`<cohesion-document-picker documents="debate-2022"></cohesion-document-picker>`);
      const {title: heading, select, notice} = view(el);
      expect(heading.textContent).to.equal(title);
      expect(heading.getAttribute('lang')).to.equal(lang);
      expect(select.value).to.equal(lang);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(lang);
      expect(text(el.shadowRoot!.querySelector('label'))).to.not.equal('Language');
      expect(notice).to.equal(null);
    });
  }

  it('shows every document by default, in the order of the data', async () => {
    const el = await picker(html`<cohesion-document-picker document-lang="de"></cohesion-document-picker>`);
    expect(documentsOf(el).map((_, i) => view(el, i).title.textContent)).to.deep.equal([
      'Die Debatte über die Zukunft der Kohäsionspolitik beginnt jetzt!',
      'Erklärung der Allianz für Kohäsionspolitik für ein von Zusammenhalt und Nachhaltigkeit geprägtes widerstandsfähiges Europa 2.0',
      'Letter of the #CohesionAlliance to Charles Michel',
    ]);
    // The letter has no German title: its English one is marked as English.
    expect(view(el, 2).title.getAttribute('lang')).to.equal('en');
  });

  it('tells a Bulgarian reader in Bulgarian that no document exists in Bulgarian, and names the language shown', async () => {
    await setPageLanguage('bg');
    const el = await picker(html`<cohesion-document-picker></cohesion-document-picker>`);
    expect(documentsOf(el)).to.have.length(3);
    for (let i = 0; i < 3; i++) {
      const {notice, select, title} = view(el, i);
      expect(text(notice)).to.contain('Този документ не е наличен на български език.');
      const shown = notice!.querySelector('span[lang]')!;
      expect(shown.getAttribute('lang')).to.equal(select.value);
      // The language shown, named in Bulgarian, with its own name beside it: "английски (English)".
      const name = new Intl.DisplayNames('bg', {type: 'language'}).of(select.value);
      expect(text(notice)).to.contain(`Вместо това е показан на ${name} (${shown.textContent}).`);
      expect(select.value).to.not.equal('bg');
      // The letter has no title of its own in any language: its English title stands for it.
      expect(title.getAttribute('lang')).to.equal(i === 2 ? 'en' : select.value);
    }
    expect(text(el.shadowRoot!.querySelector('label'))).to.equal('Език');
    expect(text(view(el).count)).to.equal('Налични езици: 22');
    expect(text(view(el, 2).count)).to.equal('Налични езици: 7');
  });

  it('tells an English reader that the letter is not in English and shows it in French', async () => {
    // The letter exists in none of this browser's languages, so the negotiation reaches English, then French.
    const letterInBrowser = navigator.languages.some((tag) => LETTER_LANGS.includes(primaryLanguage(tag) ?? ''));
    expect(letterInBrowser, `navigator.languages is ${navigator.languages.join(', ')}`).to.equal(false);
    const el = await picker(html`<cohesion-document-picker documents="debate-2022 letter-charles-michel"></cohesion-document-picker>`);
    expect(view(el, 0).notice).to.equal(null);
    const {notice, select, link, title} = view(el, 1);
    expect(select.value).to.equal('fr');
    expect(text(notice)).to.equal('This document is not available in English. It is shown in French (Français) instead.');
    expect(notice!.querySelector('span[lang="fr"]')!.textContent).to.equal('Français');
    expect(title.textContent).to.equal('Letter of the #CohesionAlliance to Charles Michel');
    expect(link.getAttribute('hreflang')).to.equal('fr');
  });

  it('tells an Irish reader in Irish that the document is not available in Irish', async () => {
    await setPageLanguage('ga');
    const el = await picker(html`<cohesion-document-picker documents="declaration-2020"></cohesion-document-picker>`);
    expect(text(view(el).notice)).to.contain('Níl an doiciméad seo ar fáil i nGaeilge.');
    await expect(el).to.be.accessible();
  });

  it('links the notice to why-href, and drops a why-href that is not a web address with one warning', async () => {
    const el = await picker(
      html`<cohesion-document-picker documents="letter-charles-michel" why-href="/why-languages"></cohesion-document-picker>`,
    );
    const why = view(el).notice!.querySelector('a')!;
    expect(why.getAttribute('href')).to.equal(new URL('/why-languages', document.baseURI).href);
    expect(text(why)).to.equal('Find out why it is missing.');

    const warnings = await captureWarnings(async () => {
      el.whyHref = 'javascript:alert(1)';
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(view(el).notice!.querySelector('a')).to.equal(null);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('javascript:alert(1)');
  });

  it('shows the first browser language that exists, without a notice, on a page in a language it does not speak', async () => {
    const debate = SNAPSHOT.documents.find((d) => d.id === 'debate-2022')!.editions.map((e) => e.lang);
    const expected = navigator.languages.map((tag) => primaryLanguage(tag)).find((lang) => debate.includes(lang ?? '')) ?? 'en';
    await setPageLanguage('zh');
    const el = await picker(html`<cohesion-document-picker documents="debate-2022"></cohesion-document-picker>`);
    const {select, title, notice} = view(el);
    expect(select.value).to.equal(expected);
    expect(title.getAttribute('lang')).to.equal(expected);
    expect(notice).to.equal(null);
  });

  const sizes: [string, string][] = [
    ['en', 'Čeština · PDF · 702.44 kB'],
    ['de', 'Čeština · PDF · 702,44 kB'],
    ['fr', 'Čeština · PDF · 702,44 ko'],
  ];
  for (const [lang, meta] of sizes) {
    it(`writes the language, format and size the ${lang} way`, async () => {
      await setPageLanguage(lang);
      const el = await picker(html`<cohesion-document-picker documents="debate-2022" document-lang="cs"></cohesion-document-picker>`);
      expect(text(view(el).meta)).to.equal(meta);
      expect(view(el).meta.querySelector('span[lang="cs"]')!.textContent).to.equal('Čeština');
    });
  }

  it('lists every available language by its own name in a labelled select, with their count', async () => {
    const el = await picker(html`<cohesion-document-picker documents="debate-2022 letter-charles-michel"></cohesion-document-picker>`);
    const debate = view(el, 0);
    expect(accessibleName(debate.select)).to.equal('Language');
    expect(text(debate.count)).to.equal('Available languages: 22');
    const options = [...debate.select.options];
    expect(options).to.have.length(22);
    expect(options.find((o) => o.value === 'lv')!.textContent).to.equal('Latviešu');
    expect(options.find((o) => o.value === 'mt')!.textContent).to.equal('Malti');
    expect(options.every((o) => o.lang === o.value)).to.equal(true);
    const letter = view(el, 1);
    expect([...letter.select.options].map((o) => o.value)).to.deep.equal(LETTER_LANGS);
    expect(text(letter.count)).to.equal('Available languages: 7');
  });

  it('updates the title, size and link at once when the reader chooses another language', async () => {
    const el = await picker(html`<cohesion-document-picker documents="debate-2022"></cohesion-document-picker>`);
    await chooseByMouse(view(el).select, 'de');
    await el.updateComplete;
    const {title, meta, link, select} = view(el);
    expect(select.value).to.equal('de');
    expect(title.textContent).to.equal('Die Debatte über die Zukunft der Kohäsionspolitik beginnt jetzt!');
    expect(title.getAttribute('lang')).to.equal('de');
    expect(text(meta)).to.equal('Deutsch · PDF · 717.17 kB');
    expect(link.getAttribute('href')).to.equal(alliancePageUrl('de'));
    expect(link.getAttribute('hreflang')).to.equal('de');
  });

  it('changes the language with the arrow keys of the focused select', async () => {
    const el = await picker(html`<cohesion-document-picker documents="declaration-2020" document-lang="lt"></cohesion-document-picker>`);
    view(el).select.focus();
    await sendKeys({press: 'ArrowDown'});
    await el.updateComplete;
    const {select, title, meta} = view(el);
    expect(el.shadowRoot!.activeElement).to.equal(select);
    expect(select.value).to.equal('lv');
    expect(title.textContent).to.equal(
      'Kohēzijas alianses (#CohesionAlliance) deklarācija par saliedētu, ilgtspējīgu un izturētspējīgu Eiropu',
    );
    expect(text(meta)).to.equal('Latviešu · PDF · 595.64 kB');
  });

  it('leads to the Alliance’s page in the chosen language, and says so, for versions without a file address', async () => {
    const el = await picker(html`<cohesion-document-picker documents="debate-2022" document-lang="sv"></cohesion-document-picker>`);
    const {link} = view(el);
    expect(link.getAttribute('href')).to.equal(alliancePageUrl('sv'));
    expect(link.getAttribute('hreflang')).to.equal('sv');
    expect(link.hasAttribute('download')).to.equal(false);
    expect(link.hasAttribute('type')).to.equal(false);
    expect(text(link)).to.equal('Get it from the #CohesionAlliance page');
  });

  it('fires a cohesion-download event that bubbles out of the shadow root, and lets the download go on', async () => {
    const el = await picker(html`<cohesion-document-picker documents="debate-2022" document-lang="de"></cohesion-document-picker>`);
    const seen: CohesionDownloadEvent[] = [];
    const listener = (event: CohesionDownloadEvent) => seen.push(event);
    document.addEventListener('cohesion-download', listener);
    try {
      expect(await followed(() => view(el).link.click())).to.equal(true);
    } finally {
      document.removeEventListener('cohesion-download', listener);
    }
    expect(seen).to.have.length(1);
    expect(seen[0]).to.be.instanceOf(CohesionDownloadEvent);
    expect(seen[0]!.cancelable).to.equal(true);
    expect(seen[0]!.target).to.equal(el);
    expect(seen[0]!.detail).to.deep.equal({documentId: 'debate-2022', lang: 'de', href: alliancePageUrl('de')});
  });

  it('stops the download when a listener cancels cohesion-download', async () => {
    const el = await picker(html`<cohesion-document-picker documents="debate-2022" document-lang="it"></cohesion-document-picker>`);
    el.addEventListener('cohesion-download', (event) => event.preventDefault());
    expect(await followed(() => view(el).link.click())).to.equal(false);
  });

  it('fires cohesion-download when the reader presses Enter on the focused link', async () => {
    const el = await picker(html`<cohesion-document-picker documents="letter-charles-michel" document-lang="fi"></cohesion-document-picker>`);
    view(el).link.focus();
    const event = oneEvent(el, 'cohesion-download');
    expect(await followed(() => sendKeys({press: 'Enter'}))).to.equal(true);
    expect((await event).detail.lang).to.equal('fi');
  });

  it('gives a download link the media type of its format, and none for a format it does not know', async () => {
    const el = await picker(html`<cohesion-document-picker document-lang="de">
      <div data-document="minutes"><a href="/files/minutes-de.odt" hreflang="de">Deutsch</a></div>
      <div data-document="letter"><a href="/files/letter-de.docx" hreflang="de" type="application/vnd.openxmlformats-officedocument.wordprocessingml.document">Deutsch</a></div>
      <div data-document="archive"><a href="/files/archive-de.zip" hreflang="de" type="application/zip">Deutsch</a></div>
    </cohesion-document-picker>`);
    expect(documentsOf(el)).to.have.length(3);
    expect(text(view(el, 0).meta)).to.equal('Deutsch · ODT');
    expect(view(el, 0).link.getAttribute('type')).to.equal('application/vnd.oasis.opendocument.text');
    expect(text(view(el, 1).meta)).to.equal('Deutsch · DOCX');
    expect(view(el, 1).link.getAttribute('type')).to.equal('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(text(view(el, 2).meta)).to.equal('Deutsch · ZIP');
    expect(view(el, 2).link.hasAttribute('type')).to.equal(false);
    expect(view(el, 2).link.hasAttribute('download')).to.equal(true);
  });

  it("gives the Alliance's own PDF the size the Alliance gives, unless the link names its own", async () => {
    const el = await picker(html`<cohesion-document-picker document-lang="de" documents="debate-2022 declaration-2020">
      <div data-document="debate-2022"><a href="/files/debate-de.pdf" hreflang="de">Deutsch</a></div>
      <div data-document="declaration-2020"><a href="/files/declaration-de.odt" hreflang="de">Deutsch</a></div>
    </cohesion-document-picker>`);
    await waitUntil(() => view(el, 0).link.getAttribute('href')?.endsWith('/files/debate-de.pdf'), 'the own links were not read');
    expect(text(view(el, 0).meta)).to.equal('Deutsch · PDF · 717.17 kB');
    // The Alliance's size is its PDF's: an ODT file of unknown size gets none.
    expect(text(view(el, 1).meta)).to.equal('Deutsch · ODT');
  });

  it('reads documents grouped by data-document from its own links, and drops a javascript: address', async () => {
    const el = await picker(html`<cohesion-document-picker>
      <section data-document="report-2024" lang="en">
        <h3>Annual report</h3>
        <ul>
          <li><a href="/files/report-de.pdf" hreflang="de" type="application/pdf" data-bytes="1048576">Deutsch</a></li>
          <li><a href="javascript:alert(1)" hreflang="fr">Français</a></li>
          <li><a href="/files/report-en.pdf" hreflang="en" data-bytes="204800">English</a></li>
        </ul>
      </section>
      <div data-document="leaflet"><a href="https://example.org/leaflet-it.pdf" hreflang="it">Italiano</a></div>
    </cohesion-document-picker>`);
    expect(documentsOf(el)).to.have.length(2);
    const report = view(el, 0);
    expect(report.title.textContent).to.equal('Annual report');
    expect(report.title.getAttribute('lang')).to.equal('en');
    expect([...report.select.options].map((o) => o.value)).to.deep.equal(['de', 'en']);
    expect(text(report.meta)).to.equal('English · PDF · 200 kB');
    expect(report.link.getAttribute('href')).to.equal(new URL('/files/report-en.pdf', document.baseURI).href);
    expect(report.link.hasAttribute('download')).to.equal(true);
    expect(report.link.getAttribute('type')).to.equal('application/pdf');
    expect(text(report.link)).to.equal('Download');
    await chooseByMouse(report.select, 'de');
    await el.updateComplete;
    expect(text(view(el, 0).meta)).to.equal('Deutsch · PDF · 1 MB');
    expect(el.shadowRoot!.innerHTML).to.not.contain('javascript:');
    expect(view(el, 1).select.value).to.equal('it');
  });

  it('reads links placed directly inside it as one document, merged with the known one named in documents', async () => {
    const el = await picker(html`<cohesion-document-picker documents="debate-2022" document-lang="de">
      <a href="https://example.org/debate-de.pdf" hreflang="de" type="application/pdf" data-bytes="734382">Deutsch</a>
      <a href="javascript:alert(1)" hreflang="lv">Latviešu</a>
    </cohesion-document-picker>`);
    const {title, link, meta, select} = view(el);
    expect(title.textContent).to.equal('Die Debatte über die Zukunft der Kohäsionspolitik beginnt jetzt!');
    expect(link.getAttribute('href')).to.equal('https://example.org/debate-de.pdf');
    expect(link.hasAttribute('download')).to.equal(true);
    expect(text(meta)).to.equal('Deutsch · PDF · 717.17 kB');
    await chooseByMouse(select, 'lv');
    await el.updateComplete;
    expect(view(el).link.getAttribute('href')).to.equal(alliancePageUrl('lv'));
  });

  it('reads a lone document from direct links with its heading, and follows links added later', async () => {
    const el = await picker(html`<cohesion-document-picker>
      <h2 lang="fr">Rapport annuel</h2>
      <a href="/rapport-fr.pdf" hreflang="fr">Français</a>
    </cohesion-document-picker>`);
    expect(documentsOf(el)).to.have.length(1);
    expect(view(el).title.textContent).to.equal('Rapport annuel');
    expect(view(el).title.getAttribute('lang')).to.equal('fr');

    const added = document.createElement('a');
    added.href = '/report-en.pdf';
    added.hreflang = 'en';
    el.append(added);
    await waitUntil(() => view(el).select.options.length === 2, 'the added link was not read');
    expect(view(el).select.value).to.equal('en');
  });

  it('drops a feed address that is not a web address and shows markup in a feed title as text', async () => {
    const src = feedUrl({
      body: {
        documents: [
          {
            id: 'news-2024',
            title: '<img src=x onerror="window.hacked=1">News',
            editions: [
              {lang: 'en', href: 'javascript:window.hacked=1'},
              {lang: 'de', href: 'https://example.org/news-de.pdf', title: '<b>Nachrichten</b>', bytes: 2048},
            ],
          },
        ],
      },
    });
    let el!: CohesionDocumentPicker;
    const warnings = await captureWarnings(async () => {
      el = await picker(html`<cohesion-document-picker documents="news-2024" src=${src}></cohesion-document-picker>`);
      await waitUntil(() => documentsOf(el).length === 1, 'the feed document did not appear');
    });
    expect(warnings.join('\n')).to.contain('documents[0].editions[0].href');
    const {title, select, link} = view(el);
    expect(title.textContent).to.equal('<b>Nachrichten</b>');
    expect(el.shadowRoot!.querySelector('b, img')).to.equal(null);
    expect([...select.options].map((o) => o.value)).to.deep.equal(['de']);
    expect(link.getAttribute('href')).to.equal('https://example.org/news-de.pdf');
    expect((window as unknown as {hacked?: number}).hacked).to.equal(undefined);
  });

  it('fires cohesion-data-error for a broken feed and keeps showing the embedded documents', async () => {
    const src = feedUrl({status: 500, body: {}});
    let el!: CohesionDocumentPicker;
    const warnings = await captureWarnings(async () => {
      // Heard from the start: the picker's first render completes after its language names, which may be after the
      // feed's answer.
      const failed = oneEvent(document, 'cohesion-data-error');
      el = await fixture<CohesionDocumentPicker>(html`<cohesion-document-picker src=${src}></cohesion-document-picker>`);
      const event = await failed;
      expect(event.target).to.equal(el);
      expect(event.detail.message).to.equal('HTTP 500');
    });
    expect(warnings).to.have.length(1);
    await el.updateComplete;
    expect(documentsOf(el)).to.have.length(3);
  });

  it('shows the documents named in documents in that order and warns once about an unknown id', async () => {
    let el!: CohesionDocumentPicker;
    const warnings = await captureWarnings(async () => {
      el = await picker(
        html`<cohesion-document-picker documents="letter-charles-michel nope debate-2022" document-lang="es"></cohesion-document-picker>`,
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(documentsOf(el).map((_, i) => view(el, i).select.options.length)).to.deep.equal([7, 22]);
    expect(view(el, 1).title.textContent).to.equal('El debate sobre el futuro de la política de cohesión empieza ahora');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"nope"');
  });

  it('warns once about an invalid document-lang and heading-level and falls back', async () => {
    let el!: CohesionDocumentPicker;
    const warnings = await captureWarnings(async () => {
      el = await picker(html`<cohesion-document-picker documents="debate-2022" document-lang="??" heading-level="9"></cohesion-document-picker>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(2);
    expect(view(el).title.localName).to.equal('h3');
    expect(view(el).select.value).to.equal('en');
  });

  it('gives the titles the heading level asked for', async () => {
    const el = await picker(html`<cohesion-document-picker heading-level="2"></cohesion-document-picker>`);
    expect(documentsOf(el).map((_, i) => view(el, i).title.localName)).to.deep.equal(['h2', 'h2', 'h2']);
    expect(view(el).article.getAttribute('aria-labelledby')).to.equal(view(el).title.id);
  });

  it('follows a change of the page language', async () => {
    const el = await picker(html`<cohesion-document-picker documents="debate-2022"></cohesion-document-picker>`);
    await setPageLanguage('pl');
    await el.updateComplete;
    expect(view(el).title.textContent).to.equal('Debata na temat przyszłości polityki spójności zaczyna się teraz!');
    expect(text(view(el).link)).to.equal('Znajdź go na stronie #CohesionAlliance');
  });

  for (const appearance of ['light', 'dark'] as const) {
    for (const page of ['en', 'bg'] as const) {
      const state = page === 'bg' ? 'with the notice' : 'without a notice';
      it(`is accessible in ${appearance} appearance ${state}`, async function () {
        await emulateMediaOrSkip(this, {colorScheme: appearance});
        await setPageLanguage(page);
        // On an English page only the letter, which has no English version, carries a notice.
        const documents = page === 'bg' ? 'debate-2022 declaration-2020 letter-charles-michel' : 'debate-2022 declaration-2020';
        const el = await picker(
          html`<cohesion-document-picker appearance=${appearance} documents=${documents} why-href="https://example.org/why"></cohesion-document-picker>`,
        );
        expect(documentsOf(el).every((_, i) => (view(el, i).notice !== null) === (page === 'bg'))).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('keeps its controls at least 24 by 24 CSS pixels', async () => {
    const el = await picker(html`<cohesion-document-picker documents="debate-2022"></cohesion-document-picker>`);
    for (const control of [view(el).select, view(el).link]) {
      const box = control.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
  });
});

describe('readLightDom', () => {
  it('reads nothing from an element without language links', () => {
    const root = document.createElement('div');
    root.innerHTML = '<a href="/x.pdf">No language</a><p>Text</p>';
    expect(readLightDom(root, 'document')).to.deep.equal({});
  });
});
