import type {DateSupplement} from '../format.js';

/** Irish month names, long date pattern and names of the EU's languages, from CLDR. */
export default {
  months: ['Eanáir', 'Feabhra', 'Márta', 'Aibreán', 'Bealtaine', 'Meitheamh', 'Iúil', 'Lúnasa', 'Meán Fómhair', 'Deireadh Fómhair', 'Samhain', 'Nollaig'],
  longDate: (d, m, y) => `${d} ${m} ${y}`,
  names: {
    bg: 'Bulgáiris', cs: 'Seicis', da: 'Danmhairgis', de: 'Gearmáinis', el: 'Gréigis', en: 'Béarla', es: 'Spáinnis',
    et: 'Eastóinis', fi: 'Fionlainnis', fr: 'Fraincis', hr: 'Cróitis', hu: 'Ungáiris', it: 'Iodáilis',
    lt: 'Liotuáinis', lv: 'Laitvis', mt: 'Máltais', nl: 'Ollainnis', pl: 'Polainnis', pt: 'Portaingéilis',
    ro: 'Rómáinis', sk: 'Slóvaicis', sl: 'Slóivéinis', sv: 'Sualainnis',
  },
} satisfies DateSupplement;
