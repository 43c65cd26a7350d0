import {html, nothing, type PropertyDeclarations} from 'lit';
import {msg, str} from '../../i18n/msg.js';
import {around, CohesionElement, SLOT} from '../cohesion-element.js';
import {heading, HEADING_LEVEL_NAMES, headingLevelFromAttribute, HEADING_LEVELS, type HeadingLevel} from '../heading.js';
import {AllianceDataController} from '../../data/data-controller.js';
import {alliancePageUrl, own, type AllianceData, type DocumentEdition} from '../../data/model.js';
import {safeUrl} from '../../data/url.js';
import {editionBytes, loadTitles} from '../../data/titles.js';
import {formatDate, formatFileSize, languageWithAutonym} from '../../i18n/format.js';
import {localeLoading} from '../../i18n/localization.js';
import {primaryLanguage} from '../../i18n/negotiate.js';
import {chooseDocumentLanguage, DOCUMENT_FALLBACK_LANGUAGES} from '../../i18n/choose.js';
import styles from './declaration-summary.styles.js';

/** The heading levels the summary's title may take, so that it fits the host page's outline. */
export {HEADING_LEVELS, type HeadingLevel};

/** Languages tried, in this order, after the reader's own when the declaration has no version in theirs. */
export const FALLBACK_LANGUAGES = DOCUMENT_FALLBACK_LANGUAGES;

/** The full text the link leads to: where, in which language, and the file's details when it is the file itself. */
export interface DeclarationLink {
  href: string;
  lang: string;
  edition?: DocumentEdition;
}

/**
 * Chooses the version of the declaration to link to: the page's language, else the reader's browser languages,
 * else English, French, German, else the first listed. Versions without a usable address are passed over; with
 * none left, the link leads to the Alliance's page in the page's language.
 */
export function chooseDeclarationLink(
  data: AllianceData,
  pageLang: string,
  readerLangs: readonly string[] = globalThis.navigator?.languages ?? [],
): DeclarationLink {
  const usable = (data.documents.find((d) => d.id === data.declaration.documentId)?.editions ?? []).filter(
    (e) => safeUrl(e.href) && primaryLanguage(e.lang),
  );
  const lang = chooseDocumentLanguage(
    usable.map((e) => e.lang),
    {page: pageLang, browser: readerLangs},
  );
  const edition = usable.find((e) => e.lang === lang);
  return edition ? {href: safeUrl(edition.href)!, lang: edition.lang, edition} : {href: alliancePageUrl(pageLang), lang: pageLang};
}

/**
 * The renewed declaration of the #CohesionAlliance (12 October 2022) in brief: its five commitments for cohesion
 * policy, its call to decision-makers, and a link to the full text in the reader's language or the closest one
 * that exists. Speaks the language of its place on the page (its own `lang`, else the nearest ancestor's, else the
 * page's), in all 24 official EU languages.
 *
 * @summary The #CohesionAlliance's renewed declaration: date, five commitments, call and a link to the full text.
 *
 * @csspart base - The card that holds everything.
 * @csspart heading - The title.
 * @csspart date - The signing date (a `<time>` element).
 * @csspart commitments - The list of the five commitments.
 * @csspart quote - The declaration's call (a `<blockquote>`).
 * @csspart link - The link to the full text.
 *
 * @cssprop --cohesion-color-surface - Background (default `#ffffff`; `--cohesion-color-surface-dark`: `#0e1a3c`).
 * @cssprop --cohesion-color-text - Text colour (default `#1b1b1b`; `--cohesion-color-text-dark`: `#f4f6fb`).
 * @cssprop --cohesion-color-muted - The date and the call's attribution (default `#4b4f58`; dark `#c9d1e3`).
 * @cssprop --cohesion-color-primary - The quote's rule and the list markers (default `#003399`; dark `#ffcc00`).
 * @cssprop --cohesion-color-link - The link (default `#003399`; dark `#a9c5ff`).
 * @cssprop --cohesion-color-border - The card's border (default `#8b93a5`; dark `#7d8bb0`).
 * @cssprop --cohesion-focus-color - The focus outline (default `#003399`; dark `#ffcc00`).
 * @cssprop --cohesion-radius - Corner radius (default `0.5rem`).
 * @cssprop --cohesion-space - Base spacing (default `1rem`).
 * @cssprop --cohesion-font-family - Font (default: the page's).
 * @cssprop --cohesion-font-size - Base text size (default `1rem`).
 *
 * @fires cohesion-data-error - The `src` feed failed or held invalid values; the embedded data stays in use.
 */
export class CohesionDeclarationSummary extends CohesionElement {
  static override styles = styles;

  readonly #alliance = new AllianceDataController(this);

  static override properties: PropertyDeclarations = {
    headingLevel: {attribute: 'heading-level', reflect: true, converter: headingLevelFromAttribute},
    collapsed: {type: Boolean, reflect: true},
    src: {},
  };

  /** The heading level of the title, `2` to `6`, so that the summary fits the host page's outline. */
  headingLevel: HeadingLevel = 2;

  /** Folds the five commitments into a disclosure that the reader opens by click, Enter or Space. */
  collapsed = false;

  /**
   * Address of a JSON feed (see `feed.schema.json`) that may replace the addresses of the declaration's versions,
   * for instance with the PDF files themselves. Without it the embedded data is used.
   */
  src?: string;

  protected override async scheduleUpdate(): Promise<unknown> {
    await localeLoading(this.locale);
    // A link to the file itself (from a feed) names its size, which for the Alliance's PDFs comes with their titles.
    if (this.#alliance.status === 'live') {
      const {edition} = this.#link;
      if (edition?.direct) await loadTitles([edition.lang]);
    }
    return super.scheduleUpdate();
  }

  /** The full text the link leads to, for the widget's language and the reader's. */
  get #link(): DeclarationLink {
    return chooseDeclarationLink(this.#alliance.data, this.locale, this.readerLanguages);
  }

  override render() {
    const locale = this.locale;
    // Always the embedded `YYYY-MM-DD` date: a feed cannot change it (see `DataPatch`).
    const {signed, documentId} = this.#alliance.data.declaration;
    const {href, lang, edition} = this.#link;
    const direct = edition?.direct;
    const title = msg('Renewed declaration of the #CohesionAlliance', {id: 'declaration.heading'});
    const commitments = html`<ul part="commitments">
      <li>${msg("the EU's most important investment policy", {id: 'declaration.commitment1'})}</li>
      <li>${msg("the EU's most visible instrument at local and regional level", {id: 'declaration.commitment2'})}</li>
      <li>
        ${msg('a long-term development policy based on shared management, partnership and multilevel governance', {
          id: 'declaration.commitment3',
        })}
      </li>
      <li>
        ${msg("a policy with a place-based approach that addresses the Union's territorial diversity", {
          id: 'declaration.commitment4',
        })}
      </li>
      <li>${msg('a key tool for territorial cooperation, solidarity and integration', {id: 'declaration.commitment5'})}</li>
    </ul>`;
    const level = this.option('heading-level', String(this.headingLevel), HEADING_LEVEL_NAMES, '2');
    const signingDate = SLOT;
    const intro = msg(
      str`Through a joint declaration signed on ${signingDate}, the European Committee of the Regions and leading European associations of cities and regions shared the common will to preserve cohesion policy as:`,
      {id: 'declaration.intro'},
    );
    const languageName = SLOT;
    const readIn = msg(str`Read the declaration (language: ${languageName})`, {id: 'declaration.readIn'});
    // The file's format and size, when the link leads to the file itself.
    const bytes = direct && editionBytes(documentId, edition);
    const details = direct ? [edition.format, bytes && formatFileSize(bytes, locale)].filter(Boolean).join(', ') : '';
    return html`
      <article part="base" lang=${locale} dir="ltr" aria-labelledby="heading">
        ${heading(level, 'heading', 'heading', title)}
        <p class="intro">${around(intro, html`<time part="date" datetime=${signed}>${formatDate(signed, locale)}</time>`)}</p>
        ${this.collapsed
          ? html`<details>
              <summary>${msg('The five commitments', {id: 'declaration.commitmentsToggle'})}</summary>
              ${commitments}
            </details>`
          : commitments}
        <blockquote part="quote">
          <p>${msg('Let us remind all decision-makers at EU and national level how indispensable the role of cohesion policy is in the process of European integration!', {id: 'declaration.call'})}</p>
        </blockquote>
        <p>
          ${msg('The Alliance also calls for cohesion to remain a common value of the European Union, by ensuring that all relevant EU policies contribute to reducing disparities between and within Member States.', {id: 'declaration.commonValue'})}
        </p>
        <p>
          <a part="link" href=${href} hreflang=${lang} type=${own(edition, 'type') ?? nothing}
            >${
              // The page's language is always a bare primary subtag (`de`).
              primaryLanguage(lang) === locale
                ? msg('Read the declaration', {id: 'declaration.read'})
                : around(readIn, languageWithAutonym(lang, locale, (autonym) => html`<span lang=${lang}>${autonym}</span>`))
            }${
              // The space stands apart: the build's template minifier drops a template's leading space.
              details && [' ', html`<span class="file">(${details})</span>`]
            }</a
          >
        </p>
      </article>
    `;
  }
}
