import {isServer, LitElement, type PropertyDeclarations, type PropertyValues} from 'lit';
import {report} from '../data/log.js';
import {asText} from '../data/text.js';
import type {Warnings} from '../data/warnings.js';
import {followLanguage, inLocale, languageOf, localeLoading, preloadLocale, speak, unfollowLanguage} from '../i18n/localization.js';
import {HYDRATION} from './hydration.js';

/** The warnings about an element's own mistakes, and the values each quotes after the element's tag. */
type ElementWarning = 'option' | 'href' | 'refreshRange' | 'refresh' | 'category' | 'document' | 'documentLang' | 'whyHref';
type Quoted<K extends ElementWarning> = Parameters<Warnings[K]> extends [string, ...infer Values] ? Values : never;

export {around, SLOT} from '../i18n/sentence.js';

/** The distinct mistakes an element remembers having warned about. */
const REMEMBERED_WARNINGS = 50;

/**
 * Whether a mouse event follows a link: a click does, and so does the middle button's `auxclick`, which opens the
 * link in a new tab without a `click`. A widget's link announces both, so a listener can veto either.
 */
export const followsLink = (event: MouseEvent): boolean => event.type == 'click' || event.button == 1;

/** Whether a widget has told the page that it cannot take over a server's content: told once a page. */
let toldCannotHydrate = false;
/** The languages a server rendered widgets in without having preloaded them, each told once. */
const notPreloaded = new Set<string>();

export const APPEARANCES = ['auto', 'light', 'dark'] as const;
export type Appearance = (typeof APPEARANCES)[number];

/**
 * What the four widgets share: each speaks the language of its place on the page (its own `lang`, else the nearest
 * ancestor's, else the page's), re-renders when it changes, waits for that language's translations before it
 * renders (so no English flashes on a German page), and validates enumerated attributes, warning once and falling
 * back to the default.
 */
export abstract class CohesionElement extends LitElement {
  static override properties: PropertyDeclarations = {appearance: {reflect: true}};

  /**
   * Colour scheme: `light`, `dark`, or `auto` to follow the reader's `prefers-color-scheme`.
   */
  appearance: Appearance = 'auto';

  readonly #warned = new Set<string>();

  /**
   * The language of the content a server rendered into the widget, until the widget has taken it over. Lit's
   * hydration keeps the server's nodes and assumes they show what the first render would, so that render repeats
   * the server's: in this language, knowing nothing of the reader's browser. Then the widget renders what the
   * browser knows (its place on the page, the reader's languages), and only what differs changes.
   */
  #serverLang?: string;

  constructor() {
    super();
    // A server renders a widget by calling its `render()` alone, not `update()`: it speaks its language there too.
    if (isServer) {
      const render = this.render;
      this.render = () => {
        const locale = this.locale;
        // A language not loaded yet renders in English, which the browser's hydration will not match: the server
        // is told what to do, and the language loads for its next renders.
        if (localeLoading(locale) && !notPreloaded.has(locale)) {
          notPreloaded.add(locale);
          void preloadLocale(locale);
          report('notPreloaded', this.localName, locale);
        }
        return inLocale(locale, () => render.call(this));
      };
    } else if (HYDRATION && this.shadowRoot) {
      this.#serverLang = this.shadowRoot.querySelector('[lang]')?.getAttribute('lang') ?? 'en';
    }
  }

  /**
   * Takes over the content a server rendered, through Lit's hydration support. Where that support is missing (not
   * loaded, or loaded after Lit), Lit would render a second copy beside the server's: the server's goes instead, and
   * the page is told how to load the support first. The self-contained files cannot hydrate at all (see
   * `hydration.ts`): there the widget's render simply takes the server content's place.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // The self-contained files' own copy of Lit never takes content over: the widget's first render replaces it.
    if (!HYDRATION) {
      this.shadowRoot?.replaceChildren();
      return super.createRenderRoot();
    }
    const server = isServer ? [] : [...(this.shadowRoot?.childNodes ?? [])];
    const root = super.createRenderRoot();
    // Without the support, Lit renders before the first node it finds; with it, Lit takes the nodes over.
    if (server.length && server.includes(this.renderOptions.renderBefore as ChildNode)) {
      for (const node of server) node.remove();
      this.renderOptions.renderBefore = null;
      this.#serverLang = undefined;
      if (!toldCannotHydrate) {
        toldCannotHydrate = true;
        report('hydration', this.localName);
      }
    }
    return root;
  }

  override connectedCallback(): void {
    followLanguage(this);
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowLanguage(this);
  }

  /**
   * Moved into another document (an iframe's, a Picture-in-Picture window's, a print helper's): the style sheets Lit
   * adopted were made in the page's window, and a document adopts only sheets of its own window, so the shadow root
   * lost them; they are made again in the new window. The widget then renders in the language of its new place.
   */
  adoptedCallback(): void {
    // Loaded only by pages that move a widget into another document; the widget renders anew once its styles are back.
    void import('./restyle.js').then(({restyle}) => {
      restyle(this);
      this.requestUpdate();
    });
  }

  protected override async scheduleUpdate(): Promise<unknown> {
    // A language whose file fails to load gives way to English, whose texts may be a file still to load.
    for (let locale = ''; locale !== this.locale; ) {
      locale = this.locale;
      await localeLoading(locale);
    }
    return super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues<this>): void {
    // Every widget checks its appearance, whether or not its own code reads it.
    if (changed.has('appearance')) void this.resolvedAppearance;
    // Its messages in its own language: `msg()` reads the language of the widget being rendered.
    const outer = speak(this.locale);
    super.update(changed);
    speak(outer);
    // The server's content taken over: now what the browser knows, in an update of its own.
    if (HYDRATION && this.#serverLang) {
      this.#serverLang = undefined;
      void this.updateComplete.then(() => this.requestUpdate());
    }
  }

  /**
   * The language the widget speaks now (see `followLanguage`), for its messages, `Intl` formatting and the `lang`
   * of its content.
   */
  protected get locale(): string {
    return (HYDRATION && this.#serverLang) || languageOf(this);
  }

  /** The reader's browser languages, strongest first: none on a server, nor while taking over a server's content. */
  protected get readerLanguages(): readonly string[] {
    return isServer || (HYDRATION && this.#serverLang) ? [] : navigator.languages;
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
    const text = asText(value);
    this.warnOnce(`${attribute}=${text}`, 'option', text, attribute, allowed, fallback);
    return fallback;
  }

  /**
   * Warns in the console about a mistake in this element's attributes or content, once per `once` key, starting
   * with the element's tag (see `warnings.ts`).
   */
  protected warnOnce<K extends ElementWarning>(once: string, key: K, ...values: Quoted<K>): void {
    // What is remembered is bounded: a value's first 200 characters and its length (a warning quotes 100), and at most
    // `REMEMBERED_WARNINGS` mistakes, so that a script setting a thousand 1 MB values keeps none of them.
    const remembered = once.slice(0, 200) + once.length;
    if (this.#warned.has(remembered)) return;
    if (this.#warned.size >= REMEMBERED_WARNINGS) this.#warned.clear();
    this.#warned.add(remembered);
    report(key, ...([this.localName, ...values] as unknown as Parameters<Warnings[K]>));
  }
}
