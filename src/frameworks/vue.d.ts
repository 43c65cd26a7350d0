/**
 * The four widgets in Vue 3 templates (Volar / vue-tsc): tag names, their properties and events, after the
 * pattern of Vue's guide ("Web Components and TypeScript"). Opt in once, in any file of the app:
 * `import type {} from '@cohesion-alliance/widgets/vue';`
 *
 * Vue must also be told that the tags are custom elements, not Vue components: `compilerOptions.isCustomElement:
 * (tag) => tag.startsWith('cohesion-')` in the Vue plugin's options. Attributes may be written in kebab case
 * (`show-count`); Vue sets the matching property. Events: `@cohesion-join="…"`.
 */
import type {EmitFn, HTMLAttributes, PublicProps} from 'vue';
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
  SettableProperties,
} from './widgets.js';

type VueEmit<Events> = EmitFn<{[Name in keyof Events]: (event: Events[Name]) => void}>;

/** A custom element as Vue's template type checker reads a component: its `$props` and `$emit`. */
export type DefineCohesionElement<Element extends HTMLElement, Properties extends keyof Element, Events> = new () => Element & {
  /** @deprecated For template type checking only: the element has no `$props`. */
  $props: HTMLAttributes & SettableProperties<Element, Properties> & PublicProps;
  /** @deprecated For template type checking only: the element has no `$emit`. */
  $emit: VueEmit<Events>;
};

declare module 'vue' {
  interface GlobalComponents {
    'cohesion-join-badge': DefineCohesionElement<CohesionJoinBadge, CohesionJoinBadgeProperties, CohesionJoinBadgeEvents>;
    'cohesion-supporter-counter': DefineCohesionElement<
      CohesionSupporterCounter,
      CohesionSupporterCounterProperties,
      CohesionSupporterCounterEvents
    >;
    'cohesion-declaration-summary': DefineCohesionElement<
      CohesionDeclarationSummary,
      CohesionDeclarationSummaryProperties,
      CohesionDeclarationSummaryEvents
    >;
    'cohesion-document-picker': DefineCohesionElement<
      CohesionDocumentPicker,
      CohesionDocumentPickerProperties,
      CohesionDocumentPickerEvents
    >;
  }
}
