// The Alliance's document titles in nl, as published on its page.
export default {
  'debate-2022': 'Het debat over de toekomst van het cohesiebeleid begint nu!',
  'declaration-2020': 'Verklaring van de #CohesionAlliance voor een samenhangend, duurzaam en veerkrachtig Europa',
};
