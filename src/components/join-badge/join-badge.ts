import {html, nothing, svg, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {CohesionElement} from '../cohesion-element.js';
import {AllianceDataController} from '../../data/data-controller.js';
import {alliancePageUrl} from '../../data/model.js';
import {safeUrl} from '../../data/url.js';
import {cleanText} from '../../data/validate.js';
import {warn} from '../../data/log.js';
import {formatNumber} from '../../i18n/format.js';
import {CohesionJoinEvent} from '../../events/join.js';
import styles from './join-badge.styles.js';

export const BADGE_VARIANTS = ['join', 'supporter'] as const;
export type BadgeVariant = (typeof BADGE_VARIANTS)[number];

export const BADGE_SIZES = ['s', 'm', 'l'] as const;
export type BadgeSize = (typeof BADGE_SIZES)[number];

/** A five-pointed star centred on (cx, cy), pointing up, as a closed path. */
function star(cx: number, cy: number, outer: number, inner: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(cx + radius * Math.cos(angle)).toFixed(2)} ${(cy + radius * Math.sin(angle)).toFixed(2)}`);
  }
  return `M${points.join('L')}Z`;
}

// Twelve stars on a ring, as on the European flag; the ring that joins them stands for the alliance.
const STARS = Array.from({length: 12}, (_, i) => {
  const angle = (i * Math.PI) / 6;
  return star(32 + 19 * Math.sin(angle), 32 - 19 * Math.cos(angle), 4.4, 1.8);
}).join('');

/**
 * @summary A badge for a site's footer or sidebar that invites readers to join the #CohesionAlliance, or says
 * that the site supports it. One link, in the page's language, in a fixed box for each size.
 *
 * Put a plain link inside the tag: readers see it before the script loads or without JavaScript. Once upgraded,
 * the badge shows instead, and takes that link's `href` and text as its `href` and `label` unless those are set.
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

  private readonly data = new AllianceDataController(this);

  /** What the badge says: `join` ("Join the #CohesionAlliance") or `supporter` ("We support the #CohesionAlliance"). */
  @property({reflect: true}) variant: BadgeVariant = 'join';

  /** Size of the badge's fixed box: `s`, `m` or `l`. */
  @property({reflect: true}) size: BadgeSize = 'm';

  /**
   * Where the badge leads (an `http:` or `https:` address). Default: the Alliance's official page in the
   * page's language.
   */
  @property() href?: string;

  /** Text that replaces the translated wording of the badge. */
  @property() label?: string;

  /** Adds the number of individual supporters ("12,000+ supporters"). */
  @property({type: Boolean, reflect: true, attribute: 'show-count'}) showCount = false;

  /** Address of a JSON feed with newer figures than the embedded ones (used with `show-count`). */
  @property() src?: string;

  private fallbackAdopted = false;
  private warnedHref?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.adoptFallbackLink();
    if (!this.fallbackAdopted && document.readyState === 'loading') {
      // Upgraded while the parser has not yet reached the fallback link inside the tag.
      document.addEventListener('DOMContentLoaded', () => this.adoptFallbackLink(), {once: true});
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) this.option('variant', this.variant, BADGE_VARIANTS, 'join');
    if (changed.has('size')) this.option('size', this.size, BADGE_SIZES, 'm');
    if (changed.has('appearance')) void this.resolvedAppearance;
  }

  /** Takes the `href` and text of the light-DOM fallback link, where the badge's own are not set. */
  private adoptFallbackLink(): void {
    if (this.fallbackAdopted) return;
    const link = Array.from(this.children).find((child) => child instanceof HTMLAnchorElement);
    if (!link) return;
    this.fallbackAdopted = true;
    if (this.href == null && !this.hasAttribute('href')) {
      const href = link.getAttribute('href');
      const url = safeUrl(href);
      if (url) this.href = url;
      else if (href) warn(`<${this.localName}>: the fallback link's address "${href}" is not http(s); using the default.`);
    }
    if (this.label == null && !this.hasAttribute('label')) {
      const text = cleanText(link.textContent);
      if (text) this.label = text;
    }
  }

  /** The address the badge leads to: `href` when it is a safe address, else the Alliance's page. */
  private get destination(): string {
    const href = this.href?.trim();
    if (href) {
      const url = safeUrl(href);
      if (url) return url;
      if (this.warnedHref !== href) {
        this.warnedHref = href;
        warn(`<${this.localName}>: "${href}" is not a valid href (use an http or https address); using the Alliance's page.`);
      }
    }
    return alliancePageUrl(this.locale);
  }

  private get resolvedVariant(): BadgeVariant {
    return this.option('variant', this.variant, BADGE_VARIANTS, 'join');
  }

  private handleClick(event: MouseEvent): void {
    const join = new CohesionJoinEvent({href: this.destination, variant: this.resolvedVariant});
    if (!this.dispatchEvent(join)) event.preventDefault();
  }

  override render() {
    return html`<a part="base" class="badge" href=${this.destination} @click=${this.handleClick}>
      ${this.renderEmblem()}
      <span class="text">${this.renderLabel()}${this.renderCount()}</span>
    </a>`;
  }

  private renderEmblem() {
    return html`<svg part="emblem" class="emblem" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      ${svg`<circle class="disc" cx="32" cy="32" r="30.5"></circle>
        <circle class="ring" cx="32" cy="32" r="19"></circle>
        <path class="stars" d=${STARS}></path>`}
    </svg>`;
  }

  private renderLabel() {
    const custom = cleanText(this.label);
    if (custom) return html`<span part="label" class="label">${custom}</span>`;
    const text =
      this.resolvedVariant === 'supporter'
        ? msg('We support the #CohesionAlliance', {id: 'badge.supporter'})
        : msg('Join the #CohesionAlliance', {id: 'badge.join'});
    return html`<span part="label" class="label" lang=${this.locale}>${text}</span>`;
  }

  private renderCount() {
    if (!this.showCount) return nothing;
    const figure = this.data.data.supporters.figures.find((f) => f.category === 'individuals');
    if (!figure) return nothing;
    const count = formatNumber(figure.value, this.locale);
    const text = figure.lowerBound
      ? msg(str`${count}+ supporters`, {id: 'badge.countAtLeast'})
      : msg(str`${count} supporters`, {id: 'badge.count'});
    return html` <span part="count" class="count" lang=${this.locale}>${text}</span>`;
  }
}
