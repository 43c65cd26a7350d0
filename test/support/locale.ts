import {followLanguage, localeReady, unfollowLanguage} from '../../src/i18n/localization.js';

// The page-wide observation of `lang` (one MutationObserver and one `languagechange` listener) starts with the first
// widget; the tests start it at once, so that checks of what widgets leave behind do not count it.
const nobody = Object.assign(document.createElement('span'), {requestUpdate() {}});
followLanguage(nobody);
unfollowLanguage(nobody);

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
