import {aTimeout, expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/components/declaration-summary/cohesion-declaration-summary.js';
import {chooseDeclarationLink, type CohesionDeclarationSummary} from '../src/components/declaration-summary/declaration-summary.js';
import {alliancePageUrl, type AllianceData} from '../src/data/model.js';
import {SNAPSHOT} from '../src/data/snapshot.js';
import {EU_LANGUAGES} from '../src/i18n/negotiate.js';
import {captureWarnings, feedUrl} from './support/feeds.js';
import {setPageLanguage} from './support/locale.js';

const ENGLISH_COMMITMENTS = [
  "the EU's most important investment policy",
  "the EU's most visible instrument at local and regional level",
  'a long-term development policy based on shared management, partnership and multilevel governance',
  "a policy with a place-based approach that addresses the Union's territorial diversity",
  'a key tool for territorial cooperation, solidarity and integration',
];

// The seed page's own wording, which the Bulgarian summary must reproduce as it stands.
const BULGARIAN_COMMITMENTS = [
  'най-важната инвестиционна политика на ЕС',
  'най-видимия инструмент на ЕС на местно и регионално равнище',
  'дългосрочна политика за развитие, основана на принципите на споделено управление, партньорство и многостепенно управление',
  'политика, която следва ориентиран към местните условия подход и отчита териториалното многообразие на Съюза',
  'ключов инструмент за подкрепа на териториалното сътрудничество и насърчаване на солидарността и интеграцията',
];
const BULGARIAN_CALL =
  'Нека напомним на всички лица, отговорни за вземането на решения на равнището на ЕС и на национално равнище, колко незаменима е ролята на политиката на сближаване в процеса на европейска интеграция!';

async function summary(template = html`<cohesion-declaration-summary></cohesion-declaration-summary>`) {
  const el = await fixture<CohesionDeclarationSummary>(template);
  await el.updateComplete;
  return el;
}

const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const items = (el: HTMLElement) => [...part(el, 'commitments').querySelectorAll('li')].map(text);

describe('<cohesion-declaration-summary>', () => {
  afterEach(async () => {
    await setPageLanguage('en');
  });

  it('shows a heading, the signing date, the five commitments, the call as a quote and a link to the full text', async () => {
    const el = await summary();
    expect(text(part(el, 'heading'))).to.equal('Renewed declaration of the #CohesionAlliance');
    expect(part(el, 'date').localName).to.equal('time');
    expect(part(el, 'date').getAttribute('datetime')).to.equal('2022-10-12');
    expect(part(el, 'commitments').localName).to.equal('ul');
    expect(items(el)).to.deep.equal(ENGLISH_COMMITMENTS);
    expect(part(el, 'quote').localName).to.equal('blockquote');
    expect(text(part(el, 'quote'))).to.match(/^Let us remind all decision-makers/);
    expect(part(el, 'link').localName).to.equal('a');
    expect(text(part(el, 'link'))).to.equal('Read the declaration');
  });

  for (const lang of EU_LANGUAGES) {
    it(`lists the five commitments in ${lang}${lang === 'en' ? '' : ', none of them left in English'}`, async () => {
      await setPageLanguage(lang);
      const el = await summary();
      expect(part(el, 'base').lang).to.equal(lang);
      const commitments = items(el);
      expect(commitments).to.have.length(5);
      for (const commitment of commitments) expect(commitment).to.not.equal('');
      if (lang !== 'en') {
        for (const commitment of commitments) expect(ENGLISH_COMMITMENTS).to.not.include(commitment);
        expect(text(part(el, 'heading'))).to.not.equal('Renewed declaration of the #CohesionAlliance');
        expect(text(part(el, 'quote'))).to.not.match(/^Let us remind/);
      }
    });
  }

  it("uses the source page's Bulgarian wording for the commitments and the call", async () => {
    await setPageLanguage('bg');
    const el = await summary();
    expect(items(el)).to.deep.equal(BULGARIAN_COMMITMENTS);
    expect(text(part(el, 'quote'))).to.equal(BULGARIAN_CALL);
    expect(text(el.shadowRoot!.querySelector('.intro')!)).to.match(
      /^Чрез съвместна декларация, подписана на 12 октомври 2022\sг\., Европейският комитет на регионите .* като:$/,
    );
  });

  it('follows a change of the page language after the first render', async () => {
    const el = await summary();
    await setPageLanguage('de');
    await el.updateComplete;
    expect(items(el)[0]).to.equal('die wichtigste Investitionspolitik der EU');
    expect(part(el, 'base').lang).to.equal('de');
  });

  const dates: [string, RegExp][] = [
    ['en', /^October 12, 2022$/],
    ['de', /^12\. Oktober 2022$/],
    ['fr', /^12 octobre 2022$/],
    ['bg', /^12 октомври 2022\sг\.$/],
    ['ga', /^12 Deireadh Fómhair 2022$/],
    ['mt', /^12 ta’ Ottubru 2022$/],
  ];
  for (const [lang, pattern] of dates) {
    it(`writes the signing date the ${lang} way, inside the introductory sentence`, async () => {
      await setPageLanguage(lang);
      const el = await summary();
      const date = part(el, 'date');
      expect(text(date)).to.match(pattern);
      expect(date.getAttribute('datetime')).to.equal('2022-10-12');
      expect(date.closest('p')!.classList.contains('intro')).to.equal(true);
      expect(text(date.closest('p')!).length).to.be.greaterThan(text(date).length + 40);
    });
  }

  it('renders a level-2 heading by default', async () => {
    const el = await summary();
    expect(part(el, 'heading').localName).to.equal('h2');
    expect(el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')).to.have.length(1);
  });

  for (const level of [2, 3, 4, 5, 6]) {
    it(`renders an h${level} for heading-level="${level}"`, async () => {
      const el = await summary(html`<cohesion-declaration-summary heading-level=${level}></cohesion-declaration-summary>`);
      expect(part(el, 'heading').localName).to.equal(`h${level}`);
    });
  }

  for (const bad of ['1', '7', 'three', '']) {
    it(`warns once and falls back to h2 for heading-level="${bad}"`, async () => {
      let el!: CohesionDeclarationSummary;
      const warnings = await captureWarnings(async () => {
        el = await summary(html`<cohesion-declaration-summary heading-level=${bad}></cohesion-declaration-summary>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(part(el, 'heading').localName).to.equal('h2');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('heading-level');
    });
  }

  it('shows the commitments at once when not collapsed', async () => {
    const el = await summary();
    expect(el.shadowRoot!.querySelector('details')).to.equal(null);
    const list = part(el, 'commitments');
    expect(list.checkVisibility()).to.equal(true);
    expect(list.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('folds the commitments into a closed disclosure with a translated summary when collapsed', async () => {
    await setPageLanguage('de');
    const el = await summary(html`<cohesion-declaration-summary collapsed></cohesion-declaration-summary>`);
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('summary')!)).to.equal('Die fünf Verpflichtungen');
    expect(details.contains(part(el, 'commitments'))).to.equal(true);
    expect(part(el, 'commitments').checkVisibility()).to.equal(false);
  });

  // The space bar by its character, which every engine's driver knows (Firefox's has no key named "Space").
  for (const [key, press] of [['Enter', 'Enter'], ['Space', ' ']]) {
    it(`opens the folded commitments with ${key} on the focused summary`, async () => {
      const el = await summary(html`<cohesion-declaration-summary collapsed></cohesion-declaration-summary>`);
      const details = el.shadowRoot!.querySelector('details')!;
      const toggle = details.querySelector('summary')!;
      toggle.focus();
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      await sendKeys({press});
      await waitUntil(() => details.open, `${key} did not open the disclosure`);
      expect(part(el, 'commitments').checkVisibility()).to.equal(true);
      expect(items(el)).to.have.length(5);
    });
  }

  it('reaches the summary and the link with Tab, each with a visible focus outline', async () => {
    const el = await summary(html`<cohesion-declaration-summary collapsed></cohesion-declaration-summary>`);
    const toggle = el.shadowRoot!.querySelector('summary')!;
    const link = part(el, 'link');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    expect(getComputedStyle(toggle).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(toggle).outlineWidth)).to.be.at.least(2);
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(link);
    expect(getComputedStyle(link).outlineStyle).to.equal('solid');
    before.remove();
  });

  it('gives the summary and the link a target at least 24 CSS pixels tall', async () => {
    const el = await summary(html`<cohesion-declaration-summary collapsed></cohesion-declaration-summary>`);
    expect(el.shadowRoot!.querySelector('summary')!.getBoundingClientRect().height).to.be.at.least(24);
    expect(part(el, 'link').getBoundingClientRect().height).to.be.at.least(24);
  });

  it("links to the version in the page's language, without naming the language", async () => {
    await setPageLanguage('de');
    const el = await summary();
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link.hreflang).to.equal('de');
    expect(link.href).to.equal(alliancePageUrl('de'));
    expect(text(link)).to.equal('Die Erklärung lesen');
    expect(link.querySelector('[lang]')).to.equal(null);
  });

  it('links a Bulgarian page to another language, since none exists in Bulgarian, and names it in Bulgarian and in its own', async () => {
    await setPageLanguage('bg');
    const el = await summary();
    const link = part(el, 'link') as HTMLAnchorElement;
    const expected = chooseDeclarationLink(SNAPSHOT, 'bg').lang;
    expect(expected).to.not.equal('bg');
    expect(link.hreflang).to.equal(expected);
    expect(link.href).to.equal(alliancePageUrl(expected));
    const name = link.querySelector<HTMLElement>('span[lang]')!;
    expect(name.lang).to.equal(expected);
    expect(text(name)).to.equal(new Intl.DisplayNames([expected], {type: 'language'}).of(expected)!.replace(/^./, (c) => c.toUpperCase()));
    const inBulgarian = new Intl.DisplayNames(['bg'], {type: 'language'}).of(expected)!;
    expect(text(link)).to.equal(`Прочетете декларацията (език: ${inBulgarian} (${text(name)}))`);
  });

  it('names Irish readers the version it links to as well', async () => {
    await setPageLanguage('ga');
    const el = await summary();
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link.hreflang).to.not.equal('ga');
    expect(text(link)).to.match(/^Léigh an dearbhú \(teanga: .+ \(.+\)\)$/);
  });

  describe('choosing the version to link to', () => {
    const without = (...langs: string[]): AllianceData => ({
      ...SNAPSHOT,
      documents: SNAPSHOT.documents.map((d) => ({...d, editions: d.editions.filter((e) => !langs.includes(e.lang))})),
    });

    it("takes the reader's first browser language that has a version", () => {
      expect(chooseDeclarationLink(SNAPSHOT, 'bg', ['bg-BG', 'ga', 'it-IT', 'fr']).lang).to.equal('it');
    });

    it('then English, French and German, in that order', () => {
      expect(chooseDeclarationLink(SNAPSHOT, 'bg', ['ja']).lang).to.equal('en');
      expect(chooseDeclarationLink(without('en'), 'bg', []).lang).to.equal('fr');
      expect(chooseDeclarationLink(without('en', 'fr'), 'bg', []).lang).to.equal('de');
    });

    it('then the first version listed', () => {
      expect(chooseDeclarationLink(without('en', 'fr', 'de'), 'bg', []).lang).to.equal('cs');
    });

    it("leads to the Alliance's page when the document has no usable version", () => {
      const link = chooseDeclarationLink({...SNAPSHOT, declaration: {...SNAPSHOT.declaration, documentId: 'missing'}}, 'bg', []);
      expect(link).to.deep.equal({href: alliancePageUrl('bg'), lang: 'bg'});
    });

    it('passes over a version whose address is not http or https', () => {
      const data: AllianceData = {
        ...SNAPSHOT,
        documents: SNAPSHOT.documents.map((d) => ({
          ...d,
          editions: d.editions.map((e) => (e.lang === 'de' ? {...e, href: 'javascript:alert(1)'} : e)),
        })),
      };
      expect(chooseDeclarationLink(data, 'de', []).lang).to.equal('en');
    });
  });

  it('links straight to the PDF when the feed gives its address, naming format and size', async () => {
    await setPageLanguage('de');
    const src = feedUrl({
      body: {documents: [{id: 'debate-2022', editions: [{lang: 'de', href: 'https://example.org/debatte.pdf', bytes: 734382}]}]},
    });
    const el = await summary(html`<cohesion-declaration-summary src=${src}></cohesion-declaration-summary>`);
    const link = () => part(el, 'link') as HTMLAnchorElement;
    await waitUntil(() => link().href === 'https://example.org/debatte.pdf', 'the feed address was not used');
    expect(link().type).to.equal('application/pdf');
    expect(link().hreflang).to.equal('de');
    expect(text(link())).to.equal('Die Erklärung lesen (PDF, 717,17 kB)');
  });

  it('gives the link the media type of the format the feed names, and none for a format it does not know', async () => {
    await setPageLanguage('de');
    const src = feedUrl({
      body: {documents: [{id: 'debate-2022', editions: [{lang: 'de', href: 'https://example.org/debatte.docx', format: 'docx'}]}]},
    });
    const el = await summary(html`<cohesion-declaration-summary src=${src}></cohesion-declaration-summary>`);
    const link = () => part(el, 'link') as HTMLAnchorElement;
    await waitUntil(() => link().href === 'https://example.org/debatte.docx', 'the feed address was not used');
    expect(link().type).to.equal('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    // The size the Alliance gives is its PDF's: a Word file of unknown size gets none.
    expect(text(link())).to.equal('Die Erklärung lesen (DOCX)');

    const other = feedUrl({
      body: {documents: [{id: 'debate-2022', editions: [{lang: 'de', href: 'https://example.org/debatte.xyz', format: 'XYZ'}]}]},
    });
    el.src = other;
    await waitUntil(() => link().href === 'https://example.org/debatte.xyz', 'the second feed address was not used');
    expect(link().hasAttribute('type')).to.equal(false);
    expect(text(link())).to.equal('Die Erklärung lesen (XYZ)');
  });

  it("names the size the Alliance gives for its PDF when the feed gives the file's address without one", async () => {
    await setPageLanguage('fr');
    const src = feedUrl({body: {documents: [{id: 'debate-2022', editions: [{lang: 'fr', href: 'https://example.org/debat.pdf'}]}]}});
    const el = await summary(html`<cohesion-declaration-summary src=${src}></cohesion-declaration-summary>`);
    const link = () => part(el, 'link') as HTMLAnchorElement;
    await waitUntil(() => link().href === 'https://example.org/debat.pdf', 'the feed address was not used');
    expect(text(link())).to.equal('Lire la déclaration (PDF, 702,98 ko)');
  });

  it('keeps the embedded address and fires cohesion-data-error when the feed fails', async () => {
    const src = feedUrl({status: 500});
    let event: Event | undefined;
    const warnings = await captureWarnings(async () => {
      const el = await fixture<CohesionDeclarationSummary>(
        html`<cohesion-declaration-summary src=${src} @cohesion-data-error=${(e: Event) => (event = e)}></cohesion-declaration-summary>`,
      );
      await waitUntil(() => event !== undefined, 'no cohesion-data-error');
      await aTimeout(0);
      expect((part(el, 'link') as HTMLAnchorElement).href).to.equal(alliancePageUrl('en'));
    });
    expect(warnings.length).to.be.at.most(1);
  });

  const states: [string, ReturnType<typeof html>][] = [
    ['light', html`<cohesion-declaration-summary appearance="light"></cohesion-declaration-summary>`],
    ['dark', html`<cohesion-declaration-summary appearance="dark"></cohesion-declaration-summary>`],
    ['collapsed', html`<cohesion-declaration-summary collapsed></cohesion-declaration-summary>`],
    ['collapsed and dark', html`<cohesion-declaration-summary collapsed appearance="dark"></cohesion-declaration-summary>`],
    ['heading level 4', html`<cohesion-declaration-summary heading-level="4"></cohesion-declaration-summary>`],
  ];
  for (const [name, template] of states) {
    it(`passes axe when ${name}`, async () => {
      const el = await summary(template);
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe when opened from the collapsed state', async () => {
    const el = await summary(html`<cohesion-declaration-summary collapsed appearance="dark"></cohesion-declaration-summary>`);
    el.shadowRoot!.querySelector('details')!.open = true;
    await expect(el).to.be.accessible();
  });

  it('passes axe on a Bulgarian page, with the linked language named', async () => {
    await setPageLanguage('bg');
    const el = await summary(html`<cohesion-declaration-summary appearance="dark"></cohesion-declaration-summary>`);
    await expect(el).to.be.accessible();
  });
});
