// First, before Lit loads (see the module).
import {releasePageGlobals} from '../page-globals.js';
import {CohesionJoinBadge} from './join-badge.js';

export * from './join-badge.js';

releasePageGlobals();
// Guarded, so that two copies of the library on one page do not throw.
if (!customElements.get('cohesion-join-badge')) customElements.define('cohesion-join-badge', CohesionJoinBadge);

declare global {
  interface HTMLElementTagNameMap {
    'cohesion-join-badge': CohesionJoinBadge;
  }
}
