/**
 * The entry of the self-contained file `cdn/cohesion-alliance.js`: it registers all four tags, and exports what a
 * page's own script may want from it, the page's language (`setLocale`, `getLocale`, `preloadLocale`) and the
 * element and event classes. The data, the constants and the helper functions are exports of the package's ES
 * modules (`@cohesion-alliance/widgets`), for apps; leaving them out keeps this file small.
 */
export {
  CohesionDataErrorEvent,
  CohesionDeclarationSummary,
  CohesionDocumentPicker,
  CohesionDownloadEvent,
  CohesionJoinBadge,
  CohesionJoinEvent,
  CohesionSupporterCounter,
  getLocale,
  preloadLocale,
  setLocale,
} from './index.js';
