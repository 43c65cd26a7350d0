// The Alliance's documents in hr, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'Rasprava o budućnosti kohezijske politike počinje sada!', kilobytes: 761.4},
  'declaration-2020': {title: 'Deklaracija Saveza za koheziju za kohezivnu, održivu i otpornu Europu', kilobytes: 594.73},
};
