import {html, isServer, nothing, type PropertyDeclarations, type PropertyValues} from 'lit';
import {msg, str} from '../../i18n/msg.js';
import {around, CohesionElement, followsLink, SLOT} from '../cohesion-element.js';
import {heading, HEADING_LEVEL_NAMES, headingLevelFromAttribute, HEADING_LEVELS, type HeadingLevel} from '../heading.js';
import {AllianceDataController} from '../../data/data-controller.js';
import {mergeData, type DataPatch} from '../../data/merge.js';
import {readLightDom} from '../../data/light-dom.js';
import {isDocumentId, own, type AllianceDocument, type DocumentEdition} from '../../data/model.js';
import {safeUrl} from '../../data/url.js';
import {asText, canonicalLang} from '../../data/text.js';
import {documentTitle, editionBytes, hasEmbeddedTitles, loadTitles} from '../../data/titles.js';
import {localeLoading} from '../../i18n/localization.js';
import {CohesionDownloadEvent} from '../../events/download.js';
import {formatFileSize, formatNumber, languageAutonym, languageWithAutonym} from '../../i18n/format.js';
import {chooseDocumentLanguage, matchLanguage} from '../../i18n/choose.js';
import styles from './document-picker.styles.js';

export {CohesionDownloadEvent, type DownloadDetail} from '../../events/download.js';
export {chooseDocumentLanguage, DOCUMENT_FALLBACK_LANGUAGES, type LanguageCandidates} from '../../i18n/choose.js';

/** The heading levels the document titles may take, so that they fit the host page's outline. */
export const PICKER_HEADING_LEVELS = HEADING_LEVELS;
export type PickerHeadingLevel = HeadingLevel;

/** An edition with an address that is safe to link to. */
type LinkableEdition = DocumentEdition & {href: string};

function linkable(document: AllianceDocument): LinkableEdition[] {
  return document.editions.flatMap((edition) => {
    const href = safeUrl(edition.href);
    return href ? [{...edition, href}] : [];
  });
}

/**
 * Offers the #CohesionAlliance's documents (the 2022 declaration "The debate on the future of cohesion policy
 * starts now!", the Declaration 2.0 of 2020, the letter to Charles Michel), each in the reader's language when it
 * exists, with every other language one choice away. When a document does not exist in the widget's language (its
 * own `lang`, else the nearest ancestor's, else the page's), a notice in that language says so and names the
 * language shown instead.
 *
 * Links written inside the element are its no-JavaScript fallback and a data source: each `<a href hreflang>`
 * (with optional `type` and `data-bytes`) is one language version; the links inside an element with
 * `data-document="ID"` form that document, titled by a heading in it; links outside such elements form the
 * document named by the element's own `data-document`, else the first id in `documents`, else `document`.
 *
 * @summary The #CohesionAlliance's documents, each in the reader's language or the closest one that exists.
 *
 * @slot - Links to the documents (`<a href hreflang>`), for readers without JavaScript; read as data, not shown.
 *
 * @csspart base - The container of all documents.
 * @csspart document - One document (an `<article>`).
 * @csspart title - A document's title, in the language shown.
 * @csspart notice - The notice that a document does not exist in the widget's language.
 * @csspart meta - The language, format and size of the version shown.
 * @csspart language-select - The native `<select>` that lists a document's languages.
 * @csspart download - The link to the version shown.
 *
 * @cssprop --cohesion-color-surface - Background (default `#ffffff`; `--cohesion-color-surface-dark`: `#0e1a3c`).
 * @cssprop --cohesion-color-text - Text colour (default `#1b1b1b`; `--cohesion-color-text-dark`: `#f4f6fb`).
 * @cssprop --cohesion-color-muted - Language, format, size and count (default `#4b4f58`; dark `#c9d1e3`).
 * @cssprop --cohesion-color-primary - The download link's background and the notice's rule (default `#003399`; dark `#ffcc00`).
 * @cssprop --cohesion-color-on-primary - The download link's text (default `#ffffff`; dark `#0e1a3c`).
 * @cssprop --cohesion-color-link - The notice's link (default `#003399`; dark `#a9c5ff`).
 * @cssprop --cohesion-color-border - Borders of the documents and the select (default `#8b93a5`; dark `#7d8bb0`).
 * @cssprop --cohesion-focus-color - The focus outline (default `#003399`; dark `#ffcc00`).
 * @cssprop --cohesion-radius - Corner radius (default `0.5rem`).
 * @cssprop --cohesion-space - Base spacing (default `1rem`).
 * @cssprop --cohesion-font-family - Font (default: the page's).
 * @cssprop --cohesion-font-size - Base text size (default `1rem`).
 *
 * @fires cohesion-download - A download link was activated; `detail`: `documentId`, `lang`, `href`. Cancel it to
 * stop the download.
 * @fires cohesion-data-error - The `src` feed failed or held invalid values; the embedded data stays in use.
 */
export class CohesionDocumentPicker extends CohesionElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    documents: {},
    documentLang: {attribute: 'document-lang'},
    whyHref: {attribute: 'why-href'},
    src: {},
    headingLevel: {attribute: 'heading-level', reflect: true, converter: headingLevelFromAttribute},
  };

  /**
   * The documents to show, in order: space-separated ids (`debate-2022`, `declaration-2020`,
   * `letter-charles-michel`, or a feed's or the element's own); as a property, a list of ids too. Unknown ids are
   * skipped with a warning; when none is known, the default shows. Default: the documents written inside the
   * element, else every document in the data.
   */
  documents?: string | null;

  /** A language to show the documents in, overriding the page's and the browser's languages (`lv`, `de`). */
  documentLang?: string | null;

  /** Address of a page that explains why a language is missing; the notice links to it. */
  whyHref?: string | null;

  /**
   * Address of a JSON feed (see `feed.schema.json`) that adds documents or language versions, for instance the
   * PDF files' own addresses. Without it the embedded data is used.
   */
  src?: string | null;

  /** The heading level of the document titles, `2` to `6`, so that they fit the host page's outline. */
  headingLevel: PickerHeadingLevel = 3;

  readonly #alliance = new AllianceDataController(this);
  /** The documents from the element's own links. Not reactive: whoever changes it requests an update. */
  #patch: DataPatch = {};
  /** The language the reader picked, per document id. Not reactive either. */
  #picked = new Map<string, string>();
  // Frameworks may render the links after the element upgrades. Made on connection: a server has no observers.
  #observer?: MutationObserver;
  /**
   * Whether the select lists every language yet. Each language's own name needs `Intl` data of that language (on a
   * phone about 20 ms each), so the first render names only the language shown, and the others follow after the first
   * frame; `updateComplete` waits for them. A server lists them all at once, and so does a widget taking over what a
   * server rendered, as its first render repeats the server's.
   */
  #allNames = isServer || Boolean(this.shadowRoot);
  #named?: Promise<void>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readLinks();
    // An attribute filter implies `attributes: true`.
    (this.#observer ??= new MutationObserver(() => this.#readLinks())).observe(this, {
      subtree: true,
      childList: true,
      characterData: true,
      attributeFilter: ['href', 'hreflang', 'type', 'data-bytes', 'data-document', 'lang'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer!.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A server renders the embedded documents; the links written inside the element are read once it is on a page.
    if (changed.has('documents') && !isServer) this.#readLinks();
    // A new language from the integrator replaces the reader's earlier picks.
    if (changed.has('documentLang') && this.hasUpdated) this.#picked = new Map();
  }

  get #requestedIds(): string[] {
    return [...new Set(asText(this.documents).match(/\S+/g))];
  }

  #readLinks(): void {
    if (!this.querySelector('a')) {
      if (own(this.#patch, 'documents')) {
        this.#patch = {};
        this.requestUpdate();
      }
      return;
    }
    const defaultId = [this.getAttribute('data-document')?.trim(), this.#requestedIds[0]].find(isDocumentId) ?? 'document';
    // Read in the bundle itself, not in a chunk loaded later: a page with links inside the tag renders with no wait.
    this.#patch = readLightDom(this, defaultId);
    this.requestUpdate();
  }

  /** The documents shown, each with its linkable editions, their languages and the language shown. */
  #shown(locale: string): [AllianceDocument, LinkableEdition[], string[], string][] {
    const patch = this.#patch;
    const data = own(patch, 'documents') ? mergeData(this.#alliance.data, patch) : this.#alliance.data;
    const byId = new Map(data.documents.map((document) => [document.id, document]));
    const requested = this.#requestedIds;
    let ids = requested.filter((id) => byId.has(id));
    const unknown = requested.filter((id) => !byId.has(id));
    // A feed that is still loading may yet bring the documents. When it has not, and none of the ids is known (a
    // typo), the default documents show rather than an empty box.
    if (this.#alliance.status != 'loading' || !requested.length) {
      if (unknown.length) this.warnOnce(`document ${unknown}`, 'document', unknown, [...byId.keys()], !ids.length);
      if (!ids.length) ids = (own(patch, 'documents') ?? data.documents).map((document) => document.id);
    }
    // A document without a safe address (a feed's javascript: link, dropped) is not shown.
    return ids.flatMap((id) => {
      const document = byId.get(id)!;
      const editions = linkable(document);
      const available = editions.map((edition) => edition.lang);
      return available.length ? [[document, editions, available, this.#languageOf(id, available, locale)]] : [];
    });
  }

  /** The language shown for a document: the reader's pick, else the negotiated one. */
  #languageOf(id: string, available: string[], locale: string): string {
    const picked = this.#picked.get(id);
    if (picked && available.includes(picked)) return picked;
    const value = asText(this.documentLang).trim();
    const preferred = canonicalLang(value);
    if (value && !preferred) {
      this.warnOnce(`document-lang ${value}`, 'documentLang', value);
    }
    return chooseDocumentLanguage(available, {preferred, page: locale, browser: this.readerLanguages})!;
  }

  protected override firstUpdated(): void {
    this.#named = new Promise((resolve) => {
      const all = () => {
        if (this.#allNames) return;
        this.#allNames = true;
        this.requestUpdate();
        resolve();
      };
      // After the first frame; a page in the background, which draws no frames, gets them a little later.
      requestAnimationFrame(() => setTimeout(all));
      setTimeout(all, 250);
    });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (this.#allNames || !this.#named) return complete;
    await this.#named;
    return super.getUpdateComplete();
  }

  protected override async scheduleUpdate(): Promise<unknown> {
    // The embedded titles come in one small chunk per language: load those about to be shown, and the widget's
    // translations, before rendering.
    const titled = this.#shown(this.locale).filter(([document]) => hasEmbeddedTitles(document.id));
    await Promise.all([localeLoading(this.locale), loadTitles(titled.map((shown) => shown[3]))]);
    return super.scheduleUpdate();
  }

  override render() {
    const locale = this.locale;
    const shown = this.#shown(locale);
    return shown.length
      ? html`<div part="base" lang=${locale} dir="ltr">
          ${shown.map(([document, editions, available, lang], i) => {
            const edition = editions.find((e) => e.lang === lang)!;
            const bytes = editionBytes(document.id, edition);
            const [title = msg('Untitled document', {id: 'picker.untitled'}), titleLang] = documentTitle(document, edition);
            const level = this.option('heading-level', String(this.headingLevel), HEADING_LEVEL_NAMES, '3');
            const download = (event: MouseEvent) =>
              followsLink(event) &&
              (this.dispatchEvent(new CohesionDownloadEvent({documentId: document.id, lang, href: edition.href})) || event.preventDefault());
            // Children of the grid and flex boxes follow each other without whitespace, which they would not show.
            return html`<article part="document" aria-labelledby="title-${i}">
              ${heading(level, `title-${i}`, 'title', title, titleLang)}${matchLanguage(available, locale) ? nothing : this.#renderNotice(lang)}
              <p part="meta" id="meta-${i}">
                <span lang=${lang}>${languageAutonym(lang)}</span>
                <span aria-hidden="true">·</span>
                <span>${edition.format}</span>
                ${bytes
                  ? html`<span aria-hidden="true">·</span>
                      <span>${formatFileSize(bytes, locale)}</span>`
                  : nothing}
              </p>
              <div>
                <label for="language-${i}">${msg('Language', {id: 'picker.language'})}</label>
                <div>
                  <select
                    id="language-${i}"
                    part="language-select"
                    aria-describedby="count-${i}"
                    .value=${lang}
                    @change=${(event: Event) => {
                      this.#picked.set(document.id, (event.target as HTMLSelectElement).value);
                      this.requestUpdate();
                    }}
                  >
                    ${(this.#allNames ? editions : [edition]).map(
                      // An attribute, not the property: the server writes a property of an option as the attribute
                      // `selected="false"`, which selects every option (and so the last) in server-rendered markup.
                      (e) => html`<option value=${e.lang} lang=${e.lang} ?selected=${e.lang === lang}>${languageAutonym(e.lang)}</option>`,
                    )}
                  </select><a
                    part="download"
                    href=${edition.href}
                    hreflang=${lang}
                    type=${own(edition, 'type') ?? nothing}
                    ?download=${edition.direct}
                    aria-describedby="title-${i} meta-${i}"
                    @click=${download}
                    @auxclick=${download}
                    >${edition.direct
                      ? msg('Download', {id: 'picker.download'})
                      : msg('Get it from the #CohesionAlliance page', {id: 'picker.fromPage'})}</a
                  >
                </div>
                <span id="count-${i}"
                  >${msg(str`Available languages: ${formatNumber(editions.length, locale)}`, {id: 'picker.count'})}</span
                >
              </div>
            </article>`;
          })}
        </div>`
      : nothing;
  }

  /**
   * The notice that a document does not exist in the widget's language, naming the language `shown` instead in the
   * reader's language, with its own name beside it: "French (Français)".
   */
  #renderNotice(shown: string) {
    const language = languageWithAutonym(shown, this.locale, (autonym) => html`<span lang=${shown}>${autonym}</span>`);
    const sentence = msg(str`It is shown in ${SLOT} instead.`, {id: 'picker.shownInstead'});
    const value = asText(this.whyHref).trim();
    // The property itself: its text (an object's "[object Object]") would pass as a relative address.
    const why = safeUrl(this.whyHref);
    if (value && !why) this.warnOnce(`why-href ${value}`, 'whyHref', value);
    return html`<p part="notice">
      ${msg('This document is not available in English.', {id: 'picker.notAvailable'})}
      ${around(sentence, language)}
      ${why ? html`<a href=${why}>${msg('Find out why it is missing.', {id: 'picker.why'})}</a>` : nothing}
    </p>`;
  }
}
