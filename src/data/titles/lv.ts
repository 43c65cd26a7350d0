// The Alliance's document titles in lv, as published on its page.
export default {
  'debate-2022': 'Debates par kohēzijas politikas nākotni sākas jau tagad!',
  'declaration-2020': 'Kohēzijas alianses (#CohesionAlliance) deklarācija par saliedētu, ilgtspējīgu un izturētspējīgu Eiropu',
};
