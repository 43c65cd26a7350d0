// The Alliance's documents in sv, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'Debatten om sammanhållningspolitikens framtid börjar nu!', kilobytes: 704.04},
  'declaration-2020': {title: 'Förklaring från sammanhållningsalliansen (#CohesionAlliance) om ett sammanhållet, hållbart och motståndskraftigt Europa 2.0', kilobytes: 411.88},
};
