// The Alliance's document titles in el, as published on its page.
export default {
  'debate-2022': 'Η συζήτηση για το μέλλον της πολιτικής συνοχής ξεκινά σήμερα!',
  'declaration-2020': 'Δήλωση της #CohesionAlliance για μια συνεκτική, βιώσιμη και ανθεκτική Ευρώπη 2.0',
};
