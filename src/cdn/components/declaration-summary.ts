/** The entry of the self-contained file `cdn/components/declaration-summary.js`: `<cohesion-declaration-summary>` alone. */
// First, before Lit loads (see the module).
import '../../components/page-globals.js';
import {CohesionDeclarationSummary} from '../../components/declaration-summary/declaration-summary.js';
import {defineOnceLoaded} from '../register.js';

export * from '../../components/declaration-summary/declaration-summary.js';

defineOnceLoaded('cohesion-declaration-summary', CohesionDeclarationSummary);
