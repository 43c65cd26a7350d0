// The Alliance's document titles in da, as published on its page.
export default {
  'debate-2022': 'Debatten om samhørighedspolitikkens fremtid begynder nu!',
  'declaration-2020': 'Erklæring fra Samhørighedsalliancen (#CohesionAlliance) om et samhørigt, bæredygtigt og modstandsdygtigt Europa 2.0',
};
