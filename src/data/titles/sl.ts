// The Alliance's documents in sl, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'Čas za razpravo o prihodnosti kohezijske politike', kilobytes: 690.5},
  'declaration-2020': {title: 'Izjava zavezništva za kohezijo #CohesionAlliance za povezano, trajnostno in odporno Evropo', kilobytes: 420.13},
};
