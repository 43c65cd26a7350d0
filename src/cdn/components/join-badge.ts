/** The entry of the self-contained file `cdn/components/join-badge.js`: `<cohesion-join-badge>` alone. */
// First, before Lit loads (see the module).
import '../../components/page-globals.js';
import {CohesionJoinBadge} from '../../components/join-badge/join-badge.js';
import {defineOnceLoaded} from '../register.js';

export * from '../../components/join-badge/join-badge.js';

defineOnceLoaded('cohesion-join-badge', CohesionJoinBadge);
