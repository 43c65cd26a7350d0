import {alliancePageUrl, type AllianceData, type DocumentEdition} from './model.js';

/**
 * A document's language versions as the source page lists them, by their languages, space-separated. Their titles
 * and sizes in each language are in `titles/<lang>.ts`, loaded only for the languages a page shows. The page gives
 * no download addresses, so each edition leads to the Alliance's page in its language.
 */
function editions(langs: string): DocumentEdition[] {
  return langs.split(' ').map((lang) => ({lang, href: alliancePageUrl(lang), direct: false, format: 'PDF'}));
}

// The 22 languages of the two declarations, in the page's order.
const ALL_LANGUAGES = 'cs da de el en es et fi fr hr hu it lt lv mt nl pl pt ro sk sl sv';

/**
 * The embedded snapshot, transcribed from the #CohesionAlliance page of the European Committee of the Regions.
 * The widgets show it whenever no feed is set, or while a feed loads, or when it fails.
 */
export const SNAPSHOT: AllianceData = {
  founded: '2017-10',
  supporters: {
    asOf: '2022-10',
    figures: [
      {category: 'individuals', value: 12000, lowerBound: true},
      {category: 'regions', value: 140, lowerBound: false},
      {category: 'cities', value: 137, lowerBound: false},
      {category: 'associations', value: 50, lowerBound: false},
      {category: 'meps', value: 40, lowerBound: false},
      {category: 'organisations', value: 35, lowerBound: false},
    ],
  },
  declaration: {signed: '2022-10-12', documentId: 'debate-2022'},
  documents: [
    {
      id: 'debate-2022',
      fallbackTitle: 'The debate on the future of cohesion policy starts now!',
      fallbackTitleLang: 'en',
      editions: editions(ALL_LANGUAGES),
    },
    {
      id: 'declaration-2020',
      fallbackTitle: 'Declaration of the #CohesionAlliance for a cohesive, sustainable and resilient Europe - 2020',
      fallbackTitleLang: 'en',
      editions: editions(ALL_LANGUAGES),
    },
    {
      id: 'letter-charles-michel',
      fallbackTitle: 'Letter of the #CohesionAlliance to Charles Michel',
      fallbackTitleLang: 'en',
      editions: editions('de es fi fr it pt sv'),
    },
  ],
};
