import {aTimeout, expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {render} from 'lit';
import {sendKeys} from '@web/test-runner-commands';
import {emulateMedia, emulateMediaOrSkip} from './support/media.js';
import '../src/components/join-badge/cohesion-join-badge.js';
import {BADGE_SIZES, BADGE_VARIANTS, type CohesionJoinBadge} from '../src/components/join-badge/join-badge.js';
import {APPEARANCES} from '../src/components/cohesion-element.js';
import {CohesionJoinEvent} from '../src/events/join.js';
import {EU_LANGUAGES} from '../src/i18n/negotiate.js';
import {captureWarnings, feedUrl, requestsTo} from './support/feeds.js';
import {setPageLanguage} from './support/locale.js';
import {accessibleName} from './support/accname.js';


const part = (el: CohesionJoinBadge, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const link = (el: CohesionJoinBadge) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;

async function badge(template: ReturnType<typeof html>): Promise<CohesionJoinBadge> {
  const el = await fixture<CohesionJoinBadge>(template);
  await el.updateComplete;
  return el;
}

const placed: HTMLElement[] = [];

/**
 * Puts `template` in a new container on the page and waits for the badge inside it. (open-wc's `fixture` waits
 * for an animation frame for plain elements, which never comes while the test page is in the background.)
 */
async function place(template: ReturnType<typeof html> | HTMLElement): Promise<CohesionJoinBadge> {
  const container = document.createElement('div');
  document.body.append(container);
  placed.push(container);
  if (template instanceof HTMLElement) container.append(template);
  else render(template, container);
  const el = container.querySelector('cohesion-join-badge')!;
  await el.updateComplete;
  return el;
}

/** The accessible name of the badge's link. */
const linkName = (el: CohesionJoinBadge) => accessibleName(link(el));

/** An address on this very page: following it changes only the fragment, so the test page stays loaded. */
function fragmentHref(): string {
  return `#joined-${Math.random().toString(36).slice(2)}`;
}

afterEach(async () => {
  for (const container of placed.splice(0)) container.remove();
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  await setPageLanguage('en');
  await emulateMedia({colorScheme: 'light'});
});

describe('<cohesion-join-badge>', () => {
  for (const variant of BADGE_VARIANTS) {
    for (const size of BADGE_SIZES) {
      for (const appearance of APPEARANCES) {
        it(`renders the ${variant} variant at size ${size} in ${appearance} appearance accessibly`, async () => {
          const el = await badge(
            html`<cohesion-join-badge variant=${variant} size=${size} appearance=${appearance} show-count></cohesion-join-badge>`,
          );
          expect(link(el)).to.not.equal(null);
          expect(part(el, 'emblem')).to.not.equal(null);
          expect(part(el, 'label')!.textContent).to.contain('#CohesionAlliance');
          expect(part(el, 'count')!.textContent).to.equal('12,000+ supporters');
          await expect(el).to.be.accessible();
        });
      }
    }
  }

  for (const variant of BADGE_VARIANTS) {
    it(`stays readable in auto appearance for a reader who prefers dark (${variant})`, async function () {
      await emulateMediaOrSkip(this, {colorScheme: 'dark'});
      const el = await badge(html`<cohesion-join-badge variant=${variant} show-count></cohesion-join-badge>`);
      expect(getComputedStyle(link(el)).backgroundColor).to.not.equal(
        variant === 'join' ? 'rgb(0, 51, 153)' : 'rgb(255, 255, 255)',
      );
      await expect(el).to.be.accessible();
    });
  }

  it('sets its own colours and text style on a page with hostile inherited styles', async () => {
    const el = await place(html`
      <div style="color: #fff; background: #000; font-style: italic; letter-spacing: 0.5em; text-transform: uppercase">
        <cohesion-join-badge variant="supporter" show-count></cohesion-join-badge>
      </div>
    `);
    const label = getComputedStyle(part(el, 'label')!);
    expect(label.textTransform).to.equal('none');
    expect(label.letterSpacing).to.equal('normal');
    expect(label.color).to.equal('rgb(27, 27, 27)');
    expect(getComputedStyle(link(el)).backgroundColor).to.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });

  it('says "Join the #CohesionAlliance" or "We support the #CohesionAlliance"', async () => {
    const join = await badge(html`<cohesion-join-badge></cohesion-join-badge>`);
    expect(part(join, 'label')!.textContent).to.equal('Join the #CohesionAlliance');
    const supporter = await badge(html`<cohesion-join-badge variant="supporter"></cohesion-join-badge>`);
    expect(part(supporter, 'label')!.textContent).to.equal('We support the #CohesionAlliance');
  });

  it('is one link whose accessible name is its visible text, with the emblem hidden from assistive technology', async () => {
    const el = await badge(html`<cohesion-join-badge show-count></cohesion-join-badge>`);
    expect(linkName(el)).to.equal('Join the #CohesionAlliance 12,000+ supporters');
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(1);
    const emblem = part(el, 'emblem')!;
    expect(emblem.tagName.toLowerCase()).to.equal('svg');
    expect(emblem.getAttribute('aria-hidden')).to.equal('true');
  });

  it('speaks the page language, and its accessible name changes with <html lang>', async () => {
    const el = await badge(html`<cohesion-join-badge></cohesion-join-badge>`);
    expect(linkName(el)).to.equal('Join the #CohesionAlliance');

    await setPageLanguage('de');
    await el.updateComplete;
    expect(linkName(el)).to.equal('Treten Sie der Allianz für Kohäsionspolitik bei');
    expect(part(el, 'label')!.lang).to.equal('de');

    await setPageLanguage('bg');
    await el.updateComplete;
    expect(linkName(el)).to.equal('Включете се в Алианса за сближаване');
  });

  it('has a translation of its wording in every EU language', async () => {
    const el = await badge(html`<cohesion-join-badge show-count></cohesion-join-badge>`);
    await setPageLanguage('en');
    await el.updateComplete;
    const english = [part(el, 'label')!.textContent, part(el, 'count')!.textContent];
    for (const lang of EU_LANGUAGES.filter((l) => l !== 'en')) {
      await setPageLanguage(lang);
      await el.updateComplete;
      expect(part(el, 'label')!.textContent, lang).to.not.equal(english[0]);
      expect(part(el, 'count')!.textContent, lang).to.not.equal(english[1]);
      expect(part(el, 'count')!.textContent, lang).to.match(/12.000/);
    }
  });

  it('leads to the Alliance page in the page language by default', async () => {
    const el = await badge(html`<cohesion-join-badge></cohesion-join-badge>`);
    expect(link(el).href).to.equal('https://cor.europa.eu/en/engage/Pages/cohesion-alliance.aspx');
    await setPageLanguage('fr-BE');
    await el.updateComplete;
    expect(link(el).href).to.equal('https://cor.europa.eu/fr/engage/Pages/cohesion-alliance.aspx');
  });

  it('leads to the href it is given', async () => {
    const el = await badge(html`<cohesion-join-badge href="https://example.org/join"></cohesion-join-badge>`);
    expect(link(el).href).to.equal('https://example.org/join');
  });

  it('refuses a javascript: href with one warning and leads to the Alliance page instead', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await badge(html`<cohesion-join-badge href="javascript:alert(1)"></cohesion-join-badge>`);
      expect(link(el).href).to.equal('https://cor.europa.eu/en/engage/Pages/cohesion-alliance.aspx');
      el.showCount = true;
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('javascript:alert(1)');
  });

  it('shows the label instead of the translated wording, as plain text', async () => {
    const hostile = '<b>Sign</b> with us';
    const el = await badge(html`<cohesion-join-badge label=${hostile}></cohesion-join-badge>`);
    expect(part(el, 'label')!.textContent).to.equal('<b>Sign</b> with us');
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    expect(linkName(el)).to.equal('<b>Sign</b> with us');
  });

  for (const [attribute, value] of [
    ['variant', 'gold'],
    ['size', 'xl'],
    ['appearance', 'neon'],
  ] as const) {
    it(`warns once about an unknown ${attribute} and uses the default`, async () => {
      let el!: CohesionJoinBadge;
      const reference = await badge(html`<cohesion-join-badge></cohesion-join-badge>`);
      const warnings = await captureWarnings(async () => {
        el = document.createElement('cohesion-join-badge');
        el.setAttribute(attribute, value);
        await place(el);
        el.showCount = true;
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`"${value}" is not a valid ${attribute}`);
      expect(part(el, 'label')!.textContent).to.equal('Join the #CohesionAlliance');
      expect(el.getBoundingClientRect().width).to.equal(reference.getBoundingClientRect().width);
      expect(el.getBoundingClientRect().height).to.equal(reference.getBoundingClientRect().height);
      expect(getComputedStyle(link(el)).backgroundColor).to.equal(getComputedStyle(link(reference)).backgroundColor);
      await expect(el).to.be.accessible();
    });
  }

  it('shows no count unless show-count is set', async () => {
    const el = await badge(html`<cohesion-join-badge></cohesion-join-badge>`);
    expect(part(el, 'count')).to.equal(null);
  });

  it('formats the count for the page language', async () => {
    const el = await badge(html`<cohesion-join-badge show-count></cohesion-join-badge>`);
    await setPageLanguage('de');
    await el.updateComplete;
    expect(part(el, 'count')!.textContent).to.equal('12.000+ Unterstützende');
    await setPageLanguage('fr');
    await el.updateComplete;
    expect(part(el, 'count')!.textContent).to.equal('12\u202f000+ soutiens');
  });

  it('updates the count when its feed loads', async () => {
    const src = feedUrl({body: {supporters: {figures: {individuals: {value: 13500, lowerBound: true}}}}, delay: 200});
    const el = await badge(html`<cohesion-join-badge show-count src=${src}></cohesion-join-badge>`);
    expect(part(el, 'count')!.textContent).to.equal('12,000+ supporters');
    await waitUntil(() => part(el, 'count')?.textContent === '13,500+ supporters', 'the feed figure never showed');
    expect(requestsTo(src)).to.equal(1);
  });

  it('shows an exact count without the plus sign', async () => {
    const src = feedUrl({body: {supporters: {figures: {individuals: {value: 13502, lowerBound: false}}}}});
    const el = await badge(html`<cohesion-join-badge show-count src=${src}></cohesion-join-badge>`);
    await waitUntil(() => part(el, 'count')?.textContent === '13,502 supporters', 'the exact figure never showed');
  });

  it('keeps the embedded count and fires cohesion-data-error when its feed fails', async () => {
    const src = feedUrl({status: 500});
    const el = document.createElement('cohesion-join-badge');
    el.showCount = true;
    el.src = src;
    const failed = oneEvent(el, 'cohesion-data-error');
    await captureWarnings(async () => {
      await place(el);
      expect((await failed).detail.src).to.equal(src);
    });
    await el.updateComplete;
    expect(part(el, 'count')!.textContent).to.equal('12,000+ supporters');
  });

  it('fires a bubbling, composed cohesion-join event when clicked, and then the browser follows the link', async () => {
    const href = fragmentHref();
    const el = await badge(html`<cohesion-join-badge variant="supporter" href=${href}></cohesion-join-badge>`);
    const fired = oneEvent(document, 'cohesion-join');
    link(el).click();
    const event = await fired;
    expect(event).to.be.instanceOf(CohesionJoinEvent);
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(event.detail).to.deep.equal({href: new URL(href, document.baseURI).href, variant: 'supporter'});
    await aTimeout(50);
    expect(location.hash).to.equal(href);
  });

  it('stays on the page when a listener cancels cohesion-join', async () => {
    const el = await badge(html`<cohesion-join-badge href=${fragmentHref()}></cohesion-join-badge>`);
    const before = location.href;
    let fired = 0;
    el.addEventListener('cohesion-join', (event) => {
      fired++;
      event.preventDefault();
    });
    link(el).click();
    await aTimeout(50);
    expect(fired).to.equal(1);
    expect(location.href).to.equal(before);
  });

  it('can be reached with Tab and activated with Enter, with a visible focus outline', async () => {
    const href = fragmentHref();
    const el = await badge(html`<cohesion-join-badge href=${href}></cohesion-join-badge>`);
    const fired = oneEvent(el, 'cohesion-join');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(link(el));
    const focused = getComputedStyle(link(el));
    expect(focused.outlineStyle).to.equal('solid');
    expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
    await sendKeys({press: 'Enter'});
    expect((await fired).detail.variant).to.equal('join');
    await aTimeout(50);
    expect(location.hash).to.equal(href);
    before.remove();
  });

  it('adopts the href and text of its light-DOM fallback link', async () => {
    const el = await badge(
      html`<cohesion-join-badge><a href="/sign-up?from=badge">Rejoignez-nous</a></cohesion-join-badge>`,
    );
    expect(link(el).href).to.equal(new URL('/sign-up?from=badge', document.baseURI).href);
    expect(part(el, 'label')!.textContent).to.equal('Rejoignez-nous');
    expect(el.href).to.equal(new URL('/sign-up?from=badge', document.baseURI).href);
    expect(el.label).to.equal('Rejoignez-nous');
    // Only the badge is shown: the fallback link is no longer rendered.
    expect(el.querySelector('a')!.getClientRects()).to.have.length(0);
    expect(linkName(el)).to.equal('Rejoignez-nous');
  });

  it('keeps its own address and wording in the language of its place when the link is marked data-fallback', async () => {
    // A server writes the fallback in the site's language (English here); the badge sits in a German section.
    const el = await place(
      html`<div lang="de"><cohesion-join-badge
        ><a data-fallback href="https://cor.europa.eu/en/engage/Pages/cohesion-alliance.aspx">Join the #CohesionAlliance</a></cohesion-join-badge
      ></div>`,
    );
    await waitUntil(() => part(el, 'label')?.lang === 'de', 'the badge speaks German');
    expect(part(el, 'label')!.textContent).to.equal('Treten Sie der Allianz für Kohäsionspolitik bei');
    expect(link(el).href).to.equal('https://cor.europa.eu/de/engage/Pages/cohesion-alliance.aspx');
    expect(el.label).to.equal(undefined);
    expect(el.href).to.equal(undefined);
    expect(el.querySelector('a')!.getClientRects()).to.have.length(0);
  });

  it('prefers its own href and label over the fallback link', async () => {
    const el = await badge(
      html`<cohesion-join-badge href="https://example.org/a" label="Sign up"
        ><a href="https://example.org/b">Fallback</a></cohesion-join-badge
      >`,
    );
    expect(link(el).href).to.equal('https://example.org/a');
    expect(part(el, 'label')!.textContent).to.equal('Sign up');
  });

  it('ignores an unsafe address in the fallback link, with one warning', async () => {
    let el!: CohesionJoinBadge;
    const warnings = await captureWarnings(async () => {
      el = await badge(html`<cohesion-join-badge><a href="javascript:void 0">Join</a></cohesion-join-badge>`);
    });
    expect(warnings).to.have.length(1);
    expect(link(el).href).to.equal('https://cor.europa.eu/en/engage/Pages/cohesion-alliance.aspx');
    expect(part(el, 'label')!.textContent).to.equal('Join');
  });

  it('keeps a fixed box per size, whatever the language, the wording and the count', async () => {
    const boxes: Record<string, {width: number; height: number}> = {};
    for (const size of BADGE_SIZES) {
      const el = await badge(html`<cohesion-join-badge size=${size}></cohesion-join-badge>`);
      const first = el.getBoundingClientRect();
      boxes[size] = {width: first.width, height: first.height};
      el.showCount = true;
      el.variant = 'supporter';
      await setPageLanguage('de');
      await el.updateComplete;
      const after = el.getBoundingClientRect();
      expect({width: after.width, height: after.height}, size).to.deep.equal(boxes[size]);
      await setPageLanguage('en');
    }
    expect(boxes.s!.width).to.be.below(boxes.m!.width);
    expect(boxes.m!.width).to.be.below(boxes.l!.width);
  });

  it('offers a target of at least 24 by 24 CSS pixels at every size', async () => {
    for (const size of BADGE_SIZES) {
      const el = await badge(html`<cohesion-join-badge size=${size}></cohesion-join-badge>`);
      const rect = link(el).getBoundingClientRect();
      expect(rect.width, size).to.be.at.least(24);
      expect(rect.height, size).to.be.at.least(24);
    }
  });

  // A wide sans-serif, as many public-sector sites use, and the browser's default serif.
  const fonts = ["'DejaVu Sans', Verdana, sans-serif", 'serif'];
  for (const lang of EU_LANGUAGES) {
    it(`fits its ${lang} wording in the box at every size without clipping`, async () => {
      await setPageLanguage(lang);
      for (const font of fonts) {
        for (const variant of BADGE_VARIANTS) {
          for (const size of BADGE_SIZES) {
            const el = await place(
              html`<div style="font-family: ${font}"><cohesion-join-badge variant=${variant} size=${size} show-count></cohesion-join-badge></div>`,
            );
            const where = `${lang} ${variant} ${size} ${font}`;
            const label = part(el, 'label')!;
            const count = part(el, 'count')!;
            const base = part(el, 'base')!;
            expect(label.scrollWidth, `${where} label width`).to.be.at.most(label.clientWidth);
            expect(count.scrollWidth, `${where} count width`).to.be.at.most(count.clientWidth);
            expect(base.scrollWidth, `${where} badge width`).to.be.at.most(base.clientWidth);
            expect(base.scrollHeight, `${where} badge height`).to.be.at.most(base.clientHeight);
            // The text ends inside the badge's padding, above its bottom border.
            const padding = parseFloat(getComputedStyle(base).paddingBottom);
            const bottom = base.getBoundingClientRect().bottom - 2 - padding;
            expect(count.getBoundingClientRect().bottom, `${where} text bottom`).to.be.at.most(bottom + 0.5);
          }
        }
      }
    });
  }

  it('draws its emblem inline, without loading an image or anything else', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await badge(html`<cohesion-join-badge size="l" show-count></cohesion-join-badge>`);
    expect(el.shadowRoot!.querySelectorAll('img, image, use, link')).to.have.length(0);
    expect(part(el, 'emblem')!.querySelectorAll('path, circle').length).to.be.greaterThan(0);
    expect(performance.getEntriesByType('resource').length).to.equal(before);
    expect(document.cookie).to.equal('');
  });
});
