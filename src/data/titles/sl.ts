// The Alliance's document titles in sl, as published on its page.
export default {
  'debate-2022': 'Čas za razpravo o prihodnosti kohezijske politike',
  'declaration-2020': 'Izjava zavezništva za kohezijo #CohesionAlliance za povezano, trajnostno in odporno Evropo',
};
