import type {DateSupplement} from '../format.js';

/** Maltese month names and long date pattern, from CLDR. */
export default {
  months: ['Jannar', 'Frar', 'Marzu', 'April', 'Mejju', 'Ġunju', 'Lulju', 'Awwissu', 'Settembru', 'Ottubru', 'Novembru', 'Diċembru'],
  longDate: (d, m, y) => `${d} ta’ ${m} ${y}`,
} satisfies DateSupplement;
