// The Alliance's document titles in hu, as published on its page.
export default {
  'debate-2022': 'Kezdődik a kohéziós politika jövőjéről szóló vita!',
  'declaration-2020': 'A #CohesionAlliance nyilatkozata egy összetartó, fenntartható és ellenállóképes Európáért',
};
