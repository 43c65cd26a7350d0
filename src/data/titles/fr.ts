// The Alliance's document titles in fr, as published on its page.
export default {
  'debate-2022': 'Le débat sur l’avenir de la politique de cohésion commence dès maintenant!',
  'declaration-2020': "Déclaration de l'Alliance pour la cohésion pour une Europe 2.0 de la cohésion, du développement durable et de la résilience",
};
