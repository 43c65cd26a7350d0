// The Alliance's document titles in sk, as published on its page.
export default {
  'debate-2022': 'Diskusia o budúcnosti politiky súdržnosti začína teraz!',
  'declaration-2020': 'Vyhlásenie Združenia pre súdržnosť (#CohesionAlliance) na podporu súdržnej, udržateľnej a odolnej Európy',
};
