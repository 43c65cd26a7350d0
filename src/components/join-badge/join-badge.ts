import {html, nothing, type PropertyDeclarations} from 'lit';
import {msg, str} from '../../i18n/msg.js';
import {CohesionElement, followsLink} from '../cohesion-element.js';
import {AllianceDataController} from '../../data/data-controller.js';
import {alliancePageUrl, type SupporterFigure} from '../../data/model.js';
import {documentProperty} from '../../data/page.js';
import {safeUrl} from '../../data/url.js';
import {asText, cleanText} from '../../data/text.js';
import {formatNumber, pluralCategory} from '../../i18n/format.js';
import {CohesionJoinEvent} from '../../events/join.js';
import styles from './join-badge.styles.js';

export const BADGE_VARIANTS = ['join', 'supporter'] as const;
export type BadgeVariant = (typeof BADGE_VARIANTS)[number];

export const BADGE_SIZES = ['s', 'm', 'l'] as const;
export type BadgeSize = (typeof BADGE_SIZES)[number];

// Twelve five-pointed stars on a ring, as on the European flag; the ring that joins them stands for the alliance.
// Point `i` is corner `j` of star `i / 10`: the star's centre is 19 from the emblem's, each corner 4.4 (tips) or
// 1.8 (notches) from the star's centre, the first tip pointing up. Angles are in 60ths of a half turn, clockwise
// from the top; `f(-30)`, a quarter turn back, gives y (which points down) from the same sine as x.
let STARS = '';
for (let i = 0; i < 120; i++) {
  const j = i % 10;
  const f = (k: number) =>
    (32 + 19 * Math.sin(((i - j + k) * Math.PI) / 60) + (j % 2 ? 1.8 : 4.4) * Math.sin(((12 * j + k) * Math.PI) / 60)).toFixed(2);
  STARS += `${j ? 'L' : 'M'}${f(0)} ${f(-30)}${j > 8 ? 'Z' : ''}`;
}

/**
 * @summary A badge for a site's footer or sidebar that invites readers to join the #CohesionAlliance, or says
 * that the site supports it. One link, in the language of its place on the page (its own `lang`, else the nearest
 * ancestor's, else the page's), in a fixed box for each size.
 *
 * Put a plain link inside the tag: readers see it before the script loads or without JavaScript. Once upgraded,
 * the badge shows instead, and takes that link's `href` and text as its `href` and `label` unless those are set.
 * A link marked `data-fallback` is for those readers only: the badge keeps its own address and translated wording,
 * which follow the language of its place (a server writes such a link in the language it knows, which may not be
 * the language the badge's place on the page speaks).
 *
 * @csspart base - The link: the whole badge.
 * @csspart emblem - The emblem, an inline SVG.
 * @csspart label - The badge's text.
 * @csspart count - The number of supporters, with `show-count`.
 *
 * @cssprop --cohesion-badge-background - Background of the badge. Default: `--cohesion-color-primary` for
 * `join`, `--cohesion-color-surface` for `supporter` (their `-dark` variants in dark appearance).
 * @cssprop --cohesion-badge-color - Text colour. Default: `--cohesion-color-on-primary` for `join`,
 * `--cohesion-color-text` for `supporter`.
 * @cssprop --cohesion-badge-border-color - Border colour. Default: `--cohesion-color-primary`.
 * @cssprop --cohesion-badge-emblem-background - The emblem's disc. Default: `#003399` (European blue).
 * @cssprop --cohesion-badge-emblem-color - The emblem's stars and ring. Default: `#ffcc00` (European yellow).
 * @cssprop --cohesion-badge-radius - Corner radius. Default: `--cohesion-radius` (0.5rem).
 * @cssprop --cohesion-badge-gap - Space between emblem and text, and the badge's inner padding. Default:
 * half of `--cohesion-space`.
 *
 * @fires {CohesionJoinEvent} cohesion-join - When a reader activates the badge, before the browser follows the
 * link. Cancelable: `preventDefault()` keeps the browser on the page. `detail`: `{href, variant}`.
 * @fires {CohesionDataErrorEvent} cohesion-data-error - When the `src` feed fails or carries invalid values.
 */
export class CohesionJoinBadge extends CohesionElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    variant: {reflect: true},
    size: {reflect: true},
    href: {},
    label: {},
    showCount: {type: Boolean, reflect: true, attribute: 'show-count'},
    src: {},
  };

  #data = new AllianceDataController(this);

  /** What the badge says: `join` ("Join the #CohesionAlliance") or `supporter` ("We support the #CohesionAlliance"). */
  variant: BadgeVariant = 'join';

  /** Size of the badge's fixed box: `s`, `m` or `l`. */
  size: BadgeSize = 'm';

  /**
   * Where the badge leads (an `http:` or `https:` address). Default: the Alliance's official page in the
   * badge's language.
   */
  href?: string;

  /** Text that replaces the translated wording of the badge. */
  label?: string;

  /** Adds the number of individual supporters ("12,000+ supporters"). */
  showCount = false;

  /** Address of a JSON feed with newer figures than the embedded ones (used with `show-count`). */
  src?: string;

  #adopted?: boolean;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#adopt();
    // Upgraded while the parser has not yet reached the fallback link inside the tag.
    // The event reaches the window too, whose listeners a named element (`<img name="addEventListener">`) cannot hide.
    if (documentProperty('readyState') == 'loading') window.addEventListener('DOMContentLoaded', () => this.#adopt(), {once: true});
  }

  /** Takes the `href` and text of the light-DOM link, where the badge's own are not set and the link is not marked as a fallback only. */
  #adopt(): void {
    const link = !this.#adopted && this.querySelector(':scope>a');
    if (!link) return;
    this.#adopted = true;
    if (link.hasAttribute('data-fallback')) return;
    const href = link.getAttribute('href');
    const url = safeUrl(href);
    const text = cleanText(link.textContent);
    if ((this.href ?? this.getAttribute('href')) == null) {
      if (url) this.href = url;
      else if (href) this.warnOnce(`href ${href}`, 'href', href);
    }
    if (text && (this.label ?? this.getAttribute('label')) == null) this.label = text;
  }

  /**
   * "12,000+ supporters", "1 supporter": the count with the noun in the form its plural category takes in the
   * badge's language (`Intl.PluralRules`), one message per category. A lower bound is a number too ("12,000+",
   * "Peste 12.000"), whose category is the number's.
   */
  #count({value, lowerBound}: SupporterFigure, lang: string): string {
    let count = formatNumber(value, lang);
    if (lowerBound) count = msg(str`${count}+`, {id: 'badge.countAtLeast'});
    return {
      zero: msg(str`${count} supporters`, {id: 'badge.count.zero'}),
      one: msg(str`${count} supporter`, {id: 'badge.count.one'}),
      two: msg(str`${count} supporters`, {id: 'badge.count.two'}),
      few: msg(str`${count} supporters`, {id: 'badge.count.few'}),
      many: msg(str`${count} supporters`, {id: 'badge.count.many'}),
      other: msg(str`${count} supporters`, {id: 'badge.count.other'}),
    }[pluralCategory(value, lang)];
  }

  override render() {
    const lang = this.locale;
    const custom = cleanText(this.label);
    const variant = this.option('variant', this.variant, BADGE_VARIANTS, 'join');
    this.option('size', this.size, BADGE_SIZES, 'm');
    // The address the badge leads to: `href` when it is a safe address, else the Alliance's page.
    // A `URL` is as good as its text; an object is not an address, whatever its text.
    let href = safeUrl(this.href);
    if (!href) {
      const given = asText(this.href).trim();
      if (given) this.warnOnce(`href ${given}`, 'href', given);
      href = alliancePageUrl(lang);
    }
    const figure = this.showCount && this.#data.data.supporters.figures.find((f) => f.category == 'individuals');
    const join = (event: MouseEvent) =>
      // `as Event` keeps the manifest analyzer from listing the event a second time, nameless (@fires has it).
      followsLink(event) && (this.dispatchEvent(new CohesionJoinEvent({href, variant}) as Event) || event.preventDefault());
    // The widgets' 24 languages are written left to right, also on a right-to-left page ("12,000+", not "+12,000");
    // a label of the page's own takes the direction of its text.
    return html`<a part="base" href=${href} @click=${join} @auxclick=${join}
      ><svg part="emblem" viewBox="0 0 64 64" aria-hidden="true"
        ><circle cx="32" cy="32" r="30.5"></circle><circle cx="32" cy="32" r="19"></circle><path d=${STARS}></path></svg>
      <span
        ><span part="label" lang=${custom ? nothing : lang} dir=${custom ? 'auto' : 'ltr'}
          >${custom ||
          (variant == 'supporter'
            ? msg('We support the #CohesionAlliance', {id: 'badge.supporter'})
            : msg('Join the #CohesionAlliance', {id: 'badge.join'}))}</span
        >${figure
          ? html` <span part="count" lang=${lang} dir="ltr"
              >${this.#count(figure, lang)}</span
            >`
          : nothing}</span
      ></a
    >`;
  }
}
