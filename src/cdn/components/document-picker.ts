/** The entry of the self-contained file `cdn/components/document-picker.js`: `<cohesion-document-picker>` alone. */
// First, before Lit loads (see the module).
import '../../components/page-globals.js';
import {CohesionDocumentPicker} from '../../components/document-picker/document-picker.js';
import {defineOnceLoaded} from '../register.js';

export * from '../../components/document-picker/document-picker.js';

defineOnceLoaded('cohesion-document-picker', CohesionDocumentPicker);
