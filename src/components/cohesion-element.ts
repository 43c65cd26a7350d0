import {LitElement, type PropertyDeclarations, type PropertyValues} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {warn} from '../data/log.js';
import {getLocale, localeReady, startLocalization} from '../i18n/localization.js';

export const APPEARANCES = ['auto', 'light', 'dark'] as const;
export type Appearance = (typeof APPEARANCES)[number];

/**
 * What the four widgets share: they follow the page's language, re-render when it changes, wait for a language's
 * translations before their first render (so no English flashes on a German page), and validate enumerated
 * attributes, warning once and falling back to the default.
 */
export abstract class CohesionElement extends LitElement {
  static override properties: PropertyDeclarations = {appearance: {reflect: true}};

  /**
   * Colour scheme: `light`, `dark`, or `auto` to follow the reader's `prefers-color-scheme`.
   */
  appearance: Appearance = 'auto';

  readonly #warned = new Set<string>();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    startLocalization();
    super.connectedCallback();
  }

  protected override async scheduleUpdate(): Promise<unknown> {
    await localeReady();
    return super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues<this>): void {
    // Every widget checks its appearance, whether or not its own code reads it.
    if (changed.has('appearance')) void this.resolvedAppearance;
    super.update(changed);
  }

  /** The language the widget speaks now, for `Intl` formatting and the `lang` of its content. */
  protected get locale(): string {
    return getLocale();
  }

  /** The widget's appearance, `auto` when the attribute holds an unknown value. */
  protected get resolvedAppearance(): Appearance {
    return this.option('appearance', this.appearance, APPEARANCES, 'auto');
  }

  /**
   * Returns `value` when it is one of `allowed`; otherwise warns once per attribute and value, naming the allowed
   * values, and returns `fallback`.
   */
  protected option<T extends string>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
    if ((allowed as readonly unknown[]).includes(value)) return value as T;
    const key = `${attribute}=${String(value)}`;
    if (!this.#warned.has(key)) {
      this.#warned.add(key);
      warn(
        `<${this.localName}>: "${String(value)}" is not a valid ${attribute} (use ${allowed.map((v) => `"${v}"`).join(', ')}); using "${fallback}".`,
      );
    }
    return fallback;
  }
}
