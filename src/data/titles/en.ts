// The Alliance's document titles in en, as published on its page.
export default {
  'debate-2022': 'The debate on the future of cohesion policy starts now!',
  'declaration-2020': 'Declaration of the #CohesionAlliance for a cohesive, sustainable and resilient Europe - 2020',
};
