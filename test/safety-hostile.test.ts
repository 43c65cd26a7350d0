import {expect, fixtureSync, html} from '@open-wc/testing';
import {emulateMedia, emulateMediaOrSkip} from './support/media.js';
import '../src/index.js';
import {setPageLanguage} from './support/locale.js';

const TAGS = ['cohesion-join-badge', 'cohesion-supporter-counter', 'cohesion-declaration-summary', 'cohesion-document-picker'] as const;

/**
 * What CSS frameworks and careless themes put on every page: global resets and element rules (which reach a
 * widget's host element and, through inheritance, its shadow content) and inherited text styles on the body.
 */
const HOSTILE_CSS = `
  *, *::before, *::after {
    box-sizing: content-box;
    margin: 8px;
    padding: 4px;
    max-width: 100%;
    color: #fff;
    line-height: 0.8;
    letter-spacing: 0.3em;
    word-spacing: 1em;
    text-transform: uppercase;
    text-align: justify;
    text-indent: 2em;
    white-space: nowrap;
    font-weight: 900;
    font-style: italic;
    text-shadow: 0 0 2px #f0f;
    list-style: none;
    word-break: keep-all;
    hyphens: none;
    cursor: crosshair;
  }
  html, body { background: #101010; }
  body { font-size: 30px; font-family: Georgia, serif; }
  a { color: #fff !important; text-decoration: none !important; }
  button, select { all: unset; }
  ul, ol { list-style: none; padding: 0; }
  h1, h2, h3, h4, h5, h6 { font-size: 4rem; }
  svg, img { display: none; }
  [hidden] { display: block !important; }
  p { margin: 2em 0; }
  :focus { outline: none !important; }
`;

let sheet: HTMLStyleElement | undefined;

function hostile(css: string): void {
  sheet = document.createElement('style');
  sheet.textContent = css;
  document.head.append(sheet);
}

afterEach(async () => {
  sheet?.remove();
  sheet = undefined;
  await emulateMedia({colorScheme: 'light'});
  await setPageLanguage('en');
});

async function allWidgets(width = 640): Promise<HTMLElement> {
  // fixtureSync: a plain container's fixture() waits for an animation frame, which a background test tab never gets.
  const container = fixtureSync<HTMLElement>(html`
    <div class="host-container" style="inline-size: ${width}px">
      <div><cohesion-join-badge show-count></cohesion-join-badge></div>
      <div><cohesion-join-badge variant="supporter" size="l" show-count></cohesion-join-badge></div>
      <div><cohesion-supporter-counter no-animation show-date></cohesion-supporter-counter></div>
      <div><cohesion-declaration-summary></cohesion-declaration-summary></div>
      <div><cohesion-declaration-summary collapsed heading-level="3"></cohesion-declaration-summary></div>
      <div><cohesion-document-picker why-href="https://example.org/why"></cohesion-document-picker></div>
    </div>
  `);
  await Promise.all(widgets(container).map((el) => (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete));
  return container;
}

const widgets = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>(TAGS.join(', '))];

/** Every element in a widget's shadow tree whose content overflows it sideways (text cut off or spilling). */
function overflowing(el: HTMLElement): string[] {
  const found: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (node instanceof SVGElement || node.clientWidth === 0) continue;
    if (node.scrollWidth > node.clientWidth + 1) {
      found.push(`${el.localName} ${node.localName}.${node.className} (${node.scrollWidth} > ${node.clientWidth})`);
    }
  }
  return found;
}

/** Shadow elements that stick out of the widget's own box. */
function outside(el: HTMLElement): string[] {
  const box = el.getBoundingClientRect();
  const found: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll<Element>('*')) {
    const r = node.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (getComputedStyle(node).position === 'absolute' && node.classList.contains('visually-hidden')) continue;
    if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
      found.push(`${el.localName} ${node.localName}.${(node as HTMLElement).className}`);
    }
  }
  return found;
}

function expectLayoutIntact(container: HTMLElement): void {
  const area = container.getBoundingClientRect();
  for (const el of widgets(container)) {
    const box = el.getBoundingClientRect();
    expect(box.width, `${el.localName} width`).to.be.greaterThan(0);
    expect(box.height, `${el.localName} height`).to.be.greaterThan(0);
    expect(box.left, `${el.localName} left edge`).to.be.at.least(area.left - 1);
    expect(box.right, `${el.localName} right edge`).to.be.at.most(area.right + 1);
    expect(el.shadowRoot!.textContent!.trim().length, `${el.localName} text`).to.be.greaterThan(0);
  }
  expect(widgets(container).flatMap(overflowing)).to.deep.equal([]);
  expect(widgets(container).flatMap(outside)).to.deep.equal([]);
}

async function expectReadable(container: HTMLElement): Promise<void> {
  for (const el of widgets(container)) await expect(el).to.be.accessible();
}

describe('on a hostile host page', () => {
  it('keeps every widget laid out as designed on a plain page (the reference)', async () => {
    const container = await allWidgets();
    expectLayoutIntact(container);
    await expectReadable(container);
  });

  it("keeps every widget readable, with contrast, under a framework's global rules and a dark page", async () => {
    hostile(HOSTILE_CSS);
    const container = await allWidgets();
    await expectReadable(container);
  });

  it("keeps every widget's layout intact under a framework's global rules and a dark page", async () => {
    hostile(HOSTILE_CSS);
    const container = await allWidgets();
    expectLayoutIntact(container);
  });

  it('resets the text styles a page lets inherit, inside every widget', async () => {
    hostile(HOSTILE_CSS);
    const container = await allWidgets();
    for (const el of widgets(container)) {
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      const style = getComputedStyle(base);
      expect(style.textTransform, `${el.localName} text-transform`).to.equal('none');
      expect(style.letterSpacing, `${el.localName} letter-spacing`).to.equal('normal');
      expect(style.wordSpacing, `${el.localName} word-spacing`).to.equal('0px');
      expect(style.whiteSpace, `${el.localName} white-space`).to.equal('normal');
      expect(style.textIndent, `${el.localName} text-indent`).to.equal('0px');
      expect(style.fontStyle, `${el.localName} font-style`).to.equal('normal');
      // The join badge is white on blue by design; axe judges every widget's contrast in the other tests.
      if (el.getAttribute('variant') !== 'join') {
        expect(style.color, `${el.localName} colour`).to.not.equal('rgb(255, 255, 255)');
      }
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize), `${el.localName} line height`).to.be.at.least(1.2);
    }
  });

  it('keeps the declaration list markers and the picker select visible under element resets', async () => {
    hostile(HOSTILE_CSS);
    const container = await allWidgets();
    const summary = container.querySelector('cohesion-declaration-summary')!;
    const list = summary.shadowRoot!.querySelector('ul')!;
    expect(getComputedStyle(list).listStyleType).to.equal('disc');
    const picker = container.querySelector('cohesion-document-picker')!;
    const select = picker.shadowRoot!.querySelector('select')!;
    expect(getComputedStyle(select).borderTopStyle).to.equal('solid');
    expect(select.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('stays readable and intact on a dark page when the reader prefers dark', async function () {
    await emulateMediaOrSkip(this, {colorScheme: 'dark'});
    hostile(HOSTILE_CSS);
    const container = await allWidgets();
    await expectReadable(container);
    expectLayoutIntact(container);
  });

  it('stays readable on a page that sets a light text colour only by inheritance', async () => {
    hostile('html, body { background: #000; color: #eee; font-size: 30px; letter-spacing: 0.3em; text-transform: uppercase; line-height: 0.8; text-align: justify; white-space: nowrap; }');
    const container = await allWidgets();
    await expectReadable(container);
    expectLayoutIntact(container);
  });

  // Without the page's margins, padding and indent on every element: they would push any full-width box, or the
  // inline badge on its line, out of a narrow column, whatever that box did.
  it('keeps German text inside every widget under inherited text styles on a narrow column', async () => {
    hostile(HOSTILE_CSS.replace('margin: 8px;', '').replace('padding: 4px;', '').replace('text-indent: 2em;', ''));
    await setPageLanguage('de');
    const container = await allWidgets(360);
    await expectReadable(container);
    expectLayoutIntact(container);
  });
});
