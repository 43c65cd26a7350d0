// The Alliance's document titles in hr, as published on its page.
export default {
  'debate-2022': 'Rasprava o budućnosti kohezijske politike počinje sada!',
  'declaration-2020': 'Deklaracija Saveza za koheziju za kohezivnu, održivu i otpornu Europu',
};
