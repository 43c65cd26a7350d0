import {alliancePageUrl, type AllianceData, type DocumentEdition} from './model.js';

/**
 * A document's language versions as the source page lists them: their languages, space-separated, and their sizes
 * in KB (1 KB = 1024 bytes) in the same order. The titles in each language are in `titles/<lang>.ts`, loaded only
 * for the languages a page shows. The page gives no download addresses, so each edition leads to the Alliance's
 * page in its language.
 */
function editions(langs: string, kilobytes: readonly number[]): DocumentEdition[] {
  return langs.split(' ').map((lang, i) => ({
    lang,
    href: alliancePageUrl(lang),
    direct: false,
    bytes: Math.round(kilobytes[i]! * 1024),
    format: 'PDF',
  }));
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
      editions: editions(ALL_LANGUAGES, [702.44, 704.37, 717.17, 691.26, 702.78, 797.76, 692.18, 690.19, 702.98, 761.4, 767.03, 690.17, 703.45, 697.75, 711.8, 699.67, 705.64, 699.2, 798.76, 704.46, 690.5, 704.04]),
    },
    {
      id: 'declaration-2020',
      fallbackTitle: 'Declaration of the #CohesionAlliance for a cohesive, sustainable and resilient Europe - 2020',
      fallbackTitleLang: 'en',
      editions: editions(ALL_LANGUAGES, [605.21, 238.22, 427.92, 602.44, 221.78, 327.81, 424.55, 403.58, 597.79, 594.73, 593.83, 238.58, 598.46, 595.64, 615.71, 598.3, 602.55, 238.88, 596.11, 613.45, 420.13, 411.88]),
    },
    {
      id: 'letter-charles-michel',
      fallbackTitle: 'Letter of the #CohesionAlliance to Charles Michel',
      fallbackTitleLang: 'en',
      editions: editions('de es fi fr it pt sv', [212.96, 211.39, 209.15, 213.87, 211.73, 210.78, 210.65]),
    },
  ],
};
