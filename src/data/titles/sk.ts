// The Alliance's documents in sk, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'Diskusia o budúcnosti politiky súdržnosti začína teraz!', kilobytes: 704.46},
  'declaration-2020': {title: 'Vyhlásenie Združenia pre súdržnosť (#CohesionAlliance) na podporu súdržnej, udržateľnej a odolnej Európy', kilobytes: 613.45},
};
