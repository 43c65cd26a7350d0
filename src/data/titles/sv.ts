// The Alliance's document titles in sv, as published on its page.
export default {
  'debate-2022': 'Debatten om sammanhållningspolitikens framtid börjar nu!',
  'declaration-2020': 'Förklaring från sammanhållningsalliansen (#CohesionAlliance) om ett sammanhållet, hållbart och motståndskraftigt Europa 2.0',
};
