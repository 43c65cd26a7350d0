// The Alliance's documents in el, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'Η συζήτηση για το μέλλον της πολιτικής συνοχής ξεκινά σήμερα!', kilobytes: 691.26},
  'declaration-2020': {title: 'Δήλωση της #CohesionAlliance για μια συνεκτική, βιώσιμη και ανθεκτική Ευρώπη 2.0', kilobytes: 602.44},
};
