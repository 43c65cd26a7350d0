// The Alliance's document titles in it, as published on its page.
export default {
  'debate-2022': 'Il dibattito sul futuro della politica di coesione inizia adesso!',
  'declaration-2020': "Dichiarazione della #CohesionAlliance per un'Europa coesa, sostenibile e resiliente",
};
