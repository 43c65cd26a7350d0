import type {CohesionDataErrorEvent} from '../events/data-error.js';
import type {CohesionDownloadEvent} from '../events/download.js';
import type {CohesionJoinEvent} from '../events/join.js';

/**
 * What framework type declarations need to know about the four widgets: the properties an app may set (by
 * property name; each has a kebab-case attribute of the same meaning) and the events each widget fires.
 */

/** A value as an attribute carries it: numbers also as their digits (`heading-level="3"`). */
export type AttributeValue<T> = T extends number ? T | `${T}` : T;

/** The properties an app may set, each also as its attribute's value. */
export type SettableProperties<Element, Properties extends keyof Element> = {[Name in Properties]?: AttributeValue<Element[Name]>};

/** `variant`, `size`, `appearance`, `href`, `label`, `showCount` (`show-count`), `src`. */
export type CohesionJoinBadgeProperties = 'variant' | 'size' | 'appearance' | 'href' | 'label' | 'showCount' | 'src';

/** `src`, `categories`, `notation`, `noAnimation`, `showDate`, `refresh`, `appearance`. */
export type CohesionSupporterCounterProperties =
  | 'src'
  | 'categories'
  | 'notation'
  | 'noAnimation'
  | 'showDate'
  | 'refresh'
  | 'appearance';

/** `headingLevel` (`heading-level`), `collapsed`, `src`, `appearance`. */
export type CohesionDeclarationSummaryProperties = 'headingLevel' | 'collapsed' | 'src' | 'appearance';

/** `documents`, `documentLang` (`document-lang`), `whyHref` (`why-href`), `headingLevel`, `src`, `appearance`. */
export type CohesionDocumentPickerProperties = 'documents' | 'documentLang' | 'whyHref' | 'headingLevel' | 'src' | 'appearance';

export interface CohesionJoinBadgeEvents {
  'cohesion-join': CohesionJoinEvent;
  'cohesion-data-error': CohesionDataErrorEvent;
}

export interface CohesionSupporterCounterEvents {
  'cohesion-data-error': CohesionDataErrorEvent;
}

export interface CohesionDeclarationSummaryEvents {
  'cohesion-data-error': CohesionDataErrorEvent;
}

export interface CohesionDocumentPickerEvents {
  'cohesion-download': CohesionDownloadEvent;
  'cohesion-data-error': CohesionDataErrorEvent;
}
