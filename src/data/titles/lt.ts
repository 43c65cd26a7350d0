// The Alliance's documents in lt, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'Diskusija dėl sanglaudos politikos ateities prasideda jau dabar!', kilobytes: 703.45},
  'declaration-2020': {title: '#CohesionAlliance deklaracija dėl darnios, tvarios ir atsparios Europos', kilobytes: 598.46},
};
