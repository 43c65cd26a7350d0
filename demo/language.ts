/**
 * The demo pages' language switch. It does what a multilingual site does when a reader changes language: it sets
 * `<html lang>`, which the widgets follow. The choice is kept in the address (`?lang=de`, read by the page's
 * inline script before anything renders), so that a reload or a shared link keeps it, and nowhere else: the demo
 * stores nothing.
 */
export function connectLanguageSwitch(select: HTMLSelectElement): void {
  const offered = new Set(Array.from(select.options, (option) => option.value));
  if (offered.has(document.documentElement.lang)) select.value = document.documentElement.lang;
  select.addEventListener('change', () => {
    if (!offered.has(select.value)) return;
    document.documentElement.lang = select.value;
    const address = new URL(location.href);
    address.searchParams.set('lang', select.value);
    history.replaceState(history.state, '', address);
  });
}

/** Connects every `[data-language-switch]` select of the page. */
export function connectLanguageSwitches(root: ParentNode = document): void {
  for (const select of root.querySelectorAll<HTMLSelectElement>('select[data-language-switch]')) connectLanguageSwitch(select);
}
