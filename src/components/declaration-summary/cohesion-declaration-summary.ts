// First, before Lit loads (see the module).
import {releasePageGlobals} from '../page-globals.js';
import {CohesionDeclarationSummary} from './declaration-summary.js';

export * from './declaration-summary.js';

releasePageGlobals();
// Guarded, so that two copies of the library on one page do not throw.
if (!customElements.get('cohesion-declaration-summary')) customElements.define('cohesion-declaration-summary', CohesionDeclarationSummary);

declare global {
  interface HTMLElementTagNameMap {
    'cohesion-declaration-summary': CohesionDeclarationSummary;
  }
}
