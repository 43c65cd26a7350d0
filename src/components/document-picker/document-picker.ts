import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {CohesionElement} from '../cohesion-element.js';
import {AllianceDataController} from '../../data/data-controller.js';
import {warn} from '../../data/log.js';
import {mergeData, type DataPatch} from '../../data/merge.js';
import {isDocumentId, type AllianceData, type AllianceDocument, type DocumentEdition} from '../../data/model.js';
import {safeUrl} from '../../data/url.js';
import {canonicalLang} from '../../data/text.js';
import {embeddedTitle, loadTitles} from '../../data/titles.js';
import {localeReady} from '../../i18n/localization.js';
import {CohesionDownloadEvent} from '../../events/download.js';
import {formatFileSize, formatNumber, languageAutonym} from '../../i18n/format.js';
import {primaryLanguage} from '../../i18n/negotiate.js';
import styles from './document-picker.styles.js';

export {CohesionDownloadEvent, type DownloadDetail} from '../../events/download.js';

/** The heading levels the document titles may take, so that they fit the host page's outline. */
export const PICKER_HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type PickerHeadingLevel = (typeof PICKER_HEADING_LEVELS)[number];

/** Languages tried, in this order, when neither the page's nor the reader's languages exist for a document. */
export const DOCUMENT_FALLBACK_LANGUAGES = ['en', 'fr', 'de'] as const;

/** The languages a reader may want a document in, strongest first. */
export interface LanguageCandidates {
  /** The integrator's choice (`document-lang`). */
  preferred?: string | null;
  /** The page's language. */
  page?: string | null;
  /** The reader's browser languages (`navigator.languages`). */
  browser?: readonly string[];
}

const MIME_TYPES: Record<string, string> = {
  PDF: 'application/pdf',
  DOC: 'application/msword',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ODT: 'application/vnd.oasis.opendocument.text',
  EPUB: 'application/epub+zip',
};

// Stands for a placeholder inside a translated sentence, so that markup can be set where the language puts it.
const SLOT = '\uE000';

/** The tag in `available` that serves `tag`: the same tag, else the same primary language. */
function matchLanguage(available: readonly string[], tag: string | null | undefined): string | undefined {
  const canonical = canonicalLang(tag);
  if (!canonical) return undefined;
  if (available.includes(canonical)) return canonical;
  const primary = primaryLanguage(canonical);
  return available.find((lang) => lang === primary) ?? available.find((lang) => primaryLanguage(lang) === primary);
}

/**
 * Chooses the language to show a document in, from the languages it exists in: the preferred language, else the
 * page's, else the first of the browser's languages that exists, else English, French, German, else the first
 * available. Regional tags match their language (`de-AT` gets `de`). Undefined only when nothing is available.
 */
export function chooseDocumentLanguage(available: readonly string[], candidates: LanguageCandidates): string | undefined {
  const wanted = [candidates.preferred, candidates.page, ...(candidates.browser ?? []), ...DOCUMENT_FALLBACK_LANGUAGES];
  for (const tag of wanted) {
    const match = matchLanguage(available, tag);
    if (match) return match;
  }
  return available[0];
}

/** Splits a translated sentence at its placeholder: the text before it and the text after it. */
function around(sentence: string): [string, string] | undefined {
  const at = sentence.indexOf(SLOT);
  return at < 0 ? undefined : [sentence.slice(0, at), sentence.slice(at + SLOT.length)];
}

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
 * exists, with every other language one choice away. When a document does not exist in the page's language, a
 * notice in that language says so and names the language shown instead.
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
 * @csspart notice - The notice that a document does not exist in the page's language.
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

  private readonly alliance = new AllianceDataController(this);

  /** The documents from the element's own links. */
  @state() private lightPatch: DataPatch = {};

  /** The language the reader picked, per document id. */
  @state() private picked: ReadonlyMap<string, string> = new Map();

  /**
   * The documents to show, in order: space-separated ids (`debate-2022`, `declaration-2020`,
   * `letter-charles-michel`, or a feed's or the element's own). Unknown ids are skipped with a warning. Default: the
   * documents written inside the element, else every document in the data.
   */
  @property() documents?: string | null;

  /** A language to show the documents in, overriding the page's and the browser's languages (`lv`, `de`). */
  @property({attribute: 'document-lang'}) documentLang?: string | null;

  /** Address of a page that explains why a language is missing; the notice links to it. */
  @property({attribute: 'why-href'}) whyHref?: string | null;

  /**
   * Address of a JSON feed (see `feed.schema.json`) that adds documents or language versions, for instance the
   * PDF files' own addresses. Without it the embedded data is used.
   */
  @property() src?: string | null;

  /** The heading level of the document titles, `2` to `6`, so that they fit the host page's outline. */
  @property({
    attribute: 'heading-level',
    reflect: true,
    converter: {fromAttribute: (value: string | null) => (value !== null && /^\s*\d+\s*$/.test(value) ? Number(value) : value)},
  })
  headingLevel: PickerHeadingLevel = 3;

  private readonly reported = new Set<string>();
  private observer?: MutationObserver;
  private merged?: {from: AllianceData; patch: DataPatch; data: AllianceData};
  private linksRead?: Promise<void>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.readLinks();
    // Frameworks may render the links after the element upgrades.
    this.observer ??= new MutationObserver(() => this.readLinks());
    this.observer.observe(this, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href', 'hreflang', 'type', 'data-bytes', 'data-document', 'lang'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    void this.resolvedAppearance;
    if (changed.has('documents')) this.readLinks();
    // A new language from the integrator replaces the reader's earlier picks.
    if (changed.has('documentLang') && this.hasUpdated) this.picked = new Map();
  }

  private warnOnce(key: string, message: string): void {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    warn(`<${this.localName}>: ${message}`);
  }

  private get requestedIds(): string[] {
    return [...new Set((this.documents ?? '').split(/\s+/).filter(Boolean))];
  }

  private readLinks(): void {
    const defaultId = [this.getAttribute('data-document')?.trim(), this.requestedIds[0]].find(isDocumentId) ?? 'document';
    if (!this.querySelector('a')) {
      if (this.lightPatch.documents) this.lightPatch = {};
      return;
    }
    // The reader of the element's own links is loaded only by pages that give some.
    this.linksRead = import('../../data/light-dom.js').then(({readLightDom}) => {
      this.lightPatch = readLightDom(this, defaultId);
    });
  }

  private get data(): AllianceData {
    const from = this.alliance.data;
    const patch = this.lightPatch;
    if (this.merged?.from !== from || this.merged.patch !== patch) {
      this.merged = {from, patch, data: patch.documents ? mergeData(from, patch) : from};
    }
    return this.merged.data;
  }

  private get preferredLang(): string | undefined {
    const value = this.documentLang?.trim();
    if (!value) return undefined;
    const lang = canonicalLang(value);
    if (!lang) this.warnOnce(`document-lang=${value}`, `"${value}" is not a language tag (use one such as "de" or "pt-PT"); ignoring document-lang.`);
    return lang;
  }

  private get whyLink(): string | undefined {
    const value = this.whyHref?.trim();
    if (!value) return undefined;
    const href = safeUrl(value);
    if (!href) this.warnOnce(`why-href=${value}`, `"${value}" is not an http(s) address; the notice has no link.`);
    return href;
  }

  private get level(): PickerHeadingLevel {
    const allowed = PICKER_HEADING_LEVELS.map(String) as `${PickerHeadingLevel}`[];
    return Number(this.option('heading-level', String(this.headingLevel), allowed, '3')) as PickerHeadingLevel;
  }

  private shownDocuments(data: AllianceData): AllianceDocument[] {
    const byId = new Map(data.documents.map((document) => [document.id, document]));
    const requested = this.requestedIds;
    let ids: string[];
    if (requested.length > 0) {
      ids = requested.filter((id) => {
        if (byId.has(id)) return true;
        // A feed that is still loading may yet bring the document.
        if (this.alliance.status !== 'loading') {
          this.warnOnce(`documents=${id}`, `"${id}" is not a known document (known: ${[...byId.keys()].join(', ')}); skipping it.`);
        }
        return false;
      });
    } else {
      ids = (this.lightPatch.documents ?? data.documents).map((document) => document.id);
    }
    return ids.map((id) => byId.get(id)!);
  }

  /** The language shown for a document: the reader's pick, else the negotiated one. */
  private languageOf(document: AllianceDocument, available: string[], locale: string): string {
    const picked = this.picked.get(document.id);
    return (
      (picked && available.includes(picked) ? picked : undefined) ??
      chooseDocumentLanguage(available, {preferred: this.preferredLang, page: locale, browser: navigator.languages})!
    );
  }

  protected override async scheduleUpdate(): Promise<unknown> {
    await this.linksRead;
    // The embedded titles come in one small chunk per language: load those about to be shown before rendering.
    await localeReady();
    const locale = this.locale;
    // A document without a safe address (a feed's javascript: link, dropped) is not shown, so needs no title.
    const langs = this.shownDocuments(this.data).flatMap((document) => {
      const available = linkable(document).map((e) => e.lang);
      return available.length > 0 ? [this.languageOf(document, available, locale)] : [];
    });
    await loadTitles(langs);
    return super.scheduleUpdate();
  }

  private pick(documentId: string, lang: string): void {
    this.picked = new Map(this.picked).set(documentId, lang);
  }

  private onDownload(event: MouseEvent, documentId: string, edition: LinkableEdition): void {
    const proceed = this.dispatchEvent(new CohesionDownloadEvent({documentId, lang: edition.lang, href: edition.href}));
    if (!proceed) event.preventDefault();
  }

  override render() {
    const locale = this.locale;
    const documents = this.shownDocuments(this.data)
      .map((document) => ({document, editions: linkable(document)}))
      .filter(({editions}) => editions.length > 0);
    if (documents.length === 0) return nothing;
    return html`<div part="base" class="base" lang=${locale}>
      ${documents.map(({document, editions}, index) => this.renderDocument(document, editions, index, locale))}
    </div>`;
  }

  private renderDocument(document: AllianceDocument, editions: LinkableEdition[], index: number, locale: string): TemplateResult {
    const available = editions.map((edition) => edition.lang);
    const lang = this.languageOf(document, available, locale);
    const edition = editions.find((e) => e.lang === lang)!;
    const missing = matchLanguage(available, locale) === undefined;
    const ids = {title: `title-${index}`, meta: `meta-${index}`, select: `language-${index}`, count: `count-${index}`};

    return html`<article part="document" class="document" aria-labelledby=${ids.title}>
      ${this.renderTitle(document, edition, ids.title)} ${missing ? this.renderNotice(edition.lang) : nothing}
      <p part="meta" class="meta" id=${ids.meta}>
        <span lang=${edition.lang}>${languageAutonym(edition.lang)}</span>
        <span class="separator" aria-hidden="true">·</span>
        <span>${edition.format}</span>
        ${edition.bytes
          ? html`<span class="separator" aria-hidden="true">·</span>
              <span>${formatFileSize(edition.bytes, locale)}</span>`
          : nothing}
      </p>
      <div class="controls">
        <label for=${ids.select}>${msg('Language', {id: 'picker.language'})}</label>
        <div class="row">
          <select
            id=${ids.select}
            part="language-select"
            class="select"
            aria-describedby=${ids.count}
            @change=${(event: Event) => this.pick(document.id, (event.target as HTMLSelectElement).value)}
          >
            ${editions.map(
              (e) => html`<option value=${e.lang} lang=${e.lang} .selected=${e.lang === lang}>${languageAutonym(e.lang)}</option>`,
            )}
          </select>
          ${this.renderLink(document.id, edition, ids)}
        </div>
        <span class="count" id=${ids.count}
          >${msg(str`Available languages: ${formatNumber(editions.length, locale)}`, {id: 'picker.count'})}</span
        >
      </div>
    </article>`;
  }

  private renderTitle(document: AllianceDocument, edition: DocumentEdition, id: string): TemplateResult {
    const title = edition.title ?? embeddedTitle(document.id, edition.lang);
    const own = title !== undefined;
    const text = title ?? document.fallbackTitle ?? msg('Untitled document', {id: 'picker.untitled'});
    const lang = own ? edition.lang : document.fallbackTitle ? (document.fallbackTitleLang ?? nothing) : nothing;
    // One template per level: the tag name cannot be a binding, and real heading elements read best.
    switch (this.level) {
      case 2:
        return html`<h2 id=${id} part="title" class="title" lang=${lang}>${text}</h2>`;
      case 4:
        return html`<h4 id=${id} part="title" class="title" lang=${lang}>${text}</h4>`;
      case 5:
        return html`<h5 id=${id} part="title" class="title" lang=${lang}>${text}</h5>`;
      case 6:
        return html`<h6 id=${id} part="title" class="title" lang=${lang}>${text}</h6>`;
      default:
        return html`<h3 id=${id} part="title" class="title" lang=${lang}>${text}</h3>`;
    }
  }

  private renderNotice(shown: string): TemplateResult {
    const language = html`<span lang=${shown}>${languageAutonym(shown)}</span>`;
    const sentence = msg(str`It is shown in ${SLOT} instead.`, {id: 'picker.shownInstead'});
    const parts = around(sentence);
    const why = this.whyLink;
    return html`<p part="notice" class="notice">
      ${msg('This document is not available in English.', {id: 'picker.notAvailable'})}
      ${parts ? html`${parts[0]}${language}${parts[1]}` : html`${sentence} ${language}`}
      ${why ? html`<a class="why" href=${why}>${msg('Find out why it is missing.', {id: 'picker.why'})}</a>` : nothing}
    </p>`;
  }

  private renderLink(documentId: string, edition: LinkableEdition, ids: {title: string; meta: string}): TemplateResult {
    const type = edition.direct ? MIME_TYPES[edition.format] : undefined;
    return html`<a
      part="download"
      class="download"
      href=${edition.href}
      hreflang=${edition.lang}
      type=${type ?? nothing}
      ?download=${edition.direct}
      aria-describedby="${ids.title} ${ids.meta}"
      @click=${(event: MouseEvent) => this.onDownload(event, documentId, edition)}
      >${edition.direct ? msg('Download', {id: 'picker.download'}) : msg('Get it from the #CohesionAlliance page', {id: 'picker.fromPage'})}</a
    >`;
  }
}
