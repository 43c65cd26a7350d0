// The Alliance's documents in it, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'Il dibattito sul futuro della politica di coesione inizia adesso!', kilobytes: 690.17},
  'declaration-2020': {title: "Dichiarazione della #CohesionAlliance per un'Europa coesa, sostenibile e resiliente", kilobytes: 238.58},
};
