import {localeReady} from '../../src/i18n/localization.js';

/**
 * Sets `<html lang>` as a site's language switch does and waits until the widgets' translations for it are loaded.
 * Await `el.updateComplete` afterwards to see the re-rendered widget.
 */
export async function setPageLanguage(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  // The widgets notice the change through a MutationObserver, whose callback runs as a microtask, and start loading
  // their language before they update.
  await new Promise((resolve) => setTimeout(resolve));
  await localeReady();
  await new Promise((resolve) => setTimeout(resolve));
}
