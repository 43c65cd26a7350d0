// The Alliance's documents in de, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'Die Debatte über die Zukunft der Kohäsionspolitik beginnt jetzt!', kilobytes: 717.17},
  'declaration-2020': {title: 'Erklärung der Allianz für Kohäsionspolitik für ein von Zusammenhalt und Nachhaltigkeit geprägtes widerstandsfähiges Europa 2.0', kilobytes: 427.92},
};
