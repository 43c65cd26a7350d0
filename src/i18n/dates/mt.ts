import type {DateSupplement} from '../format.js';

/** Maltese month names, long date pattern and names of the EU's languages, from CLDR. */
export default {
  months: ['Jannar', 'Frar', 'Marzu', 'April', 'Mejju', 'Ġunju', 'Lulju', 'Awwissu', 'Settembru', 'Ottubru', 'Novembru', 'Diċembru'],
  longDate: (d, m, y) => `${d} ta’ ${m} ${y}`,
  names: {
    bg: 'Bulgaru', cs: 'Ċek', da: 'Daniż', de: 'Ġermaniż', el: 'Grieg', en: 'Ingliż', es: 'Spanjol', et: 'Estonjan',
    fi: 'Finlandiż', fr: 'Franċiż', ga: 'Irlandiż', hr: 'Kroat', hu: 'Ungeriż', it: 'Taljan', lt: 'Litwan',
    lv: 'Latvjan', nl: 'Olandiż', pl: 'Pollakk', pt: 'Portugiż', ro: 'Rumen', sk: 'Slovakk', sl: 'Sloven',
    sv: 'Żvediż',
  },
} satisfies DateSupplement;
