/**
 * The four widgets in React 19's JSX: tag names, their properties, attributes and events, for editors and the
 * compiler. Opt in once, in any file of the app: `import type {} from '@cohesion-alliance/widgets/react';`
 *
 * React 19 sets a property when the element has it (register the widgets before rendering: import
 * '@cohesion-alliance/widgets' first), and an attribute otherwise; so both `showCount` and `show-count` work, and
 * server rendering, which writes attributes, needs the kebab-case names. Events are props named `on` + the event's
 * exact name: `oncohesion-join={(event) => …}`.
 */
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {CohesionJoinBadge} from '../components/join-badge/join-badge.js';
import type {CohesionSupporterCounter} from '../components/supporter-counter/supporter-counter.js';
import type {CohesionDeclarationSummary} from '../components/declaration-summary/declaration-summary.js';
import type {CohesionDocumentPicker} from '../components/document-picker/document-picker.js';
import type {
  CohesionDeclarationSummaryEvents,
  CohesionDeclarationSummaryProperties,
  CohesionDocumentPickerEvents,
  CohesionDocumentPickerProperties,
  CohesionJoinBadgeEvents,
  CohesionJoinBadgeProperties,
  CohesionSupporterCounterEvents,
  CohesionSupporterCounterProperties,
  AttributeValue,
  SettableProperties,
} from './widgets.js';

/** Event handler props: `oncohesion-join`, as React 19 passes `on<name>` of a custom element to addEventListener. */
type EventProps<Events> = {[Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void};

type WidgetProps<Element extends HTMLElement, Properties extends keyof Element, Attributes, Events> = DetailedHTMLProps<
  HTMLAttributes<Element>,
  Element
> &
  SettableProperties<Element, Properties> &
  Attributes &
  EventProps<Events>;

export type CohesionJoinBadgeProps = WidgetProps<
  CohesionJoinBadge,
  CohesionJoinBadgeProperties,
  {'show-count'?: boolean},
  CohesionJoinBadgeEvents
>;

export type CohesionSupporterCounterProps = WidgetProps<
  CohesionSupporterCounter,
  CohesionSupporterCounterProperties,
  {'no-animation'?: boolean; 'show-date'?: boolean},
  CohesionSupporterCounterEvents
>;

export type CohesionDeclarationSummaryProps = WidgetProps<
  CohesionDeclarationSummary,
  CohesionDeclarationSummaryProperties,
  {'heading-level'?: AttributeValue<CohesionDeclarationSummary['headingLevel']>},
  CohesionDeclarationSummaryEvents
>;

export type CohesionDocumentPickerProps = WidgetProps<
  CohesionDocumentPicker,
  CohesionDocumentPickerProperties,
  {
    'document-lang'?: string;
    'why-href'?: string;
    'heading-level'?: AttributeValue<CohesionDocumentPicker['headingLevel']>;
  },
  CohesionDocumentPickerEvents
>;

declare module 'react' {
  // The JSX namespace is how React's types list intrinsic elements; augmenting it is the documented way.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'cohesion-join-badge': CohesionJoinBadgeProps;
      'cohesion-supporter-counter': CohesionSupporterCounterProps;
      'cohesion-declaration-summary': CohesionDeclarationSummaryProps;
      'cohesion-document-picker': CohesionDocumentPickerProps;
    }
  }
}
