import {html, nothing, type TemplateResult} from 'lit';

/** The heading levels a widget's title may take, so that it fits the host page's outline. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** The levels as the `heading-level` attribute writes them, for its validation. */
export const HEADING_LEVEL_NAMES = HEADING_LEVELS.map(String);

/**
 * Reads the `heading-level` attribute: digits become a number; anything else (null reads as "null" here) stays as
 * it is, for the warning to quote.
 */
export const headingLevelFromAttribute = (value: string | null) => (/^\s*\d+\s*$/.test(value as string) ? Number(value) : value);

/**
 * A real heading element of `level` (2 to 6), for a widget's title to fit the host page's outline: one template per
 * level, since a tag name cannot be a binding. `lang` is set when the title is in another language than the widget.
 */
export const heading = (level: number | string, id: string, part: string, content: unknown, lang: unknown = nothing): TemplateResult =>
  [
    html`<h2 id=${id} part=${part} lang=${lang}>${content}</h2>`,
    html`<h3 id=${id} part=${part} lang=${lang}>${content}</h3>`,
    html`<h4 id=${id} part=${part} lang=${lang}>${content}</h4>`,
    html`<h5 id=${id} part=${part} lang=${lang}>${content}</h5>`,
    html`<h6 id=${id} part=${part} lang=${lang}>${content}</h6>`,
  ][+level - 2]!;
