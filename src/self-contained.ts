/**
 * The entry of the self-contained file `cdn/cohesion-alliance.js`: it registers all four tags, and exports what a
 * page's own script may want from it, the page-wide language (`setLocale`, `getLocale`, `preloadLocale`). The
 * element and event classes, the data, the constants and the helper functions are exports of the package's ES
 * modules (`@cohesion-alliance/widgets`), for apps; a page reaches the classes with `customElements.get(tag)` and
 * the events by their names. Leaving them out keeps this file small.
 */
export {getLocale, preloadLocale, setLocale} from './index.js';
