// The Alliance's document titles in es, as published on its page.
export default {
  'debate-2022': 'El debate sobre el futuro de la política de cohesión empieza ahora',
  'declaration-2020': 'Declaración de la Alianza por la Cohesión (#CohesionAlliance) por una Europa cohesionada, sostenible y resiliente',
};
