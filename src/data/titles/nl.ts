// The Alliance's documents in nl, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'Het debat over de toekomst van het cohesiebeleid begint nu!', kilobytes: 699.67},
  'declaration-2020': {title: 'Verklaring van de #CohesionAlliance voor een samenhangend, duurzaam en veerkrachtig Europa', kilobytes: 598.3},
};
