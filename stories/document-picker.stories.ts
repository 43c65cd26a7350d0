import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {EU_LANGUAGES, PICKER_HEADING_LEVELS, alliancePageUrl} from '../src/index.js';
import {languageAutonym} from '../src/i18n/format.js';
import {FEEDS, freshFeeds, slowFeed} from './support/feeds.js';
import {appearanceControl, appearanceOf, customProperties, languageBar, type PageContext, type StyleArgs} from './support/story.js';

interface PickerArgs extends StyleArgs {
  documents?: string;
  'document-lang'?: string;
  'why-href'?: string;
  'heading-level'?: number | string;
  src?: string;
  appearance?: string;
  onCohesionDownload?: (event: Event) => void;
  onCohesionDataError?: (event: Event) => void;
}

const picker = (args: PickerArgs, context: PageContext, fallback: unknown = '') => html`<cohesion-document-picker
  documents=${ifDefined(args.documents || undefined)}
  document-lang=${ifDefined(args['document-lang'] || undefined)}
  why-href=${ifDefined(args['why-href'] || undefined)}
  heading-level=${ifDefined(args['heading-level'])}
  src=${ifDefined(args.src || undefined)}
  appearance=${appearanceOf(args, context)}
  style=${ifDefined(customProperties(args))}
  @cohesion-download=${args.onCohesionDownload}
  @cohesion-data-error=${args.onCohesionDataError}
  >${fallback}</cohesion-document-picker
>`;

const meta: Meta<PickerArgs> = {
  title: 'Widgets/Document picker',
  component: 'cohesion-document-picker',
  tags: ['autodocs'],
  render: (args, context) => picker(args, context),
  loaders: [freshFeeds],
  argTypes: {
    documents: {control: 'text'},
    'document-lang': {control: 'select', options: ['', ...EU_LANGUAGES]},
    'why-href': {control: 'text'},
    'heading-level': {control: 'inline-radio', options: [...PICKER_HEADING_LEVELS]},
    src: {control: 'text'},
    appearance: appearanceControl,
  },
  parameters: {
    docs: {
      description: {
        component:
          'The Alliance\'s documents, each in the reader\'s language when it exists, with every other language one ' +
          'choice away, and a plain notice in the page\'s language when it does not.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<PickerArgs>;

/** Every document of the data, each in the page's language or the closest one that exists. */
export const AllDocuments: Story = {name: 'All documents'};

/** `documents` chooses the documents and their order. */
export const ChosenDocuments: Story = {
  name: 'Chosen documents',
  args: {documents: 'declaration-2020 debate-2022'},
};

/** `document-lang` overrides the page's language: here French on an English page. */
export const DocumentLanguage: Story = {
  name: 'Preferred document language',
  args: {documents: 'debate-2022', 'document-lang': 'fr'},
};

/**
 * On a Bulgarian page: no document exists in Bulgarian, so a notice in Bulgarian says so, names the language
 * shown instead and links to `why-href`.
 */
export const MissingInPageLanguage: Story = {
  name: 'Document missing in the page language (bg)',
  globals: {locale: 'bg'},
  args: {documents: 'debate-2022', 'why-href': alliancePageUrl('bg')},
  parameters: {docs: {story: {inline: false, iframeHeight: 420}}},
};

/** The letter to Charles Michel exists in seven languages, not in English: the notice on an English page. */
export const MissingInEnglish: Story = {
  name: 'Document missing in the page language (en)',
  args: {documents: 'letter-charles-michel', 'why-href': alliancePageUrl('en')},
};

/** Light appearance. */
export const Light: Story = {args: {documents: 'debate-2022', appearance: 'light'}};

/** Dark appearance, with its own background and colours. */
export const Dark: Story = {args: {documents: 'debate-2022', appearance: 'dark'}};

/** `auto` follows the reader's `prefers-color-scheme`. */
export const Auto: Story = {args: {documents: 'debate-2022', appearance: 'auto'}};

/** The feed answers after five seconds: the picker shows the embedded documents meanwhile. */
export const Loading: Story = {
  name: 'While the feed loads',
  args: {documents: 'debate-2022'},
  render: (args, context) => picker({...args, src: slowFeed(FEEDS.live, 5000)}, context),
};

/** The feed fails (404): one console warning, a `cohesion-data-error` event, and the embedded documents stay. */
export const FeedFails: Story = {name: 'When the feed fails', args: {documents: 'debate-2022', src: FEEDS.missing}};

/**
 * A feed whose only version has a `javascript:` address: the version is dropped with a warning and the
 * embedded documents stay.
 */
export const InvalidFeed: Story = {
  name: 'A feed with an unsafe address',
  args: {documents: 'debate-2022', 'document-lang': 'de', src: FEEDS.invalid},
};

const LETTER_EDITIONS: readonly [lang: string, bytes: number][] = [
  ['de', 218071],
  ['es', 216463],
  ['fi', 214170],
  ['fr', 219003],
  ['it', 216812],
  ['pt', 215839],
  ['sv', 215706],
];

/**
 * Links written inside the tag are the fallback for readers without JavaScript and the picker's data: each
 * `<a href hreflang>` (with `type` and `data-bytes`) is one language version, and a `data-document` group with a
 * heading is one document. The addresses here stand for a member site's own copies of the files.
 */
export const LightDomFallback: Story = {
  name: 'Light-DOM fallback links',
  render: (args, context) =>
    picker(
      args,
      context,
      html`<div data-document="letter-charles-michel">
        <h2>Letter of the #CohesionAlliance to Charles Michel</h2>
        <ul>
          ${LETTER_EDITIONS.map(
            ([lang, bytes]) =>
              html`<li>
                <a href="files/letter-charles-michel-${lang}.pdf" hreflang=${lang} type="application/pdf" data-bytes=${bytes}
                  >${languageAutonym(lang)}</a
                >
              </li>`,
          )}
        </ul>
      </div>`,
    ),
};

/** Colours, radius and spacing through the documented custom properties. */
export const ThemedWithCustomProperties: Story = {
  name: 'Theming: custom properties',
  args: {documents: 'debate-2022'},
  render: (args, context) => html`<div
    style="--cohesion-color-primary: #0b5d1e; --cohesion-color-on-primary: #ffffff; --cohesion-color-link: #0b5d1e;
      --cohesion-color-border: #0b5d1e; --cohesion-focus-color: #0b5d1e; --cohesion-color-surface: #f3f8f1;
      --cohesion-radius: 1rem; --cohesion-space: 1.25rem;"
  >
    ${picker({...args, appearance: 'light'}, context)}
  </div>`,
};

/** Styling the pieces with `::part(base|document|title|meta|language-select|download|notice)`. */
export const ThemedWithParts: Story = {
  name: 'Theming: ::part',
  args: {documents: 'letter-charles-michel debate-2022'},
  render: (args, context) => html`<style>
      .parts-demo cohesion-document-picker::part(document) {
        box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 15%);
      }
      .parts-demo cohesion-document-picker::part(title) {
        font-size: 1.125rem;
      }
      .parts-demo cohesion-document-picker::part(download) {
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .parts-demo cohesion-document-picker::part(language-select) {
        min-inline-size: 12rem;
      }
      .parts-demo cohesion-document-picker::part(notice) {
        font-style: italic;
      }
    </style>
    <div class="parts-demo">${picker({...args, appearance: 'light'}, context)}</div>`,
};

/** A site that handles downloads itself cancels `cohesion-download`: the browser stays on the page. */
export const CancellingDownload: Story = {
  name: 'Cancelling the download event',
  args: {documents: 'debate-2022'},
  render: (args, context) => {
    const onDownload = (event: Event) => {
      args.onCohesionDownload?.(event);
      event.preventDefault();
      const output = (event.currentTarget as HTMLElement).nextElementSibling;
      const detail = (event as CustomEvent<{documentId: string; lang: string}>).detail;
      if (output) output.textContent = `Download of ${detail.documentId} (${detail.lang}) handled by the site.`;
    };
    return html`${picker({...args, onCohesionDownload: onDownload}, context)}
      <p role="status"></p>`;
  },
};

/** The page's language menu sets `<html lang>`; the picker follows at once, in all 24 official languages. */
export const AllLanguages: Story = {
  name: 'All languages',
  tags: ['languages'],
  render: (args, context) => html`${languageBar()}${picker(args, context)}`,
  parameters: {docs: {story: {inline: false, iframeHeight: 900}}},
};

/** An unknown document id and heading level warn once in the console; the known documents show. */
export const UnknownValues: Story = {
  name: 'Unknown attribute values',
  args: {documents: 'debate-2022 annual-report', 'heading-level': 9},
};
