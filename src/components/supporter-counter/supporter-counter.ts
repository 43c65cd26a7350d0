import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {CohesionElement} from '../cohesion-element.js';
import {AllianceDataController} from '../../data/data-controller.js';
import {SUPPORTER_CATEGORIES, type SupporterCategory, type SupporterFigure} from '../../data/model.js';
import {warn} from '../../data/log.js';
import {formatMonth, formatNumber} from '../../i18n/format.js';
import {countUp, countedValue} from './count-up.js';
import styles from './supporter-counter.styles.js';

export const COUNTER_NOTATIONS = ['standard', 'compact'] as const;
export type CounterNotation = (typeof COUNTER_NOTATIONS)[number];

/**
 * The shortest `refresh` period, in seconds. A feed gets 8 seconds to answer, so a shorter period could abort a
 * slow feed's answer with the next request, and every reader's browser would poll the integrator's server.
 */
export const MIN_REFRESH_SECONDS = 10;

// Stands for the number inside the translated lower-bound phrase, so the phrase's words can be styled apart.
const NUMBER_MARK = '\uE000';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * How many support the #CohesionAlliance: individuals, regions, cities and counties, associations of regional and
 * local authorities, Members of the European Parliament and EU sectoral organisations, as a list of figures with
 * their labels, formatted for the page's language. The figures count up once when the widget first scrolls into
 * view (not under `prefers-reduced-motion: reduce` or `no-animation`), in space reserved for the final figures, so
 * nothing on the page moves; screen readers get the final figures only.
 *
 * @summary The Alliance's supporters, counted.
 *
 * @slot - Nothing is slotted: content placed inside the tag is the fallback shown before the script loads or
 * without JavaScript, and is hidden once the widget runs.
 *
 * @csspart base - The widget's box.
 * @csspart figure - One figure: its value and label.
 * @csspart value - The figure's value ("140", "more than 12,000").
 * @csspart label - The figure's category ("Regions").
 * @csspart date - The "As of October 2022" line, with `show-date`.
 *
 * @cssprop --cohesion-counter-value-size - Size of the figures' values (default `2.25rem`).
 * @cssprop --cohesion-counter-column-width - The narrowest a column of figures gets before they wrap (default `11rem`).
 * @cssprop --cohesion-color-surface - Background (light appearance); `--cohesion-color-surface-dark` for dark.
 * @cssprop --cohesion-color-text - Label text; `--cohesion-color-text-dark` for dark.
 * @cssprop --cohesion-color-primary - Values; `--cohesion-color-primary-dark` for dark.
 * @cssprop --cohesion-color-muted - The date line and "more than"; `--cohesion-color-muted-dark` for dark.
 * @cssprop --cohesion-color-border - The widget's border; `--cohesion-color-border-dark` for dark.
 * @cssprop --cohesion-space - Padding and gaps (default `1rem`).
 * @cssprop --cohesion-radius - Corner radius (default `0.5rem`).
 * @cssprop --cohesion-font-family - Font (default: the page's).
 * @cssprop --cohesion-font-size - Base text size (default `1rem`).
 *
 * @fires {CohesionDataErrorEvent} cohesion-data-error - The `src` feed failed or had invalid values; the embedded
 * figures stay for whatever it could not supply.
 */
export class CohesionSupporterCounter extends CohesionElement {
  static override styles = styles;

  private readonly dataController = new AllianceDataController(this);

  /** Progress of the count-up, 0 to 1; undefined when the final figures show. */
  @state() private progress: number | undefined;

  /** Address of a JSON feed of figures (see feed.schema.json); without it, the embedded figures. */
  @property() src?: string;

  /**
   * Which figures to show, space-separated, in the order given: any of `individuals regions cities associations
   * meps organisations`. Unknown names are ignored with a warning; empty or none valid shows all six.
   */
  @property() categories = SUPPORTER_CATEGORIES.join(' ');

  /** `standard` (12,000) or `compact` (12K), as the page's language writes them. */
  @property() notation: CounterNotation = 'standard';

  /** Shows the final figures at once, without counting up. */
  @property({type: Boolean, attribute: 'no-animation'}) noAnimation = false;

  /** Adds the month the figures date from ("As of October 2022"). */
  @property({type: Boolean, attribute: 'show-date'}) showDate = false;

  /**
   * Seconds between re-reading the `src` feed while the widget is on screen and the page is visible; `0` never.
   * Periods under 10 seconds are raised to 10.
   */
  @property({type: Number}) refresh = 0;

  private shown: SupporterCategory[] = [...SUPPORTER_CATEGORIES];
  private readonly warnedValues = new Set<string>();
  private played = false;
  private stopCounting?: () => void;
  private viewObserver?: IntersectionObserver;
  private inView = false;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private lastRead = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // The first frame already shows the start of the count, so the final figures never flash before it.
    if (!this.played && this.progress === undefined && this.animates()) this.progress = 0;
    this.lastRead = Date.now();
    this.viewObserver = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) this.inView = entry.isIntersecting;
      this.wake();
    });
    this.viewObserver.observe(this);
    document.addEventListener('visibilitychange', this.wake);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.viewObserver?.disconnect();
    this.viewObserver = undefined;
    this.inView = false;
    document.removeEventListener('visibilitychange', this.wake);
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    if (this.stopCounting) this.finishCounting();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('categories')) this.shown = this.parseCategories();
    if (changed.has('noAnimation') && this.noAnimation && this.progress !== undefined) this.finishCounting();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('refresh') || changed.has('src')) this.scheduleRefresh();
  }

  /** Starts the count-up and the refresh timer when the widget is on screen in a visible page, pauses otherwise. */
  private readonly wake = (): void => {
    const visible = this.inView && document.visibilityState === 'visible';
    if (visible && !this.played && this.progress !== undefined) this.startCounting();
    this.scheduleRefresh();
  };

  private animates(): boolean {
    return !this.noAnimation && !reducedMotion();
  }

  private startCounting(): void {
    this.played = true;
    if (!this.animates()) {
      this.progress = undefined;
      return;
    }
    this.stopCounting = countUp((progress) => {
      if (progress >= 1) this.finishCounting();
      else this.progress = progress;
    });
  }

  private finishCounting(): void {
    this.stopCounting?.();
    this.stopCounting = undefined;
    this.played = true;
    this.progress = undefined;
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    const seconds = this.refreshSeconds();
    if (!seconds || !this.src || !this.inView || document.visibilityState !== 'visible') return;
    const period = seconds * 1000;
    const now = Date.now();
    // Widgets with the same period tick at the same moments (multiples of the period), so the first to tick fetches
    // and the others share its request; back from a long pause, a widget reads at once.
    const wait = now - this.lastRead >= period ? 0 : period - (now % period);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.lastRead = Date.now();
      // Half the period: fresher data (this tick's, from another widget) is shared, data from the last tick is not.
      this.dataController.reload(seconds / 2);
      this.scheduleRefresh();
    }, wait);
  }

  private refreshSeconds(): number {
    const value = Number(this.refresh ?? 0);
    if (value === 0) return 0;
    if (!Number.isFinite(value) || value < 0) {
      this.warnOnce(`refresh=${String(this.refresh)}`, `"${String(this.refresh)}" is not a valid refresh (use seconds, 0 for never); not refreshing.`);
      return 0;
    }
    if (value < MIN_REFRESH_SECONDS) {
      this.warnOnce(`refresh=${value}`, `refresh="${value}" is under ${MIN_REFRESH_SECONDS} seconds; refreshing every ${MIN_REFRESH_SECONDS} seconds.`);
      return MIN_REFRESH_SECONDS;
    }
    return value;
  }

  private parseCategories(): SupporterCategory[] {
    const chosen: SupporterCategory[] = [];
    for (const token of String(this.categories ?? '').split(/\s+/).filter(Boolean)) {
      const name = token.toLowerCase();
      if ((SUPPORTER_CATEGORIES as readonly string[]).includes(name)) {
        if (!chosen.includes(name as SupporterCategory)) chosen.push(name as SupporterCategory);
      } else {
        this.warnOnce(
          `categories=${token}`,
          `"${token.slice(0, 100)}" is not a supporter category (use ${SUPPORTER_CATEGORIES.map((c) => `"${c}"`).join(', ')}); ignoring it.`,
        );
      }
    }
    return chosen.length > 0 ? chosen : [...SUPPORTER_CATEGORIES];
  }

  private warnOnce(key: string, message: string): void {
    if (this.warnedValues.has(key)) return;
    this.warnedValues.add(key);
    warn(`<${this.localName}>: ${message}`);
  }

  private label(category: SupporterCategory): string {
    switch (category) {
      case 'individuals':
        return msg('Individual supporters', {id: 'counter.individuals'});
      case 'regions':
        return msg('Regions', {id: 'counter.regions'});
      case 'cities':
        return msg('Cities and counties', {id: 'counter.cities'});
      case 'associations':
        return msg('Associations of regional and local authorities', {id: 'counter.associations'});
      case 'meps':
        return msg('Members of the European Parliament', {id: 'counter.meps'});
      case 'organisations':
        return msg('EU sectoral organisations', {id: 'counter.organisations'});
    }
  }

  override render() {
    const {figures, asOf} = this.dataController.data.supporters;
    const byCategory = new Map(figures.map((figure) => [figure.category, figure]));
    const shown = this.shown.map((category) => byCategory.get(category)).filter((f): f is SupporterFigure => !!f);
    const notation = this.option('notation', this.notation, COUNTER_NOTATIONS, 'standard');
    return html`
      <div part="base" class="base" lang=${this.locale}>
        <dl class="figures">${shown.map((figure) => this.renderFigure(figure, notation))}</dl>
        ${this.showDate
          ? html`<p part="date" class="date">${msg(str`As of ${formatMonth(asOf, this.locale)}`, {id: 'counter.asOf'})}</p>`
          : nothing}
      </div>
    `;
  }

  private renderFigure(figure: SupporterFigure, notation: CounterNotation) {
    const counting = this.progress !== undefined;
    return html`
      <div part="figure" class="figure">
        <dt part="label" class="label">${this.label(figure.category)}</dt>
        <dd part="value" class=${counting ? 'value counting' : 'value'}>
          <span class="final">${this.renderAmount(figure, figure.value, notation)}</span>
          ${counting
            ? html`<span class="count" aria-hidden="true">${this.renderAmount(figure, countedValue(figure.value, this.progress!), notation)}</span>`
            : nothing}
        </dd>
      </div>
    `;
  }

  /** A figure's value, with the translated "more than" around it for a lower bound. */
  private renderAmount(figure: SupporterFigure, value: number, notation: CounterNotation) {
    const number = formatNumber(value, this.locale, notation);
    if (!figure.lowerBound) return html`<span class="number">${number}</span>`;
    const phrase = msg(str`more than ${NUMBER_MARK}`, {id: 'counter.lowerBound'});
    const at = phrase.indexOf(NUMBER_MARK);
    if (at < 0) return html`<span class="number">${number}</span>`;
    const before = phrase.slice(0, at);
    const after = phrase.slice(at + NUMBER_MARK.length);
    return html`${before ? html`<span class="qualifier">${before}</span>` : nothing}<span class="number">${number}</span>${after
      ? html`<span class="qualifier">${after}</span>`
      : nothing}`;
  }
}
