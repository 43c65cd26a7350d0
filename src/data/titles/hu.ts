// The Alliance's documents in hu, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'Kezdődik a kohéziós politika jövőjéről szóló vita!', kilobytes: 767.03},
  'declaration-2020': {title: 'A #CohesionAlliance nyilatkozata egy összetartó, fenntartható és ellenállóképes Európáért', kilobytes: 593.83},
};
