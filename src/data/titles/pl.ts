// The Alliance's documents in pl, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'Debata na temat przyszłości polityki spójności zaczyna się teraz!', kilobytes: 705.64},
  'declaration-2020': {title: 'Deklaracja #CohesionAlliance na rzecz spójnej, zrównoważonej i odpornej Europy 2.0', kilobytes: 602.55},
};
