import {CohesionJoinBadge} from './join-badge.js';

export * from './join-badge.js';

// Guarded, so that two copies of the library on one page do not throw.
if (!customElements.get('cohesion-join-badge')) customElements.define('cohesion-join-badge', CohesionJoinBadge);

declare global {
  interface HTMLElementTagNameMap {
    'cohesion-join-badge': CohesionJoinBadge;
  }
}
