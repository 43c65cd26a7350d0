// The Alliance's document titles in et, as published on its page.
export default {
  'debate-2022': 'Arutelu ühtekuuluvuspoliitika tuleviku üle algab kohe!',
  'declaration-2020': 'Ühtekuuluvuspoliitika alliansi deklaratsioon ühtekuuluva, jätkusuutliku ja vastupanuvõimelise Euroopa heaks',
};
