// The Alliance's documents in en, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'The debate on the future of cohesion policy starts now!', kilobytes: 702.78},
  'declaration-2020': {title: 'Declaration of the #CohesionAlliance for a cohesive, sustainable and resilient Europe - 2020', kilobytes: 221.78},
};
