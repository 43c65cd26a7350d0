import {expect, html} from '@open-wc/testing';
import {render, type TemplateResult} from 'lit';
import '../src/index.js';
import {getLocale, setLocale} from '../src/index.js';
import {captureWarnings} from './support/feeds.js';
import {setPageLanguage} from './support/locale.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const label = (badge: Element) => text(part(badge, 'label'));

const JOIN = {
  en: 'Join the #CohesionAlliance',
  de: 'Treten Sie der Allianz für Kohäsionspolitik bei',
  fr: 'Rejoignez l’Alliance pour la cohésion',
  lv: 'Pievienojieties Kohēzijas aliansei',
  nl: 'Sluit u aan bij de #CohesionAlliance',
  ga: 'Bí páirteach sa #CohesionAlliance',
  mt: 'Ingħaqad mal-#CohesionAlliance',
  sv: 'Gå med i sammanhållningsalliansen',
  fi: 'Liity #CohesionAlliance-ryhmittymään',
};

const placed: HTMLElement[] = [];

/** Puts `template` on the page in a container of its own and waits until every widget in it has rendered. */
async function place(template: TemplateResult): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  placed.push(container);
  render(template, container);
  await settle(container);
  return container;
}

/** Waits for a change of `lang` to reach the widgets in `root`, and for their updates. */
async function settle(root: ParentNode): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  const widgets = [...root.querySelectorAll<Widget>('cohesion-join-badge, cohesion-supporter-counter, cohesion-declaration-summary, cohesion-document-picker')];
  await Promise.all(widgets.map((el) => el.updateComplete));
}

beforeEach(() => setPageLanguage('en'));

afterEach(async () => {
  for (const container of placed.splice(0)) container.remove();
  await setPageLanguage('en');
});

describe('each widget speaks the language of its place on the page', () => {
  it('a badge in <div lang="fr"> on an English page speaks French, links the French page and is accessible', async () => {
    const container = await place(html`<div lang="fr"><cohesion-join-badge></cohesion-join-badge></div>`);
    const badge = container.querySelector('cohesion-join-badge')!;
    expect(label(badge)).to.equal(JOIN.fr);
    expect(part(badge, 'label').lang).to.equal('fr');
    expect(part(badge, 'base').getAttribute('href')).to.equal('https://cor.europa.eu/fr/engage/Pages/cohesion-alliance.aspx');
    await expect(badge).to.be.accessible();
  });

  it('lang="de" on the widget itself speaks German, beside an English badge', async () => {
    const container = await place(html`<cohesion-join-badge lang="de"></cohesion-join-badge><cohesion-join-badge></cohesion-join-badge>`);
    const [german, english] = container.querySelectorAll('cohesion-join-badge');
    expect(label(german!)).to.equal(JOIN.de);
    expect(label(english!)).to.equal(JOIN.en);
  });

  it('re-renders when the ancestor’s lang changes, and when its own lang is set and removed', async () => {
    const container = await place(html`<section lang="fr"><div><cohesion-join-badge></cohesion-join-badge></div></section>`);
    const section = container.querySelector('section')!;
    const badge = container.querySelector('cohesion-join-badge')!;
    section.lang = 'lv';
    await settle(container);
    expect(label(badge)).to.equal(JOIN.lv);
    badge.setAttribute('lang', 'sv');
    await settle(container);
    expect(label(badge)).to.equal(JOIN.sv);
    badge.removeAttribute('lang');
    await settle(container);
    expect(label(badge)).to.equal(JOIN.lv);
    section.removeAttribute('lang');
    await settle(container);
    expect(label(badge)).to.equal(JOIN.en);
  });

  it('a picker in <section lang="lv"> on a German page shows the Latvian title, in Latvian', async () => {
    await setPageLanguage('de');
    const container = await place(html`
      <cohesion-document-picker documents="debate-2022"></cohesion-document-picker>
      <section lang="lv"><cohesion-document-picker documents="debate-2022"></cohesion-document-picker></section>
    `);
    const [german, latvian] = container.querySelectorAll('cohesion-document-picker');
    expect(text(part(latvian!, 'title'))).to.equal('Debates par kohēzijas politikas nākotni sākas jau tagad!');
    expect(part(latvian!, 'title').lang).to.equal('lv');
    expect(part(latvian!, 'base').lang).to.equal('lv');
    expect(text(latvian!.shadowRoot!.querySelector('label'))).to.equal('Valoda');
    expect(part(german!, 'base').lang).to.equal('de');
    expect(text(german!.shadowRoot!.querySelector('label'))).to.equal('Sprache');
    await expect(latvian).to.be.accessible();
  });

  it('names the language a document is shown in, in the widget’s language, with its own name beside it', async () => {
    const container = await place(html`<div lang="bg"><cohesion-document-picker documents="debate-2022"></cohesion-document-picker></div>`);
    const picker = container.querySelector('cohesion-document-picker')!;
    const notice = part(picker, 'notice');
    const shown = notice.querySelector('span[lang]')!;
    const name = new Intl.DisplayNames('bg', {type: 'language'}).of(shown.getAttribute('lang')!);
    expect(text(notice)).to.contain(`Вместо това е показан на ${name} (${text(shown)}).`);
    expect(notice.closest('[lang]')!.getAttribute('lang')).to.equal('bg');
    await expect(picker).to.be.accessible();
  });

  it('reads a CMS’s nl_NL as Dutch', async () => {
    const container = await place(html`<div lang="nl_NL"><cohesion-join-badge></cohesion-join-badge></div>`);
    expect(label(container.querySelector('cohesion-join-badge')!)).to.equal(JOIN.nl);
  });

  it('skips an invalid lang with one warning and speaks the language around it', async () => {
    let container!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      container = await place(html`<div lang="de">
        <cohesion-join-badge lang="not a language"></cohesion-join-badge>
        <cohesion-join-badge lang="not a language"></cohesion-join-badge>
      </div>`);
    });
    for (const badge of container.querySelectorAll('cohesion-join-badge')) expect(label(badge)).to.equal(JOIN.de);
    expect(warnings).to.deep.equal([
      '[cohesion-alliance] lang="not a language" is not a language tag (such as "de" or "pt-PT"); the widgets in it speak the language around it.',
    ]);
  });

  it('passes over a language it does not speak to the next one around it', async () => {
    const container = await place(html`<div lang="fi"><p lang="ja"><cohesion-join-badge></cohesion-join-badge></p></div>`);
    expect(label(container.querySelector('cohesion-join-badge')!)).to.equal(JOIN.fi);
  });

  it('shows two widgets in two languages on one page, each loaded before it renders, with no English first', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    placed.push(container);
    const seen: string[] = [];
    render(html`<cohesion-join-badge lang="ga"></cohesion-join-badge><cohesion-join-badge lang="mt"></cohesion-join-badge>`, container);
    const badges = [...container.querySelectorAll('cohesion-join-badge')];
    // Every state each shadow root goes through, from the first render on.
    const observer = new MutationObserver(() => badges.forEach((badge) => seen.push(text(badge.shadowRoot))));
    for (const badge of badges) observer.observe(badge.shadowRoot!, {childList: true, subtree: true, characterData: true});
    await settle(container);
    observer.disconnect();
    expect(badges.map(label)).to.deep.equal([JOIN.ga, JOIN.mt]);
    expect(seen.filter((state) => state.includes(JOIN.en))).to.deep.equal([]);
  });

  it('follows the language of a shadow root’s host, and of an element inside that shadow root', async () => {
    const container = await place(html`<div lang="sv"></div>`);
    const host = container.firstElementChild as HTMLElement;
    const root = host.attachShadow({mode: 'open'});
    root.innerHTML = '<div><cohesion-join-badge></cohesion-join-badge></div>';
    const badge = root.querySelector('cohesion-join-badge')!;
    await settle(root);
    expect(label(badge)).to.equal(JOIN.sv);
    host.lang = 'fi';
    await settle(root);
    expect(label(badge)).to.equal(JOIN.fi);
    root.querySelector('div')!.lang = 'fr';
    await settle(root);
    expect(label(badge)).to.equal(JOIN.fr);
  });

  it('formats numbers and dates, and chooses the declaration’s version, in the widget’s language', async () => {
    const container = await place(html`<div lang="de">
      <cohesion-supporter-counter no-animation categories="individuals" show-date></cohesion-supporter-counter>
      <cohesion-declaration-summary></cohesion-declaration-summary>
    </div>`);
    const counter = container.querySelector('cohesion-supporter-counter')!;
    const summary = container.querySelector('cohesion-declaration-summary')!;
    expect(text(part(counter, 'value'))).to.equal('mehr als 12.000');
    expect(text(part(counter, 'date'))).to.equal('Stand: Oktober 2022');
    expect(part(counter, 'base').lang).to.equal('de');
    expect(text(part(summary, 'date'))).to.equal('12. Oktober 2022');
    expect(part(summary, 'link').getAttribute('hreflang')).to.equal('de');
    expect(part(summary, 'base').lang).to.equal('de');
    await expect(counter).to.be.accessible();
    await expect(summary).to.be.accessible();
  });
});

describe('setLocale, the page-wide default', () => {
  it('sets the language of widgets without a lang of their own or around them, until <html lang> changes', async () => {
    const container = await place(html`<cohesion-join-badge></cohesion-join-badge><div lang="fr"><cohesion-join-badge></cohesion-join-badge></div>`);
    const [plain, french] = container.querySelectorAll('cohesion-join-badge');
    await setLocale('de-AT');
    await settle(container);
    expect(getLocale()).to.equal('de');
    expect(label(plain!)).to.equal(JOIN.de);
    expect(label(french!)).to.equal(JOIN.fr);
    await setPageLanguage('lv');
    await settle(container);
    expect(getLocale()).to.equal('lv');
    expect(label(plain!)).to.equal(JOIN.lv);
    expect(label(french!)).to.equal(JOIN.fr);
  });
});
