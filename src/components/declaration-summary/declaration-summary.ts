import {html, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {CohesionElement} from '../cohesion-element.js';
import {AllianceDataController} from '../../data/data-controller.js';
import {alliancePageUrl, type AllianceData, type DocumentEdition} from '../../data/model.js';
import {safeUrl} from '../../data/url.js';
import {formatDate, formatFileSize, languageAutonym} from '../../i18n/format.js';
import {primaryLanguage} from '../../i18n/negotiate.js';
import styles from './declaration-summary.styles.js';

/** The heading levels the summary's title may take, so that it fits the host page's outline. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** Languages tried, in this order, after the reader's own when the declaration has no version in theirs. */
export const FALLBACK_LANGUAGES = ['en', 'fr', 'de'] as const;

/** The full text the link leads to: where, in which language, and the file's details when it is the file itself. */
export interface DeclarationLink {
  href: string;
  lang: string;
  edition?: DocumentEdition;
}

// Stands for a placeholder inside a translated sentence, so that markup can be set where the language puts it.
const SLOT = '\uE000';

/**
 * Chooses the version of the declaration to link to: the page's language, else the reader's browser languages,
 * else English, French, German, else the first listed. Versions without a usable address are passed over; with
 * none left, the link leads to the Alliance's page in the page's language.
 */
export function chooseDeclarationLink(
  data: AllianceData,
  pageLang: string,
  readerLangs: readonly string[] = navigator.languages,
): DeclarationLink {
  const document = data.documents.find((d) => d.id === data.declaration.documentId);
  const usable = (document?.editions ?? [])
    .map((edition) => ({edition, href: safeUrl(edition.href), lang: primaryLanguage(edition.lang)}))
    .filter((e): e is {edition: DocumentEdition; href: string; lang: string} => Boolean(e.href && e.lang));
  const wanted = [pageLang, ...readerLangs, ...FALLBACK_LANGUAGES].map((tag) => primaryLanguage(tag));
  for (const lang of wanted) {
    const match = usable.find((e) => e.lang === lang);
    if (match) return {href: match.href, lang: match.edition.lang, edition: match.edition};
  }
  const first = usable[0];
  if (first) return {href: first.href, lang: first.edition.lang, edition: first.edition};
  return {href: alliancePageUrl(pageLang), lang: pageLang};
}

/** Splits a translated sentence at its placeholder: the text before it and the text after it. */
function around(sentence: string): [string, string] | undefined {
  const at = sentence.indexOf(SLOT);
  return at < 0 ? undefined : [sentence.slice(0, at), sentence.slice(at + SLOT.length)];
}

/**
 * The renewed declaration of the #CohesionAlliance (12 October 2022) in brief: its five commitments for cohesion
 * policy, its call to decision-makers, and a link to the full text in the reader's language or the closest one
 * that exists. Follows the page's language in all 24 official EU languages.
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

  private readonly alliance = new AllianceDataController(this);

  /** The heading level of the title, `2` to `6`, so that the summary fits the host page's outline. */
  @property({
    attribute: 'heading-level',
    reflect: true,
    converter: {fromAttribute: (value: string | null) => (value !== null && /^\s*\d+\s*$/.test(value) ? Number(value) : value)},
  })
  headingLevel: HeadingLevel = 2;

  /** Folds the five commitments into a disclosure that the reader opens by click, Enter or Space. */
  @property({type: Boolean, reflect: true}) collapsed = false;

  /**
   * Address of a JSON feed (see `feed.schema.json`) that may replace the addresses of the declaration's versions,
   * for instance with the PDF files themselves. Without it the embedded data is used.
   */
  @property() src?: string;

  private get level(): HeadingLevel {
    const allowed = HEADING_LEVELS.map(String) as `${HeadingLevel}`[];
    return Number(this.option('heading-level', String(this.headingLevel), allowed, '2')) as HeadingLevel;
  }

  override render() {
    const locale = this.locale;
    const data = this.alliance.data;
    return html`
      <article part="base" class="base" lang=${locale} aria-labelledby="heading">
        ${this.renderHeading()}
        <p class="intro">${this.renderIntro(data.declaration.signed, locale)}</p>
        ${this.collapsed
          ? html`<details class="disclosure">
              <summary>${msg('The five commitments', {id: 'declaration.commitmentsToggle'})}</summary>
              ${this.renderCommitments()}
            </details>`
          : this.renderCommitments()}
        <blockquote part="quote" class="quote">
          <p>${msg('Let us remind all decision-makers at EU and national level how indispensable the role of cohesion policy is in the process of European integration!', {id: 'declaration.call'})}</p>
        </blockquote>
        <p class="value">
          ${msg('The Alliance also calls for cohesion to remain a common value of the European Union, by ensuring that all relevant EU policies contribute to reducing disparities between and within Member States.', {id: 'declaration.commonValue'})}
        </p>
        ${this.renderLink(chooseDeclarationLink(data, locale), locale)}
      </article>
    `;
  }

  private renderHeading(): TemplateResult {
    const text = msg('Renewed declaration of the #CohesionAlliance', {id: 'declaration.heading'});
    // One template per level: the tag name cannot be a binding, and real heading elements read best.
    switch (this.level) {
      case 3:
        return html`<h3 id="heading" part="heading" class="heading">${text}</h3>`;
      case 4:
        return html`<h4 id="heading" part="heading" class="heading">${text}</h4>`;
      case 5:
        return html`<h5 id="heading" part="heading" class="heading">${text}</h5>`;
      case 6:
        return html`<h6 id="heading" part="heading" class="heading">${text}</h6>`;
      default:
        return html`<h2 id="heading" part="heading" class="heading">${text}</h2>`;
    }
  }

  private renderIntro(signed: string, locale: string): TemplateResult {
    const date = html`<time part="date" class="date" datetime=${/^\d{4}-\d{2}-\d{2}$/.test(signed) ? signed : nothing}
      >${formatDate(signed, locale)}</time
    >`;
    const signingDate = SLOT;
    const sentence = msg(
      str`Through a joint declaration signed on ${signingDate}, the European Committee of the Regions and leading European associations of cities and regions shared the common will to preserve cohesion policy as:`,
      {id: 'declaration.intro'},
    );
    const parts = around(sentence);
    return parts ? html`${parts[0]}${date}${parts[1]}` : html`${sentence} ${date}`;
  }

  private renderCommitments(): TemplateResult {
    const commitments = [
      msg("the EU's most important investment policy", {id: 'declaration.commitment1'}),
      msg("the EU's most visible instrument at local and regional level", {id: 'declaration.commitment2'}),
      msg('a long-term development policy based on shared management, partnership and multilevel governance', {
        id: 'declaration.commitment3',
      }),
      msg("a policy with a place-based approach that addresses the Union's territorial diversity", {
        id: 'declaration.commitment4',
      }),
      msg('a key tool for territorial cooperation, solidarity and integration', {id: 'declaration.commitment5'}),
    ];
    return html`<ul part="commitments" class="commitments">
      ${commitments.map((text) => html`<li>${text}</li>`)}
    </ul>`;
  }

  private renderLink(link: DeclarationLink, locale: string): TemplateResult {
    const sameLanguage = primaryLanguage(link.lang) === primaryLanguage(locale);
    let label: unknown = msg('Read the declaration', {id: 'declaration.read'});
    if (!sameLanguage) {
      const languageName = SLOT;
      const sentence = msg(str`Read the declaration (language: ${languageName})`, {id: 'declaration.readIn'});
      const language = html`<span lang=${link.lang}>${languageAutonym(link.lang)}</span>`;
      const parts = around(sentence);
      label = parts ? html`${parts[0]}${language}${parts[1]}` : html`${sentence} ${language}`;
    }
    const file = link.edition?.direct ? link.edition : undefined;
    const details = file ? [file.format, file.bytes ? formatFileSize(file.bytes, locale) : undefined].filter(Boolean).join(', ') : '';
    return html`<p class="more">
      <a
        part="link"
        class="link"
        href=${link.href}
        hreflang=${link.lang}
        type=${file?.format === 'PDF' ? 'application/pdf' : nothing}
        >${label}${details ? html` <span class="file">(${details})</span>` : nothing}</a
      >
    </p>`;
  }
}
