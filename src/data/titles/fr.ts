// The Alliance's documents in fr, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'Le débat sur l’avenir de la politique de cohésion commence dès maintenant!', kilobytes: 702.98},
  'declaration-2020': {title: "Déclaration de l'Alliance pour la cohésion pour une Europe 2.0 de la cohésion, du développement durable et de la résilience", kilobytes: 597.79},
};
