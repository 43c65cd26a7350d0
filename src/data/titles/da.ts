// The Alliance's documents in da, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'Debatten om samhørighedspolitikkens fremtid begynder nu!', kilobytes: 704.37},
  'declaration-2020': {title: 'Erklæring fra Samhørighedsalliancen (#CohesionAlliance) om et samhørigt, bæredygtigt og modstandsdygtigt Europa 2.0', kilobytes: 238.22},
};
