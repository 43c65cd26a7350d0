// The Alliance's documents in ro, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'Dezbaterea privind viitorul politicii de coeziune începe acum!', kilobytes: 798.76},
  'declaration-2020': {title: 'Declarația Alianței pentru coeziune (#CohesionAlliance) în favoarea unei Europe unite, durabile și reziliente', kilobytes: 596.11},
};
