/**
 * The entry of the self-contained file `cdn/cohesion-alliance.js`: it registers all four tags once the page's
 * language file is there, and exports what a page's own script may want from it, the page-wide language
 * (`setLocale`, `getLocale`, `preloadLocale`). The element and event classes, the data, the constants and the helper
 * functions are exports of the package's ES modules (`@cohesion-alliance/widgets`), for apps; a page reaches the
 * classes with `customElements.get(tag)` and the events by their names.
 */
// First, before Lit loads (see the module).
import '../components/page-globals.js';
import {CohesionJoinBadge} from '../components/join-badge/join-badge.js';
import {CohesionSupporterCounter} from '../components/supporter-counter/supporter-counter.js';
import {CohesionDeclarationSummary} from '../components/declaration-summary/declaration-summary.js';
import {CohesionDocumentPicker} from '../components/document-picker/document-picker.js';
import {defineOnceLoaded} from './register.js';

export {getLocale, preloadLocale, setLocale} from '../i18n/localization.js';

defineOnceLoaded('cohesion-join-badge', CohesionJoinBadge);
defineOnceLoaded('cohesion-supporter-counter', CohesionSupporterCounter);
defineOnceLoaded('cohesion-declaration-summary', CohesionDeclarationSummary);
defineOnceLoaded('cohesion-document-picker', CohesionDocumentPicker);
