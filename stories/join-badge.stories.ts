import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {BADGE_SIZES, BADGE_VARIANTS} from '../src/index.js';
import {FEEDS, freshFeeds, slowFeed} from './support/feeds.js';
import {appearanceControl, appearanceOf, customProperties, languageBar, type PageContext, type StyleArgs} from './support/story.js';

interface BadgeArgs extends StyleArgs {
  variant?: string;
  size?: string;
  appearance?: string;
  href?: string;
  label?: string;
  'show-count'?: boolean;
  src?: string;
  onCohesionJoin?: (event: Event) => void;
  onCohesionDataError?: (event: Event) => void;
}

const badge = (args: BadgeArgs, context: PageContext) => html`<cohesion-join-badge
  variant=${ifDefined(args.variant)}
  size=${ifDefined(args.size)}
  appearance=${appearanceOf(args, context)}
  href=${ifDefined(args.href || undefined)}
  label=${ifDefined(args.label || undefined)}
  ?show-count=${args['show-count']}
  src=${ifDefined(args.src || undefined)}
  style=${ifDefined(customProperties(args))}
  @cohesion-join=${args.onCohesionJoin}
  @cohesion-data-error=${args.onCohesionDataError}
></cohesion-join-badge>`;

const meta: Meta<BadgeArgs> = {
  title: 'Widgets/Join badge',
  component: 'cohesion-join-badge',
  tags: ['autodocs'],
  render: (args, context) => badge(args, context),
  loaders: [freshFeeds],
  argTypes: {
    variant: {control: 'inline-radio', options: [...BADGE_VARIANTS]},
    size: {control: 'inline-radio', options: [...BADGE_SIZES]},
    appearance: appearanceControl,
    href: {control: 'text'},
    label: {control: 'text'},
    'show-count': {control: 'boolean'},
    src: {control: 'text'},
  },
  args: {variant: 'join', size: 'm'},
  parameters: {
    docs: {
      description: {
        component:
          'The badge a city or region puts in its footer or sidebar: a call to join the #CohesionAlliance, or a badge ' +
          'saying that the site supports it. One link, in the page\'s language, leading by default to the Alliance\'s ' +
          'page in that language.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<BadgeArgs>;

/** The call to join, in the page's language, leading to the Alliance's page in that language. */
export const Join: Story = {};

/** For a site that has joined: "We support the #CohesionAlliance". */
export const Supporter: Story = {args: {variant: 'supporter'}};

/** The small box, for a footer. */
export const Small: Story = {args: {size: 's'}};

/** The medium box, the default. */
export const Medium: Story = {args: {size: 'm'}};

/** The large box, for a sidebar or a campaign page. */
export const Large: Story = {args: {size: 'l'}};

/** Every variant in every size: each size is a fixed box, so nothing on the host page moves when it upgrades. */
export const VariantsAndSizes: Story = {
  name: 'Variants × sizes',
  render: (args, context) => html`${BADGE_VARIANTS.map(
    (variant) =>
      html`<div class="cohesion-story-row" style="margin-block-end: 1rem">
        ${BADGE_SIZES.map((size) => badge({...args, variant, size}, context))}
      </div>`,
  )}`,
};

/** Light appearance, whatever the reader's colour scheme. */
export const Light: Story = {args: {appearance: 'light'}};

/** Dark appearance: its own background and colours, readable on any host page. */
export const Dark: Story = {args: {appearance: 'dark'}};

/** `auto` follows the reader's `prefers-color-scheme`. */
export const Auto: Story = {args: {appearance: 'auto'}};

/** Both variants, light and dark, side by side. */
export const Appearances: Story = {
  render: (args, context) => html`<div class="cohesion-story-row">
    ${BADGE_VARIANTS.flatMap((variant) =>
      (['light', 'dark'] as const).map((appearance) => badge({...args, variant, appearance}, context)),
    )}
  </div>`,
};

/**
 * With `show-count`: the number of individual supporters, a lower bound, formatted for the page's language
 * ("12,000+ supporters" in English).
 */
export const WithCount: Story = {args: {variant: 'supporter', 'show-count': true}};

/** The count from a feed (`src`): the badge shows the embedded figure until the feed answers. */
export const CountFromFeed: Story = {
  name: 'Count from a feed',
  args: {variant: 'supporter', 'show-count': true, src: FEEDS.live},
};

/** The feed answers after five seconds: the badge keeps its box and shows the embedded count meanwhile. */
export const CountLoading: Story = {
  name: 'Count while the feed loads',
  args: {variant: 'supporter', 'show-count': true},
  render: (args, context) => badge({...args, src: slowFeed(FEEDS.live, 5000)}, context),
};

/** The feed fails (404): one console warning, a `cohesion-data-error` event, and the embedded count stays. */
export const CountFeedFails: Story = {
  name: 'Count when the feed fails',
  args: {variant: 'supporter', 'show-count': true, src: FEEDS.missing},
};

/** `label` and `href` replace the translated text and the default destination. */
export const CustomLabelAndLink: Story = {
  name: 'Custom label and link',
  args: {
    variant: 'supporter',
    label: 'Our region supports the #CohesionAlliance',
    href: 'https://cor.europa.eu/en/engage/Pages/cohesion-alliance.aspx',
  },
};

/**
 * A plain link inside the tag is what readers see before the script loads or without JavaScript. Once upgraded,
 * the badge takes its address and text as `href` and `label`.
 */
export const LightDomFallback: Story = {
  name: 'Light-DOM fallback link',
  render: (args, context) => html`<cohesion-join-badge
    variant="supporter"
    size=${ifDefined(args.size)}
    appearance=${appearanceOf(args, context)}
    ><a href="https://cor.europa.eu/en/engage/Pages/cohesion-alliance.aspx"
      >We support the #CohesionAlliance</a
    ></cohesion-join-badge
  >`,
};

/** Colours, radius and spacing through the documented custom properties. */
export const ThemedWithCustomProperties: Story = {
  name: 'Theming: custom properties',
  render: (args, context) => html`<div
    style="--cohesion-badge-background: #0b5d1e; --cohesion-badge-color: #ffffff; --cohesion-badge-border-color: #0b5d1e;
      --cohesion-badge-radius: 2rem; --cohesion-badge-gap: 0.75rem;"
  >
    ${badge({...args, appearance: 'light'}, context)}
  </div>`,
};

/** Styling the badge's inner pieces from the host page's stylesheet with `::part(base|emblem|label|count)`. */
export const ThemedWithParts: Story = {
  name: 'Theming: ::part',
  args: {variant: 'supporter', 'show-count': true},
  render: (args, context) => html`<style>
      .parts-demo cohesion-join-badge::part(base) {
        border-width: 3px;
        border-style: double;
      }
      .parts-demo cohesion-join-badge::part(label) {
        font-weight: 700;
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .parts-demo cohesion-join-badge::part(count) {
        font-style: italic;
      }
    </style>
    <div class="parts-demo">${badge({...args, appearance: 'light'}, context)}</div>`,
};

/** On a Bulgarian page: the text and the link's destination are Bulgarian. */
export const Bulgarian: Story = {
  name: 'Page in Bulgarian',
  globals: {locale: 'bg'},
  args: {'show-count': true},
  parameters: {docs: {story: {inline: false, iframeHeight: 160}}},
};

/**
 * The page's language menu sets `<html lang>`; the badge follows at once, in all 24 official languages. The
 * toolbar's language menu does the same.
 */
export const AllLanguages: Story = {
  name: 'All languages',
  tags: ['languages'],
  args: {'show-count': true},
  render: (args, context) => html`${languageBar()}
    <div class="cohesion-story-row">${BADGE_VARIANTS.map((variant) => badge({...args, variant}, context))}</div>`,
  parameters: {docs: {story: {inline: false, iframeHeight: 260}}},
};

/**
 * A site that opens its own sign-up form cancels `cohesion-join`: the browser stays on the page.
 */
export const OwnSignUpForm: Story = {
  name: 'Cancelling the join event',
  render: (args, context) => {
    const onJoin = (event: Event) => {
      args.onCohesionJoin?.(event);
      event.preventDefault();
      const output = (event.currentTarget as HTMLElement).nextElementSibling;
      if (output) output.textContent = 'The site opens its own sign-up form here.';
    };
    return html`<cohesion-join-badge appearance=${appearanceOf(args, context)} @cohesion-join=${onJoin}></cohesion-join-badge>
      <p role="status"></p>`;
  },
};

/** Unknown values (`variant="banner"`, `size="xl"`) warn once in the console and fall back to the defaults. */
export const UnknownValues: Story = {
  name: 'Unknown attribute values',
  args: {variant: 'banner', size: 'xl'},
};
