import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {COUNTER_NOTATIONS, SUPPORTER_CATEGORIES} from '../src/index.js';
import {FEEDS, freshFeeds, slowFeed} from './support/feeds.js';
import {appearanceControl, appearanceOf, customProperties, languageBar, type PageContext, type StyleArgs} from './support/story.js';

interface CounterArgs extends StyleArgs {
  src?: string;
  categories?: string;
  notation?: string;
  'no-animation'?: boolean;
  'show-date'?: boolean;
  refresh?: number;
  appearance?: string;
  onCohesionDataError?: (event: Event) => void;
}

const counter = (args: CounterArgs, context: PageContext) => html`<cohesion-supporter-counter
  src=${ifDefined(args.src || undefined)}
  categories=${ifDefined(args.categories || undefined)}
  notation=${ifDefined(args.notation)}
  ?no-animation=${args['no-animation']}
  ?show-date=${args['show-date']}
  refresh=${ifDefined(args.refresh || undefined)}
  appearance=${appearanceOf(args, context)}
  style=${ifDefined(customProperties(args))}
  @cohesion-data-error=${args.onCohesionDataError}
></cohesion-supporter-counter>`;

const meta: Meta<CounterArgs> = {
  title: 'Widgets/Supporter counter',
  component: 'cohesion-supporter-counter',
  tags: ['autodocs'],
  render: (args, context) => counter(args, context),
  loaders: [freshFeeds],
  argTypes: {
    src: {control: 'text'},
    categories: {control: 'text'},
    notation: {control: 'inline-radio', options: [...COUNTER_NOTATIONS]},
    'no-animation': {control: 'boolean'},
    'show-date': {control: 'boolean'},
    refresh: {control: {type: 'number', min: 0, step: 10}},
    appearance: appearanceControl,
  },
  args: {categories: SUPPORTER_CATEGORIES.join(' '), notation: 'standard'},
  parameters: {
    docs: {
      description: {
        component:
          'How many support the #CohesionAlliance, from the embedded figures (October 2022) or a live feed, ' +
          'formatted for the page\'s language. The figures count up once when the widget scrolls into view, in ' +
          'space reserved for the final figures; screen readers hear the final figures only.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<CounterArgs>;

/** All six figures, counting up once when the widget first scrolls into view. */
export const AllFigures: Story = {name: 'All figures'};

/** With `show-date`: the month the figures date from, in the page's language. */
export const WithDate: Story = {name: 'With the date', args: {'show-date': true}};

/**
 * "More than 12,000" individuals: a lower bound reads as one, in the words of the page's language. With
 * `categories`, a counter shows some figures, in the order given.
 */
export const LowerBound: Story = {
  name: 'A figure that is a lower bound',
  args: {categories: 'individuals'},
};

/** `categories` chooses the figures and their order. */
export const ChosenCategories: Story = {
  name: 'Chosen categories',
  args: {categories: 'cities regions'},
};

/** `notation="compact"`: "12K", "12 хил.", as `Intl.NumberFormat` writes them in the page's language. */
export const Compact: Story = {name: 'Compact notation', args: {notation: 'compact'}};

/** `no-animation`: the final figures at once (also the behaviour under `prefers-reduced-motion: reduce`). */
export const NoAnimation: Story = {name: 'Without animation', args: {'no-animation': true}};

/** Light appearance. */
export const Light: Story = {args: {appearance: 'light'}};

/** Dark appearance, with its own background and colours. */
export const Dark: Story = {args: {appearance: 'dark'}};

/** `auto` follows the reader's `prefers-color-scheme`. */
export const Auto: Story = {args: {appearance: 'auto'}};

/** The figures from a feed (`src`, see feed.schema.json). */
export const FromFeed: Story = {name: 'From a feed', args: {src: FEEDS.live, 'show-date': true}};

/** The feed answers after five seconds: the embedded figures show meanwhile, in the space of the final ones. */
export const Loading: Story = {
  name: 'While the feed loads',
  args: {'show-date': true},
  render: (args, context) => counter({...args, src: slowFeed(FEEDS.live, 5000)}, context),
};

/** The feed fails (404): one console warning, a `cohesion-data-error` event, and the embedded figures stay. */
export const FeedFails: Story = {name: 'When the feed fails', args: {src: FEEDS.missing}};

/** Negative, fractional and non-numeric figures in a feed are dropped one by one; the embedded ones stay. */
export const InvalidFeed: Story = {name: 'A feed with invalid figures', args: {src: FEEDS.invalid}};

/** Colours, sizes and spacing through the documented custom properties. */
export const ThemedWithCustomProperties: Story = {
  name: 'Theming: custom properties',
  render: (args, context) => html`<div
    style="--cohesion-color-primary: #0b5d1e; --cohesion-color-surface: #f3f8f1; --cohesion-color-border: #0b5d1e;
      --cohesion-counter-value-size: 3rem; --cohesion-counter-column-width: 9rem; --cohesion-radius: 0;
      --cohesion-space: 1.5rem;"
  >
    ${counter({...args, appearance: 'light'}, context)}
  </div>`,
};

/** Styling the pieces from the host page's stylesheet with `::part(base|figure|value|label|date)`. */
export const ThemedWithParts: Story = {
  name: 'Theming: ::part',
  args: {'show-date': true},
  render: (args, context) => html`<style>
      .parts-demo cohesion-supporter-counter::part(base) {
        border-inline-start: 0.5rem solid #003399;
      }
      .parts-demo cohesion-supporter-counter::part(value) {
        font-variant-numeric: tabular-nums;
      }
      .parts-demo cohesion-supporter-counter::part(label) {
        text-transform: uppercase;
        letter-spacing: 0.04em;
        font-size: 0.875rem;
      }
      .parts-demo cohesion-supporter-counter::part(date) {
        font-style: italic;
      }
    </style>
    <div class="parts-demo">${counter({...args, appearance: 'light'}, context)}</div>`,
};

/**
 * Text inside the tag is the fallback for readers without JavaScript, hidden once the widget runs.
 */
export const LightDomFallback: Story = {
  name: 'Light-DOM fallback content',
  render: (args, context) => html`<cohesion-supporter-counter appearance=${appearanceOf(args, context)}>
    <p>
      More than 12,000 individuals, 140 regions, 137 cities and counties, 50 associations of regional and local
      authorities, 40 Members of the European Parliament and 35 EU sectoral organisations support the
      #CohesionAlliance.
    </p>
  </cohesion-supporter-counter>`,
};

/** On a Bulgarian page: "повече от 12 000", labels and date in Bulgarian. */
export const Bulgarian: Story = {
  name: 'Page in Bulgarian',
  globals: {locale: 'bg'},
  args: {'show-date': true},
  parameters: {docs: {story: {inline: false, iframeHeight: 360}}},
};

/** The page's language menu sets `<html lang>`; the counter follows at once, in all 24 official languages. */
export const AllLanguages: Story = {
  name: 'All languages',
  tags: ['languages'],
  args: {'show-date': true, notation: 'standard'},
  render: (args, context) => html`${languageBar()}${counter(args, context)}`,
  parameters: {docs: {story: {inline: false, iframeHeight: 480}}},
};

/** Unknown values (`notation="scientific"`, an unknown category) warn once and fall back. */
export const UnknownValues: Story = {
  name: 'Unknown attribute values',
  args: {notation: 'scientific', categories: 'regions volunteers cities'},
};
