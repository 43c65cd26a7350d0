// The Alliance's document titles in pl, as published on its page.
export default {
  'debate-2022': 'Debata na temat przyszłości polityki spójności zaczyna się teraz!',
  'declaration-2020': 'Deklaracja #CohesionAlliance na rzecz spójnej, zrównoważonej i odpornej Europy 2.0',
};
