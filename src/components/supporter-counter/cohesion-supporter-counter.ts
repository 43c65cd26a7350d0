// First, before Lit loads (see the module).
import {releasePageGlobals} from '../page-globals.js';
import {CohesionSupporterCounter} from './supporter-counter.js';

export * from './supporter-counter.js';

releasePageGlobals();
// Guarded, so that two copies of the library on one page do not throw.
if (!customElements.get('cohesion-supporter-counter')) customElements.define('cohesion-supporter-counter', CohesionSupporterCounter);

declare global {
  interface HTMLElementTagNameMap {
    'cohesion-supporter-counter': CohesionSupporterCounter;
  }
}
