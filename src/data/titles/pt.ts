// The Alliance's documents in pt, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'O debate sobre o futuro da política de coesão começa agora!', kilobytes: 699.2},
  'declaration-2020': {title: 'Declaração da Aliança pela Coesão por uma Europa coesa, sustentável e resiliente', kilobytes: 238.88},
};
