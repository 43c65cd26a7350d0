import {releasePageGlobals} from '../components/page-globals.js';
import {getLocale, preloadLocale} from '../i18n/localization.js';

let loaded: Promise<void> | undefined;

/**
 * Registers `tag` once the page's language file is there (or has failed, or stalled: see `localeLoading`). Until then
 * the tags stay as the page wrote them, with the space it reserves for them and their fallback content, and each
 * widget renders as it upgrades, in its language. Guarded, so that two copies of the library on one page do not throw.
 */
export function defineOnceLoaded(tag: string, element: CustomElementConstructor): void {
  // Lit has loaded by the time an entry registers its tags.
  releasePageGlobals();
  void (loaded ??= preloadLocale(getLocale())).then(() => customElements.get(tag) || customElements.define(tag, element));
}
