import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {HEADING_LEVELS} from '../src/index.js';
import {FEEDS, freshFeeds, slowFeed} from './support/feeds.js';
import {appearanceControl, appearanceOf, customProperties, languageBar, type PageContext, type StyleArgs} from './support/story.js';

interface SummaryArgs extends StyleArgs {
  'heading-level'?: number | string;
  collapsed?: boolean;
  src?: string;
  appearance?: string;
  onCohesionDataError?: (event: Event) => void;
}

const summary = (args: SummaryArgs, context: PageContext) => html`<cohesion-declaration-summary
  heading-level=${ifDefined(args['heading-level'])}
  ?collapsed=${args.collapsed}
  src=${ifDefined(args.src || undefined)}
  appearance=${appearanceOf(args, context)}
  style=${ifDefined(customProperties(args))}
  @cohesion-data-error=${args.onCohesionDataError}
></cohesion-declaration-summary>`;

const meta: Meta<SummaryArgs> = {
  title: 'Widgets/Declaration summary',
  component: 'cohesion-declaration-summary',
  tags: ['autodocs'],
  render: (args, context) => summary(args, context),
  loaders: [freshFeeds],
  argTypes: {
    'heading-level': {control: 'inline-radio', options: [...HEADING_LEVELS]},
    collapsed: {control: 'boolean'},
    src: {control: 'text'},
    appearance: appearanceControl,
  },
  args: {'heading-level': 2},
  parameters: {
    docs: {
      description: {
        component:
          'The renewed declaration of the #CohesionAlliance (12 October 2022) in brief: the signing date, the five ' +
          'commitments, the call to decision-makers, and a link to the full text in the reader\'s language or, where ' +
          'it does not exist in that language, the closest one, named.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<SummaryArgs>;

/** The whole summary, its heading an `<h2>`. */
export const Expanded: Story = {};

/** `collapsed`: the five commitments folded in a native disclosure, opened by click, Enter or Space. */
export const Collapsed: Story = {name: 'Collapsed declaration', args: {collapsed: true}};

/** `heading-level="4"`: the heading fits under the host page's own `<h3>`. */
export const HeadingLevel: Story = {
  name: 'Heading level',
  args: {'heading-level': 4},
  render: (args, context) => html`<h3 style="margin-block-start: 0">Our region in the #CohesionAlliance</h3>
    ${summary(args, context)}`,
};

/** Light appearance. */
export const Light: Story = {args: {appearance: 'light'}};

/** Dark appearance, with its own background and colours. */
export const Dark: Story = {args: {appearance: 'dark'}};

/** `auto` follows the reader's `prefers-color-scheme`. */
export const Auto: Story = {args: {appearance: 'auto'}};

/**
 * On a Bulgarian page: the declaration has no Bulgarian version, so the link leads to the closest language there
 * is and says which, with `hreflang`.
 */
export const MissingInPageLanguage: Story = {
  name: 'Document missing in the page language (bg)',
  globals: {locale: 'bg'},
  parameters: {docs: {story: {inline: false, iframeHeight: 560}}},
};

/** The feed answers after five seconds: the summary shows the embedded data meanwhile. */
export const Loading: Story = {
  name: 'While the feed loads',
  render: (args, context) => summary({...args, src: slowFeed(FEEDS.live, 5000)}, context),
};

/** The feed fails (404): one console warning, a `cohesion-data-error` event, and the embedded data stays. */
export const FeedFails: Story = {name: 'When the feed fails', args: {src: FEEDS.missing}};

/** Colours, radius and spacing through the documented custom properties. */
export const ThemedWithCustomProperties: Story = {
  name: 'Theming: custom properties',
  render: (args, context) => html`<div
    style="--cohesion-color-surface: #fbf7ee; --cohesion-color-primary: #7a3e00; --cohesion-color-link: #7a3e00;
      --cohesion-color-border: #7a3e00; --cohesion-focus-color: #7a3e00; --cohesion-radius: 0; --cohesion-space: 1.5rem;
      --cohesion-font-family: Georgia, serif;"
  >
    ${summary({...args, appearance: 'light'}, context)}
  </div>`,
};

/** Styling the pieces from the host page's stylesheet with `::part(base|heading|date|commitments|quote|link)`. */
export const ThemedWithParts: Story = {
  name: 'Theming: ::part',
  render: (args, context) => html`<style>
      .parts-demo cohesion-declaration-summary::part(base) {
        max-inline-size: 40rem;
        box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 15%);
      }
      .parts-demo cohesion-declaration-summary::part(heading) {
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .parts-demo cohesion-declaration-summary::part(date) {
        font-weight: 700;
      }
      .parts-demo cohesion-declaration-summary::part(quote) {
        font-style: italic;
      }
      .parts-demo cohesion-declaration-summary::part(link) {
        font-weight: 700;
      }
    </style>
    <div class="parts-demo">${summary({...args, appearance: 'light'}, context)}</div>`,
};

/** The page's language menu sets `<html lang>`; the summary follows at once, in all 24 official languages. */
export const AllLanguages: Story = {
  name: 'All languages',
  tags: ['languages'],
  render: (args, context) => html`${languageBar()}${summary(args, context)}`,
  parameters: {docs: {story: {inline: false, iframeHeight: 720}}},
};

/** An unknown `heading-level` ("9") warns once in the console and falls back to `2`. */
export const UnknownValues: Story = {name: 'Unknown attribute values', args: {'heading-level': 9}};
