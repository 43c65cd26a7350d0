import type {DateSupplement} from '../format.js';

/** Irish month names and long date pattern, from CLDR. */
export default {
  months: ['Eanáir', 'Feabhra', 'Márta', 'Aibreán', 'Bealtaine', 'Meitheamh', 'Iúil', 'Lúnasa', 'Meán Fómhair', 'Deireadh Fómhair', 'Samhain', 'Nollaig'],
  longDate: (d, m, y) => `${d} ${m} ${y}`,
} satisfies DateSupplement;
