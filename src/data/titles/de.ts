// The Alliance's document titles in de, as published on its page.
export default {
  'debate-2022': 'Die Debatte über die Zukunft der Kohäsionspolitik beginnt jetzt!',
  'declaration-2020': 'Erklärung der Allianz für Kohäsionspolitik für ein von Zusammenhalt und Nachhaltigkeit geprägtes widerstandsfähiges Europa 2.0',
};
