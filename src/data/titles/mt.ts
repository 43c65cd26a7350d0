// The Alliance's document titles in mt, as published on its page.
export default {
  'debate-2022': 'Id-dibattitu dwar il-futur tal-politika ta’ koeżjoni jibda issa!',
  'declaration-2020': 'Dikjarazzjoni tal-#CohesionAlliance għal Ewropa koeżiva, sostenibbli u reżiljenti',
};
