/** The entry of the self-contained file `cdn/components/supporter-counter.js`: `<cohesion-supporter-counter>` alone. */
// First, before Lit loads (see the module).
import '../../components/page-globals.js';
import {CohesionSupporterCounter} from '../../components/supporter-counter/supporter-counter.js';
import {defineOnceLoaded} from '../register.js';

export * from '../../components/supporter-counter/supporter-counter.js';

defineOnceLoaded('cohesion-supporter-counter', CohesionSupporterCounter);
