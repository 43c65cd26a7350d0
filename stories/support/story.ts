import {html} from 'lit';
import {APPEARANCES} from '../../src/components/cohesion-element.js';
import {EU_LANGUAGES} from '../../src/i18n/negotiate.js';
import {languageAutonym} from '../../src/i18n/format.js';

/** The `appearance` control every widget shares. Unset, a widget takes the toolbar's light or dark. */
export const appearanceControl = {
  control: 'inline-radio',
  options: [...APPEARANCES],
} as const;

/** Values for the widget's documented CSS custom properties, set from the controls. */
export type StyleArgs = {[property: `--${string}`]: string | undefined};

/** The CSS custom properties set in the controls, as an inline style, or undefined when none is. */
export function customProperties(args: object): string | undefined {
  const declarations = Object.entries(args)
    .filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value.trim() !== '')
    .map(([name, value]) => `${name}: ${String(value).replace(/[;{}]/g, '')}`);
  return declarations.length > 0 ? declarations.join('; ') : undefined;
}

/** What a story's render function reads of Storybook's context: the toolbar's globals. */
export interface PageContext {
  globals: Record<string, unknown>;
}

/** A story's `appearance`: its own when set, else the toolbar's. */
export function appearanceOf(args: {appearance?: string}, context: PageContext): string {
  return args.appearance ?? String(context.globals.appearance ?? 'light');
}

/**
 * A row of buttons that set `<html lang>` as a member site's language menu would; the widgets on the page follow.
 * The test run clicks each button in turn and checks the widgets in every language.
 */
export function languageBar() {
  const choose = (event: Event, lang: string) => {
    document.documentElement.lang = lang;
    const menu = (event.currentTarget as HTMLElement).closest('nav');
    for (const button of menu?.querySelectorAll('button') ?? []) {
      button.setAttribute('aria-pressed', String(button.dataset['lang'] === lang));
    }
  };
  const current = document.documentElement.lang;
  return html`<nav class="cohesion-language-bar" aria-label="Page language">
    <ul>
      ${EU_LANGUAGES.map(
        (lang) =>
          html`<li>
            <button type="button" lang=${lang} data-lang=${lang} aria-pressed=${String(lang === current)} @click=${(event: Event) => choose(event, lang)}>
              ${languageAutonym(lang)}
            </button>
          </li>`,
      )}
    </ul>
  </nav>`;
}
