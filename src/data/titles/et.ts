// The Alliance's documents in et, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'Arutelu ühtekuuluvuspoliitika tuleviku üle algab kohe!', kilobytes: 692.18},
  'declaration-2020': {title: 'Ühtekuuluvuspoliitika alliansi deklaratsioon ühtekuuluva, jätkusuutliku ja vastupanuvõimelise Euroopa heaks', kilobytes: 424.55},
};
