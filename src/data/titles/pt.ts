// The Alliance's document titles in pt, as published on its page.
export default {
  'debate-2022': 'O debate sobre o futuro da política de coesão começa agora!',
  'declaration-2020': 'Declaração da Aliança pela Coesão por uma Europa coesa, sustentável e resiliente',
};
