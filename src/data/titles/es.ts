// The Alliance's documents in es, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'El debate sobre el futuro de la política de cohesión empieza ahora', kilobytes: 797.76},
  'declaration-2020': {title: 'Declaración de la Alianza por la Cohesión (#CohesionAlliance) por una Europa cohesionada, sostenible y resiliente', kilobytes: 327.81},
};
