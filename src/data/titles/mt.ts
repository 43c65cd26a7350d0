// The Alliance's documents in mt, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'Id-dibattitu dwar il-futur tal-politika ta’ koeżjoni jibda issa!', kilobytes: 711.8},
  'declaration-2020': {title: 'Dikjarazzjoni tal-#CohesionAlliance għal Ewropa koeżiva, sostenibbli u reżiljenti', kilobytes: 615.71},
};
