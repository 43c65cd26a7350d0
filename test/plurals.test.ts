import {expect, waitUntil} from '@open-wc/testing';
import '../src/components/join-badge/cohesion-join-badge.js';
import type {CohesionJoinBadge} from '../src/components/join-badge/join-badge.js';
import {EU_LANGUAGES, type EuLanguage} from '../src/i18n/negotiate.js';
import {feedUrl} from './support/feeds.js';
import {setPageLanguage} from './support/locale.js';

/**
 * The noun after a count, for each plural category each language uses (CLDR), as a reader expects it: written out
 * here, apart from the translations, so that a wrong or missing form fails. Irish mutates the noun (3 thacadóir,
 * 7 dtacadóir); Romanian puts "de" before it after 20 and more; Latvian takes the genitive plural after 0, 10–20,
 * 30, …; the Slavic and Baltic languages have forms for a few and for many; French, Italian, Spanish and Portuguese
 * put "de"/"di" after a million.
 */
const NOUNS: Record<EuLanguage, Partial<Record<Intl.LDMLPluralRule, string>>> = {
  bg: {one: 'поддръжник', other: 'поддръжници'},
  cs: {one: 'podporovatel', few: 'podporovatelé', many: 'podporovatele', other: 'podporovatelů'},
  da: {one: 'støtter', other: 'støttere'},
  de: {one: 'unterstützende Person', other: 'Unterstützende'},
  el: {one: 'υποστηρικτής', other: 'υποστηρικτές'},
  en: {one: 'supporter', other: 'supporters'},
  es: {one: 'apoyo', many: 'de apoyos', other: 'apoyos'},
  et: {one: 'toetaja', other: 'toetajat'},
  fi: {one: 'tukija', other: 'tukijaa'},
  fr: {one: 'soutien', many: 'de soutiens', other: 'soutiens'},
  ga: {one: 'tacadóir', two: 'thacadóir', few: 'thacadóir', many: 'dtacadóir', other: 'tacadóir'},
  hr: {one: 'podupiratelj', few: 'podupiratelja', other: 'podupiratelja'},
  hu: {one: 'támogató', other: 'támogató'},
  it: {one: 'sostenitore', many: 'di sostenitori', other: 'sostenitori'},
  lt: {one: 'rėmėjas', few: 'rėmėjai', many: 'rėmėjo', other: 'rėmėjų'},
  lv: {zero: 'atbalstītāju', one: 'atbalstītājs', other: 'atbalstītāji'},
  mt: {one: 'sostenitur', two: 'sostenituri', few: 'sostenituri', many: 'sostenitur', other: 'sostenitur'},
  nl: {one: 'sympathisant', other: 'sympathisanten'},
  // A noun for persons takes the genitive after every numeral from 2 up, written in figures ("2 zwolenników" reads
  // "dwóch zwolenników", "22 zwolenników" "dwudziestu dwóch zwolenników"); "other" is for fractions.
  pl: {one: 'zwolennik', few: 'zwolenników', many: 'zwolenników', other: 'zwolennika'},
  pt: {one: 'apoiante', many: 'de apoiantes', other: 'apoiantes'},
  ro: {one: 'susținător', few: 'susținători', other: 'de susținători'},
  sk: {one: 'podporovateľ', few: 'podporovatelia', many: 'podporovateľa', other: 'podporovateľov'},
  sl: {one: 'podpornik', two: 'podpornika', few: 'podporniki', other: 'podpornikov'},
  sv: {one: 'anhängare', other: 'anhängare'},
};

const COUNTS = [0, 1, 2, 3, 4, 5, 11, 21, 22, 25, 101, 102, 111, 140, 12000, 13502, 1000000];

/** Portuguese counts as in Portugal, where 0 is plural (in Brazil it is singular). */
const rules = (lang: string) => new Intl.PluralRules(lang === 'pt' ? 'pt-PT' : lang);
const spaced = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const countOf = (badge: CohesionJoinBadge) => spaced(badge.shadowRoot!.querySelector('[part~="count"]')?.textContent ?? '');

const placed: HTMLElement[] = [];

/** One badge per language, each with its own `lang`, showing the individual supporters of a feed. */
async function badges(value: number, lowerBound = false): Promise<CohesionJoinBadge[]> {
  const src = feedUrl({body: {supporters: {figures: {individuals: {value, lowerBound}}}}});
  const container = document.createElement('div');
  container.innerHTML = EU_LANGUAGES.map((lang) => `<cohesion-join-badge lang="${lang}" show-count src="${src}"></cohesion-join-badge>`).join('');
  document.body.append(container);
  placed.push(container);
  const all = [...container.querySelectorAll<CohesionJoinBadge>('cohesion-join-badge')];
  const number = (lang: string) => spaced(new Intl.NumberFormat(lang).format(value));
  // Until the feed arrives, the badges show the embedded lower bound, "12,000+" ("Peste 12.000" in Romanian).
  const arrived = (shown: string, lang: string) => shown.includes(number(lang)) && (lowerBound || !/\+|Peste/.test(shown));
  await waitUntil(() => all.every((badge) => arrived(countOf(badge), badge.lang)), `the feed's ${value} shows`, {timeout: 8000});
  return all;
}

before(() => setPageLanguage('en'));

afterEach(() => {
  for (const container of placed.splice(0)) container.remove();
});

describe('counts read with the plural form of their category, in every language', () => {
  it('has a noun for every category each language’s plural rules use', () => {
    for (const lang of EU_LANGUAGES) {
      expect(Object.keys(NOUNS[lang]).sort(), lang).to.deep.equal([...rules(lang).resolvedOptions().pluralCategories].sort());
    }
  });

  for (const value of COUNTS) {
    it(`writes ${value} with its category’s form in all 24 languages`, async () => {
      for (const badge of await badges(value)) {
        const lang = badge.lang as EuLanguage;
        const category = rules(lang).select(value);
        const expected = `${spaced(new Intl.NumberFormat(lang).format(value))} ${NOUNS[lang][category]}`;
        expect(countOf(badge), `${lang}, ${value} (${category})`).to.equal(expected);
      }
    });
  }

  it('reads the counts a review found wrong as a reader expects them', async () => {
    const cases: [number, EuLanguage, string][] = [
      [1, 'en', '1 supporter'],
      [1, 'de', '1 unterstützende Person'],
      [13502, 'lt', '13 502 rėmėjai'],
      [13502, 'lv', '13 502 atbalstītāji'],
      [12000, 'lv', '12 000 atbalstītāju'],
      [13502, 'ro', '13.502 susținători'],
      [12000, 'ro', '12.000 de susținători'],
      [13502, 'sl', '13.502 podpornika'],
      [2, 'cs', '2 podporovatelé'],
      [21, 'hr', '21 podupiratelj'],
      [5, 'mt', '5 sostenituri'],
      [3, 'ga', '3 thacadóir'],
      [0, 'pt', '0 apoiantes'],
      [0, 'fr', '0 soutien'],
      [1000000, 'fr', '1 000 000 de soutiens'],
    ];
    for (const value of new Set(cases.map(([v]) => v))) {
      const shown = new Map((await badges(value)).map((badge) => [badge.lang, countOf(badge)]));
      for (const [v, lang, expected] of cases) if (v === value) expect(shown.get(lang), `${lang} ${v}`).to.equal(expected);
    }
  });

  it('writes a lower bound with the form of its number, and Romanian as "Peste …"', async () => {
    const shown = new Map((await badges(13502, true)).map((badge) => [badge.lang, countOf(badge)]));
    expect(shown.get('en')).to.equal('13,502+ supporters');
    expect(shown.get('lt')).to.equal('13 502+ rėmėjai');
    expect(shown.get('ro')).to.equal('Peste 13.502 susținători');
    const embedded = new Map((await badges(12000, true)).map((badge) => [badge.lang, countOf(badge)]));
    expect(embedded.get('ro')).to.equal('Peste 12.000 de susținători');
    expect(embedded.get('de')).to.equal('12.000+ Unterstützende');
  });

  it('is accessible with a count in every language', async () => {
    for (const badge of await badges(2)) await expect(badge).to.be.accessible();
  });
});
