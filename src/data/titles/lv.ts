// The Alliance's documents in lv, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'Debates par kohēzijas politikas nākotni sākas jau tagad!', kilobytes: 697.75},
  'declaration-2020': {title: 'Kohēzijas alianses (#CohesionAlliance) deklarācija par saliedētu, ilgtspējīgu un izturētspējīgu Eiropu', kilobytes: 595.64},
};
