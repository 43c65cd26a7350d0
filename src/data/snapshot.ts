import {alliancePageUrl, type AllianceData, type DocumentEdition} from './model.js';

/**
 * One language version as the source page lists it: language, size in KB (1 KB = 1024 bytes) and, where the page
 * gives one, the title in that language. The page gives no download addresses, so each edition leads to the
 * Alliance's page in its language.
 */
type SourceEdition = readonly [lang: string, kilobytes: number, title?: string];

function editions(rows: readonly SourceEdition[]): DocumentEdition[] {
  return rows.map(([lang, kilobytes, title]) => ({
    lang,
    ...(title === undefined ? {} : {title}),
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
        ['cs', 702.44, 'Diskuse o budoucnosti politiky soudržnosti právě odstartovala !'],
        ['da', 704.37, 'Debatten om samhørighedspolitikkens fremtid begynder nu!'],
        ['de', 717.17, 'Die Debatte über die Zukunft der Kohäsionspolitik beginnt jetzt!'],
        ['el', 691.26, 'Η συζήτηση για το μέλλον της πολιτικής συνοχής ξεκινά σήμερα!'],
        ['en', 702.78, 'The debate on the future of cohesion policy starts now!'],
        ['es', 797.76, 'El debate sobre el futuro de la política de cohesión empieza ahora'],
        ['et', 692.18, 'Arutelu ühtekuuluvuspoliitika tuleviku üle algab kohe!'],
        ['fi', 690.19, 'Keskustelu koheesiopolitiikan tulevaisuudesta alkaa nyt!'],
        ['fr', 702.98, 'Le débat sur l’avenir de la politique de cohésion commence dès maintenant!'],
        ['hr', 761.4, 'Rasprava o budućnosti kohezijske politike počinje sada!'],
        ['hu', 767.03, 'Kezdődik a kohéziós politika jövőjéről szóló vita!'],
        ['it', 690.17, 'Il dibattito sul futuro della politica di coesione inizia adesso!'],
        ['lt', 703.45, 'Diskusija dėl sanglaudos politikos ateities prasideda jau dabar!'],
        ['lv', 697.75, 'Debates par kohēzijas politikas nākotni sākas jau tagad!'],
        ['mt', 711.8, 'Id-dibattitu dwar il-futur tal-politika ta’ koeżjoni jibda issa!'],
        ['nl', 699.67, 'Het debat over de toekomst van het cohesiebeleid begint nu!'],
        ['pl', 705.64, 'Debata na temat przyszłości polityki spójności zaczyna się teraz!'],
        ['pt', 699.2, 'O debate sobre o futuro da política de coesão começa agora!'],
        ['ro', 798.76, 'Dezbaterea privind viitorul politicii de coeziune începe acum!'],
        ['sk', 704.46, 'Diskusia o budúcnosti politiky súdržnosti začína teraz!'],
        ['sl', 690.5, 'Čas za razpravo o prihodnosti kohezijske politike'],
        ['sv', 704.04, 'Debatten om sammanhållningspolitikens framtid börjar nu!'],
      ]),
    },
    {
      id: 'declaration-2020',
      fallbackTitle: 'Declaration of the #CohesionAlliance for a cohesive, sustainable and resilient Europe - 2020',
      fallbackTitleLang: 'en',
      editions: editions([
        ['cs', 605.21, 'Prohlášení #CohesionAlliance na podporu soudržné, udržitelné a odolné Evropy'],
        ['da', 238.22, 'Erklæring fra Samhørighedsalliancen (#CohesionAlliance) om et samhørigt, bæredygtigt og modstandsdygtigt Europa 2.0'],
        ['de', 427.92, 'Erklärung der Allianz für Kohäsionspolitik für ein von Zusammenhalt und Nachhaltigkeit geprägtes widerstandsfähiges Europa 2.0'],
        ['el', 602.44, 'Δήλωση της #CohesionAlliance για μια συνεκτική, βιώσιμη και ανθεκτική Ευρώπη 2.0'],
        ['en', 221.78, 'Declaration of the #CohesionAlliance for a cohesive, sustainable and resilient Europe - 2020'],
        ['es', 327.81, 'Declaración de la Alianza por la Cohesión (#CohesionAlliance) por una Europa cohesionada, sostenible y resiliente'],
        ['et', 424.55, 'Ühtekuuluvuspoliitika alliansi deklaratsioon ühtekuuluva, jätkusuutliku ja vastupanuvõimelise Euroopa heaks'],
        ['fi', 403.58, '#CohesionAlliance-ryhmittymän julkilausuma yhteenkuuluvan, kestäväpohjaisen ja selviytymis- ja palautumiskykyisen Euroopan puolesta'],
        ['fr', 597.79, "Déclaration de l'Alliance pour la cohésion pour une Europe 2.0 de la cohésion, du développement durable et de la résilience"],
        ['hr', 594.73, 'Deklaracija Saveza za koheziju za kohezivnu, održivu i otpornu Europu'],
        ['hu', 593.83, 'A #CohesionAlliance nyilatkozata egy összetartó, fenntartható és ellenállóképes Európáért'],
        ['it', 238.58, "Dichiarazione della #CohesionAlliance per un'Europa coesa, sostenibile e resiliente"],
        ['lt', 598.46, '#CohesionAlliance deklaracija dėl darnios, tvarios ir atsparios Europos'],
        ['lv', 595.64, 'Kohēzijas alianses (#CohesionAlliance) deklarācija par saliedētu, ilgtspējīgu un izturētspējīgu Eiropu'],
        ['mt', 615.71, 'Dikjarazzjoni tal-#CohesionAlliance għal Ewropa koeżiva, sostenibbli u reżiljenti'],
        ['nl', 598.3, 'Verklaring van de #CohesionAlliance voor een samenhangend, duurzaam en veerkrachtig Europa'],
        ['pl', 602.55, 'Deklaracja #CohesionAlliance na rzecz spójnej, zrównoważonej i odpornej Europy 2.0'],
        ['pt', 238.88, 'Declaração da Aliança pela Coesão por uma Europa coesa, sustentável e resiliente'],
        ['ro', 596.11, 'Declarația Alianței pentru coeziune (#CohesionAlliance) în favoarea unei Europe unite, durabile și reziliente'],
        ['sk', 613.45, 'Vyhlásenie Združenia pre súdržnosť (#CohesionAlliance) na podporu súdržnej, udržateľnej a odolnej Európy'],
        ['sl', 420.13, 'Izjava zavezništva za kohezijo #CohesionAlliance za povezano, trajnostno in odporno Evropo'],
        ['sv', 411.88, 'Förklaring från sammanhållningsalliansen (#CohesionAlliance) om ett sammanhållet, hållbart och motståndskraftigt Europa 2.0'],
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
