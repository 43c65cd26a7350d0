// First, before Lit loads (see the module).
import {releasePageGlobals} from '../page-globals.js';
import {CohesionDocumentPicker} from './document-picker.js';

export * from './document-picker.js';

releasePageGlobals();
// Guarded, so that two copies of the library on one page do not throw.
if (!customElements.get('cohesion-document-picker')) customElements.define('cohesion-document-picker', CohesionDocumentPicker);

declare global {
  interface HTMLElementTagNameMap {
    'cohesion-document-picker': CohesionDocumentPicker;
  }
}
