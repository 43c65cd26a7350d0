import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {report} from '../data/log.js';
import {documentProperty} from '../data/page.js';
import {titlesFrom} from '../data/titles.js';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import {addDateSupplement, loadDateSupplement, prepareFormatters} from './format.js';
import {LANGUAGE_FILES, ONE_FILE_PER_LANGUAGE, type LanguageFile} from './language-files.js';
import {EU_LANGUAGES, negotiateLanguage, primaryLanguage, type EuLanguage} from './negotiate.js';

/** The languages a translation exists for. */
export const TRANSLATED_LOCALES: readonly string[] = targetLocales;

/**
 * How long a language's file may take before the widgets waiting for it render in English: a file that never
 * answers must not leave them blank. A file that arrives later is still taken, for the widgets rendered after it.
 */
export const LANGUAGE_FILE_PATIENCE = 5000;

/*
 * Each widget speaks its own language, so @lit/localize runs in its reentrant mode: `msg()` asks for the language
 * of the widget that is rendering (`current`, set around each widget's update by `inLocale`) and reads that
 * language's translations synchronously, from the modules loaded so far. A widget loads its language's module
 * before it renders (`localeLoading`), so no English flashes.
 *
 * Nothing here touches `document`, `window` or `navigator` when it is imported, so that a server can render the
 * widgets: there a widget speaks its own `lang`, else English, once `preloadLocale` has loaded that language.
 */

/** The translations loaded, by language. */
const modules = new Map<string, LanguageFile>();
/** The loads started, by language; a failed one stays, so that it is not tried again on every update. */
const loads = new Map<string, Promise<void>>();
const failed = new Set<string>();
let current: string = sourceLocale;
let configured = false;
/** The page-wide language set with `setLocale`, until `<html lang>` or the browser's languages change. */
let chosen: EuLanguage | undefined;

function configure(): void {
  if (configured) return;
  configured = true;
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: targetLocales as unknown as string[],
      getLocale: () => current,
      loadLocaleSync: (locale) => modules.get(locale),
    });
  } catch {
    report('configured');
  }
}

/**
 * Starts loading the translations of `locale` (a language the widgets speak), with its month names where the
 * browser lacks them (Irish, Maltese). Returns undefined when there is nothing to wait for.
 */
export function localeLoading(locale: string): Promise<void> | undefined {
  const loader = LANGUAGE_FILES[locale];
  if (!loader || modules.has(locale) || failed.has(locale)) return undefined;
  let load = loads.get(locale);
  if (!load) {
    const file = loader();
    // Once the request is out, the wait for it is spent on work the first render needs anyway.
    if (globalThis.document) setTimeout(prepareFormatters, 0, locale);
    // A file that holds its language's titles and month names (the self-contained files) brings them along.
    if (ONE_FILE_PER_LANGUAGE) titlesFrom(file);
    const loaded = (ONE_FILE_PER_LANGUAGE ? file : Promise.all([file, loadDateSupplement(locale)]).then(([module]) => module)).then(
      (module) => {
        modules.set(locale, module);
        if (ONE_FILE_PER_LANGUAGE && module.dates) addDateSupplement(locale, module.dates);
      },
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<'stalled'>((resolve) => (timer = setTimeout(resolve, LANGUAGE_FILE_PATIENCE, 'stalled')));
    load = Promise.race([loaded, stalled]).then(
      (outcome) => {
        clearTimeout(timer);
        if (outcome !== 'stalled') return;
        failed.add(locale);
        report('stalled', locale, LANGUAGE_FILE_PATIENCE / 1000);
        // Taken if it comes at last: widgets rendered from then on speak the language.
        void loaded.then(() => failed.delete(locale), () => undefined);
      },
      () => {
        clearTimeout(timer);
        failed.add(locale);
        // English needs no file for its texts, and its titles load on their own where its file fails.
        if (locale !== sourceLocale) report('translations', locale, 'English');
      },
    );
    loads.set(locale, load);
  }
  return load;
}

/**
 * Loads the translations for a language (any BCP 47 tag), so that widgets in it render at once, with no wait: a
 * server awaits it before rendering widgets in that language. Resolves when they are loaded (or failed to load).
 */
export async function preloadLocale(tag: string): Promise<void> {
  configure();
  await localeLoading(negotiateLanguage([tag]));
}

/** Resolves when every language asked for so far is loaded (or has failed to load). */
export async function localeReady(): Promise<void> {
  await Promise.all(loads.values());
}

/** Makes `msg()` speak `locale` (a language the widgets speak); returns the language it spoke until now. */
export function speak(locale: string): string {
  const outer = current;
  current = locale;
  return outer;
}

/** Runs `render` with `msg()` speaking `locale`: a server's rendering of one widget, for instance. */
export function inLocale<T>(locale: string, render: () => T): T {
  const outer = speak(locale);
  const result = render();
  speak(outer);
  return result;
}

/** An element that re-renders when asked: a widget. */
type Follower = Element & {requestUpdate(): void};

/** The connected widgets and the language each speaks. */
const followers = new Map<Follower, EuLanguage>();
const tags = new Map<string, EuLanguage | undefined>();
const MAX_LANG_VALUES = 500;
const MAX_LANG_WARNINGS = 20;
let langWarnings = 0;
const LANG_CHANGES: MutationObserverInit = {subtree: true, attributeFilter: ['lang']};
let observer: MutationObserver | undefined;

/**
 * The page's `<html>`, on a page (through `Document.prototype`: a named element, `<img name="documentElement">`,
 * cannot stand in for it).
 */
const root = (): HTMLElement => globalThis.document && documentProperty('documentElement');

/** The language a `lang` value names, if the widgets speak it; an invalid value is reported once. */
function spoken(tag: string | null | undefined): EuLanguage | undefined {
  if (tag && !tags.has(tag)) {
    const primary = primaryLanguage(tag);
    // Bounded, as a page may write a thousand invalid values: so many warnings, and so many values remembered.
    if (!primary && langWarnings++ < MAX_LANG_WARNINGS) report('lang', tag);
    if (tags.size >= MAX_LANG_VALUES) tags.clear();
    tags.set(tag, (EU_LANGUAGES as readonly string[]).includes(primary!) ? (primary as EuLanguage) : undefined);
  }
  // No entry for an absent or empty value either.
  return tags.get(tag!);
}

/**
 * The language of `element`, as HTML defines it and as far as the widgets speak it: its own `lang`, else the
 * nearest ancestor's (across shadow roots), else the page's (`getLocale`). Values the widgets do not speak, and
 * invalid ones, are passed over. Without a document (on a server): its own `lang`, else English.
 */
function languageOfElement(element: Element): EuLanguage {
  const page = root();
  for (let node: Node | null | undefined = element; node && node !== page; ) {
    const lang = spoken((node as Element).getAttribute?.('lang'));
    if (lang) return lang;
    // A shadow root's parent is its host; it is watched for changes of `lang` too.
    node = node.parentNode ?? (node.nodeType == 11 ? watch(node as ShadowRoot) : undefined);
  }
  return getLocale();
}

// Observing a root again only renews the same observation.
function watch(root: ShadowRoot): Element {
  observer?.observe(root, LANG_CHANGES);
  return root.host;
}

/**
 * The language of the page, for widgets with no `lang` of their own or around them: the one set with `setLocale`,
 * else `<html lang>`, else the first of the reader's browser languages the widgets speak, else English. Without a
 * document (on a server): the one set with `setLocale`, else English.
 */
export function getLocale(): EuLanguage {
  return (
    chosen ??
    (globalThis.document
      ? (spoken(root().lang) ?? negotiateLanguage(navigator.languages))
      : sourceLocale)
  );
}

/** Re-resolves the language of every widget; after a change of the page's language, without `setLocale`'s. */
function refresh(page?: unknown): void {
  if (page) chosen = undefined;
  for (const [follower, lang] of followers) {
    const now = languageOfElement(follower);
    if (now !== lang) {
      followers.set(follower, now);
      follower.requestUpdate();
    }
  }
}

/**
 * Follows the language of a connected widget: it re-renders when its language changes (its own `lang`, an
 * ancestor's, `<html lang>`, the browser's languages or `setLocale`). One observer serves every widget.
 */
export function followLanguage(widget: Follower): void {
  configure();
  if (!observer) {
    observer = new MutationObserver((records) => (refresh(records.some((r) => r.target === root()))));
    observer.observe(document, LANG_CHANGES);
    window.addEventListener('languagechange', refresh);
  }
  // A widget moved into another document (an iframe's) follows that document's languages too.
  if (widget.ownerDocument !== document) observer.observe(widget.ownerDocument, LANG_CHANGES);
  followers.set(widget, languageOfElement(widget));
}

/** Stops following a widget that left the page. */
export function unfollowLanguage(widget: Follower): void {
  followers.delete(widget);
}

/**
 * The language a widget speaks: its element's language (see `languageOfElement`), or English while that
 * language's translations could not be loaded.
 */
export function languageOf(widget: Element): string {
  const lang = followers.get(widget as Follower) ?? languageOfElement(widget);
  return failed.has(lang) ? sourceLocale : lang;
}

/**
 * Sets the page's language (any BCP 47 tag: `de-AT` gives German; an unsupported tag gives English) for the widgets
 * with no `lang` of their own or around them, in place of `<html lang>`, until `<html lang>` or the browser's
 * languages change. Resolves when its translations are loaded.
 */
export function setLocale(tag: string): Promise<void> {
  chosen = negotiateLanguage([tag]);
  refresh();
  return preloadLocale(chosen);
}
