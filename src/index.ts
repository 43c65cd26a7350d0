/**
 * The #CohesionAlliance widgets: importing this module registers all four elements.
 */
export * from './components/join-badge/cohesion-join-badge.js';
export * from './components/supporter-counter/cohesion-supporter-counter.js';
export * from './components/declaration-summary/cohesion-declaration-summary.js';
export * from './components/document-picker/cohesion-document-picker.js';
export {getLocale, preloadLocale, setLocale} from './i18n/localization.js';
export {EU_LANGUAGES, type EuLanguage} from './i18n/negotiate.js';
export {SNAPSHOT} from './data/snapshot.js';
export {CohesionDataErrorEvent, type DataErrorDetail} from './events/data-error.js';
export {CohesionDownloadEvent, type DownloadDetail} from './events/download.js';
export {CohesionJoinEvent, type JoinDetail} from './events/join.js';
export * from './data/model.js';
