import {expect, fixture, fixtureSync, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/index.js';
import {EU_LANGUAGES} from '../src/i18n/negotiate.js';
import {setPageLanguage} from './support/locale.js';
import {emulateMedia, emulateMediaFeatures, emulateMediaOrSkip, pressChord, setViewport, setViewportOrSkip} from './support/media.js';
import {layoutProblems, WIDGET_TAGS} from './support/safety.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

const widgets = (root: ParentNode) => [...root.querySelectorAll<Widget>(WIDGET_TAGS.join(', '))];

/** Every widget in its usual states: both badge variants, a dated counter, both declaration forms, the picker with a notice link. */
async function allWidgets(appearance: 'light' | 'dark' | 'auto' = 'auto'): Promise<HTMLElement> {
  // fixtureSync: a plain container's fixture() waits for an animation frame, which a background test tab never gets.
  const container = fixtureSync<HTMLElement>(html`
    <main>
      <button id="before">Before</button>
      <cohesion-join-badge appearance=${appearance} show-count></cohesion-join-badge>
      <cohesion-join-badge appearance=${appearance} variant="supporter" size="s" show-count></cohesion-join-badge>
      <cohesion-supporter-counter appearance=${appearance} no-animation show-date></cohesion-supporter-counter>
      <cohesion-declaration-summary appearance=${appearance}></cohesion-declaration-summary>
      <cohesion-declaration-summary appearance=${appearance} collapsed heading-level="3"></cohesion-declaration-summary>
      <cohesion-document-picker appearance=${appearance} why-href="https://example.org/why"></cohesion-document-picker>
      <button id="after">After</button>
    </main>
  `);
  await Promise.all(widgets(container).map((el) => el.updateComplete));
  return container;
}

/** The focused element, looking into shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every control of every widget, in document order: what a keyboard user should reach, one Tab each. */
function controls(container: HTMLElement): Element[] {
  return widgets(container).flatMap((el) => [...el.shadowRoot!.querySelectorAll('a[href], select, summary, button, input, [tabindex="0"]')]);
}

const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);

/** How the focused control shows its focus: an outline or a ring at least 2 px wide in a visible colour. */
function focusIndicator(control: Element): string | undefined {
  const style = getComputedStyle(control);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && !transparent(style.outlineColor)) {
    return `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
  }
  if (style.boxShadow !== 'none' && /(\d+(\.\d+)?px\s*){3}/.test(style.boxShadow)) return `box-shadow ${style.boxShadow}`;
  return undefined;
}

const label = (control: Element) =>
  `${(control.getRootNode() as ShadowRoot).host?.localName} ${control.localName} "${control.textContent!.trim().slice(0, 40)}"`;

afterEach(async () => {
  await setPageLanguage('en');
  await emulateMedia({colorScheme: 'light'});
  await setViewport({width: 800, height: 600});
});

describe('accessibility everywhere', () => {
  for (const lang of EU_LANGUAGES) {
    for (const appearance of ['light', 'dark'] as const) {
      it(`all four widgets pass axe in ${lang}, ${appearance}`, async () => {
        await setPageLanguage(lang);
        const container = await allWidgets(appearance);
        for (const el of widgets(container)) expect(el.shadowRoot!.textContent!.trim(), el.localName).to.not.equal('');
        await expect(container).to.be.accessible();
      });
    }
  }

  it('all four widgets pass axe in auto appearance for a reader who prefers dark', async function () {
    await emulateMediaOrSkip(this, {colorScheme: 'dark'});
    const container = await allWidgets();
    await expect(container).to.be.accessible();
  });

  it('Tab walks every control of every widget in order, each with a visible focus indicator', async () => {
    const container = await allWidgets();
    const expected = controls(container);
    // Badges, the declaration's link and disclosure, the picker's selects and download links, the notice link.
    expect(expected.length).to.be.at.least(10);
    container.querySelector<HTMLButtonElement>('#before')!.focus();
    const reached: string[] = [];
    const missing: string[] = [];
    for (const control of expected) {
      await sendKeys({press: 'Tab'});
      const active = deepActiveElement();
      reached.push(active ? label(active) : 'nothing');
      if (active !== control) continue;
      if (!active.matches(':focus-visible') || !focusIndicator(active)) missing.push(label(active));
    }
    expect(reached).to.deep.equal(expected.map(label));
    expect(missing, 'controls without a visible focus indicator').to.deep.equal([]);
    await sendKeys({press: 'Tab'});
    expect(deepActiveElement()!.id).to.equal('after');
  });

  it('Shift+Tab walks the same controls backwards', async () => {
    const container = await allWidgets();
    const expected = controls(container).reverse();
    container.querySelector<HTMLButtonElement>('#after')!.focus();
    const reached: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await pressChord(['Shift', 'Tab']);
      const active = deepActiveElement();
      reached.push(active ? label(active) : 'nothing');
    }
    expect(reached).to.deep.equal(expected.map(label));
  });

  it('every control is at least 24 by 24 CSS pixels', async () => {
    const container = await allWidgets();
    const small = controls(container)
      .map((control) => ({control, box: control.getBoundingClientRect()}))
      .filter(({box}) => box.width < 24 || box.height < 24)
      .map(({control, box}) => `${label(control)} ${box.width}×${box.height}`);
    expect(small).to.deep.equal([]);
  });

  // The stock emulateMedia command does not pass forced colours on to Chromium; the runner's own
  // `emulate-media-features` command sets it through the DevTools protocol (test/server/media-features.mjs).
  it('keeps every control visible with forced colours', async function () {
    await emulateMediaOrSkip(this, [{name: 'forced-colors', value: 'active'}]);
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const container = await allWidgets();
      for (const control of controls(container)) {
        const style = getComputedStyle(control);
        const bordered = style.borderTopStyle !== 'none' && !transparent(style.borderTopColor);
        const text = !transparent(style.color);
        expect(bordered || text, label(control)).to.equal(true);
      }
    } finally {
      await emulateMediaFeatures([]);
    }
  });

  for (const lang of ['en', 'de', 'el']) {
    it(`at 320 CSS px wide nothing scrolls sideways (${lang})`, async function () {
      await setViewportOrSkip(this, {width: 320, height: 640});
      await setPageLanguage(lang);
      const container = await allWidgets();
      const large = await fixture<Widget>(html`<cohesion-join-badge size="l" variant="supporter" show-count></cohesion-join-badge>`);
      await large.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect([...widgets(container), large].flatMap(layoutProblems)).to.deep.equal([]);
    });
  }
});
