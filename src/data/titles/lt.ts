// The Alliance's document titles in lt, as published on its page.
export default {
  'debate-2022': 'Diskusija dėl sanglaudos politikos ateities prasideda jau dabar!',
  'declaration-2020': '#CohesionAlliance deklaracija dėl darnios, tvarios ir atsparios Europos',
};
