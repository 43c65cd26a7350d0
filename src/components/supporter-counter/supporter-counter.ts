import {html, nothing, type PropertyDeclarations, type PropertyValues} from 'lit';
import {msg, str} from '../../i18n/msg.js';
import {CohesionElement} from '../cohesion-element.js';
import {reportMissing} from '../../data/log.js';
import {AllianceDataController} from '../../data/data-controller.js';
import {SUPPORTER_CATEGORIES, type SupporterFigure} from '../../data/model.js';
import {documentProperty} from '../../data/page.js';
import {asText} from '../../data/text.js';
import {formatMonth, formatNumber} from '../../i18n/format.js';
import {countUp, countedValue} from './count-up.js';
import styles from './supporter-counter.styles.js';
import {HYDRATION} from '../hydration.js';

export const COUNTER_NOTATIONS = ['standard', 'compact'] as const;
export type CounterNotation = (typeof COUNTER_NOTATIONS)[number];

/**
 * The shortest `refresh` period, in seconds. A feed gets 8 seconds to answer, so a shorter period could abort a
 * slow feed's answer with the next request, and every reader's browser would poll the integrator's server.
 */
export const MIN_REFRESH_SECONDS = 10;

/** The longest `refresh` period, in seconds: a day. Longer ones are lowered to it (timers cannot wait 25 days). */
export const MAX_REFRESH_SECONDS = 86400;

const visible = () => !documentProperty('hidden');

// Stands for the number inside the translated lower-bound phrase, so the phrase's words can be styled apart.
const NUMBER_MARK = '\uE000';

/**
 * How many support the #CohesionAlliance: individuals, regions, cities and counties, associations of regional and
 * local authorities, Members of the European Parliament and EU sectoral organisations, as a list of figures with
 * their labels, formatted for the widget's language (its own `lang`, else the nearest ancestor's, else the page's).
 * The figures count up once when the widget first scrolls into view (not under `prefers-reduced-motion: reduce` or
 * `no-animation`), in space reserved for the final figures, so nothing on the page moves; screen readers get the
 * final figures only.
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

  static override properties: PropertyDeclarations = {
    progress: {state: true, attribute: false},
    src: {},
    categories: {},
    notation: {},
    noAnimation: {type: Boolean, attribute: 'no-animation'},
    showDate: {type: Boolean, attribute: 'show-date'},
    refresh: {type: Number},
  };

  /**
   * Progress of the count-up, from 0 while it waits or counts, to 1 once the final figures show (undefined when no
   * count-up was due: they show then too).
   */
  private progress?: number;

  /** Address of a JSON feed of figures (see feed.schema.json); without it, the embedded figures. */
  src?: string;

  /**
   * Which figures to show, space-separated, in the order given: any of `individuals regions cities associations
   * meps organisations`. Unknown names are ignored with a warning; empty or none valid shows all six.
   */
  categories = SUPPORTER_CATEGORIES.join(' ');

  /** `standard` (12,000) or `compact` (12K), as the widget's language writes them. */
  notation: CounterNotation = 'standard';

  /** Shows the final figures at once, without counting up. */
  noAnimation = false;

  /** Adds the month the figures date from ("As of October 2022"). */
  showDate = false;

  /**
   * Seconds between re-reading the `src` feed while the widget is on screen and the page is visible; `0` never.
   * Periods under 10 seconds are raised to 10, periods over a day (86400) lowered to a day.
   */
  refresh = 0;

  #data = new AllianceDataController(this);
  #inView?: boolean;
  #lastRead?: number;
  /** Stops the count-up under way. */
  #stop?: () => void;
  #observer?: IntersectionObserver;
  #timer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    // Rendered on a server, the widget already shows its final figures: it does not count them again. Otherwise the
    // first frame already shows the start of the count, so the final figures never flash before it.
    if (HYDRATION && !this.hasUpdated && this.shadowRoot?.firstChild) this.progress = 1;
    else if (this.progress !== 1 && this.#animates()) this.progress = 0;
    this.#lastRead = Date.now();
    if (typeof IntersectionObserver == 'function') {
      this.#observer = new IntersectionObserver((entries) => {
        for (const entry of entries) this.#inView = entry.isIntersecting;
        this.#wake();
      });
      this.#observer.observe(this);
    } else {
      reportMissing('IntersectionObserver');
      this.#inView = true;
      queueMicrotask(this.#wake);
    }
    window.addEventListener('visibilitychange', this.#wake);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#inView = false;
    window.removeEventListener('visibilitychange', this.#wake);
    clearTimeout(this.#timer);
    if (this.#stop) this.#finish();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('noAnimation') && this.noAnimation && this.progress! < 1) this.#finish();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('refresh') || changed.has('src')) this.#schedule();
  }

  /** Starts the count-up and the refresh timer when the widget is on screen in a visible page, pauses otherwise. */
  #wake = (): void => {
    // Not counted yet (undefined < 1 is false: no count-up was due).
    if (!this.#stop && this.progress! < 1 && this.#inView && visible()) {
      if (!this.#animates()) this.#finish();
      else this.#stop = countUp((progress) => (progress < 1 ? (this.progress = progress) : this.#finish()));
    }
    this.#schedule();
  };

  #animates(): boolean {
    return !this.noAnimation && !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  }

  #finish(): void {
    this.#stop?.();
    this.#stop = undefined;
    this.progress = 1;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    const value = asText(this.refresh);
    let seconds = Number(value);
    const bounded = Math.min(Math.max(seconds, MIN_REFRESH_SECONDS), MAX_REFRESH_SECONDS);
    if (!(seconds >= 0 && seconds < Infinity)) {
      this.warnOnce(`refresh ${value}`, 'refresh', value);
      seconds = 0;
    } else if (seconds && seconds != bounded) {
      this.warnOnce(`refresh ${value}`, 'refreshRange', seconds, bounded);
      seconds = bounded;
    }
    if (!seconds || !this.src || !this.#inView || !visible()) return;
    const period = seconds * 1000;
    const now = Date.now();
    const since = now - this.#lastRead!;
    // Widgets with the same period tick at the same moments (multiples of the period), so the first to tick fetches
    // and the others share its request; back from a long pause, a widget reads at once. Never within 10 seconds of
    // its last read, whatever a timer does.
    this.#timer = setTimeout(
      () => {
        this.#lastRead = Date.now();
        // Half the period: fresher data (this tick's, from another widget) is shared, data from the last tick is not.
        this.#data.reload(seconds / 2);
        this.#schedule();
      },
      Math.max(since >= period ? 0 : period - (now % period), MIN_REFRESH_SECONDS * 1000 - since),
    );
  }

  override render() {
    const {figures, asOf} = this.#data.data.supporters;
    const chosen: string[] = [];
    const unknown: string[] = [];
    for (const token of asText(this.categories).match(/\S+/g) ?? []) {
      const name = token.toLowerCase();
      if ((SUPPORTER_CATEGORIES as readonly string[]).includes(name)) {
        if (!chosen.includes(name)) chosen.push(name);
      } else {
        unknown.push(token);
      }
    }
    // One warning for all the unknown names of a value, however many there are.
    if (unknown.length) this.warnOnce(`category ${unknown}`, 'category', unknown, SUPPORTER_CATEGORIES);
    const locale = this.locale;
    const notation = this.option('notation', this.notation, COUNTER_NOTATIONS, 'standard');
    const labels = {
      individuals: msg('Individual supporters', {id: 'counter.individuals'}),
      regions: msg('Regions', {id: 'counter.regions'}),
      cities: msg('Cities and counties', {id: 'counter.cities'}),
      associations: msg('Associations of regional and local authorities', {id: 'counter.associations'}),
      meps: msg('Members of the European Parliament', {id: 'counter.meps'}),
      organisations: msg('EU sectoral organisations', {id: 'counter.organisations'}),
    };
    // The translated "more than", split around the number so that its words can be styled apart; a translation
    // without the number gets the number alone.
    const phrase = msg(str`more than ${NUMBER_MARK}`, {id: 'counter.lowerBound'}).split(NUMBER_MARK);
    const [before, after] =
      phrase.length > 1 ? phrase.map((text) => (text ? html`<span class="qualifier">${text}</span>` : nothing)) : [];
    /** A figure's value (or `shown`, the count), with the translated "more than" around it for a lower bound. */
    const amount = ({value, lowerBound}: SupporterFigure, shown = value) =>
      html`${lowerBound ? before : nothing}<span class="number">${formatNumber(shown, locale, notation)}</span>${lowerBound
        ? after
        : nothing}`;
    const counting = this.progress! < 1;
    return html`
      <div part="base" lang=${locale} dir="ltr">
        <dl>
          ${(chosen.length ? chosen : SUPPORTER_CATEGORIES).flatMap((category) =>
            figures
              .filter((figure) => figure.category === category)
              .map(
                (figure) => html`
                  <div part="figure">
                    <dt part="label">${labels[figure.category]}</dt>
                    <dd part="value">
                      <span class="final">${amount(figure)}</span>
                      ${counting
                        ? html`<span aria-hidden="true">${amount(figure, countedValue(figure.value, this.progress!))}</span>`
                        : nothing}
                    </dd>
                  </div>
                `,
              ),
          )}
        </dl>
        ${this.showDate
          ? html`<p part="date">${msg(str`As of ${formatMonth(asOf, locale)}`, {id: 'counter.asOf'})}</p>`
          : nothing}
      </div>
    `;
  }
}
