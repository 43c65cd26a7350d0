// The Alliance's document titles in ro, as published on its page.
export default {
  'debate-2022': 'Dezbaterea privind viitorul politicii de coeziune începe acum!',
  'declaration-2020': 'Declarația Alianței pentru coeziune (#CohesionAlliance) în favoarea unei Europe unite, durabile și reziliente',
};
