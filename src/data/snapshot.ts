import {alliancePageUrl, type AllianceData, type DocumentEdition} from './model.js';

/**
 * One language version as the source page lists it: language and size in KB (1 KB = 1024 bytes). The titles in
 * each language are in `titles/<lang>.ts`, loaded only for the languages a page shows. The page gives no download
 * addresses, so each edition leads to the Alliance's page in its language.
 */
type SourceEdition = readonly [lang: string, kilobytes: number];

function editions(rows: readonly SourceEdition[]): DocumentEdition[] {
  return rows.map(([lang, kilobytes]) => ({
    lang,
    href: alliancePageUrl(lang),
    direct: false,
    bytes: Math.round(kilobytes * 1024),
    format: 'PDF',
  }));
}

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
      editions: editions([
        ['cs', 702.44],
        ['da', 704.37],
        ['de', 717.17],
        ['el', 691.26],
        ['en', 702.78],
        ['es', 797.76],
        ['et', 692.18],
        ['fi', 690.19],
        ['fr', 702.98],
        ['hr', 761.4],
        ['hu', 767.03],
        ['it', 690.17],
        ['lt', 703.45],
        ['lv', 697.75],
        ['mt', 711.8],
        ['nl', 699.67],
        ['pl', 705.64],
        ['pt', 699.2],
        ['ro', 798.76],
        ['sk', 704.46],
        ['sl', 690.5],
        ['sv', 704.04],
      ]),
    },
    {
      id: 'declaration-2020',
      fallbackTitle: 'Declaration of the #CohesionAlliance for a cohesive, sustainable and resilient Europe - 2020',
      fallbackTitleLang: 'en',
      editions: editions([
        ['cs', 605.21],
        ['da', 238.22],
        ['de', 427.92],
        ['el', 602.44],
        ['en', 221.78],
        ['es', 327.81],
        ['et', 424.55],
        ['fi', 403.58],
        ['fr', 597.79],
        ['hr', 594.73],
        ['hu', 593.83],
        ['it', 238.58],
        ['lt', 598.46],
        ['lv', 595.64],
        ['mt', 615.71],
        ['nl', 598.3],
        ['pl', 602.55],
        ['pt', 238.88],
        ['ro', 596.11],
        ['sk', 613.45],
        ['sl', 420.13],
        ['sv', 411.88],
      ]),
    },
    {
      id: 'letter-charles-michel',
      fallbackTitle: 'Letter of the #CohesionAlliance to Charles Michel',
      fallbackTitleLang: 'en',
      editions: editions([
        ['de', 212.96],
        ['es', 211.39],
        ['fi', 209.15],
        ['fr', 213.87],
        ['it', 211.73],
        ['pt', 210.78],
        ['sv', 210.65],
      ]),
    },
  ],
};
