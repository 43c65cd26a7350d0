import {expect} from '@open-wc/testing';
import {negotiateLanguage, primaryLanguage, EU_LANGUAGES} from '../src/i18n/negotiate.js';
import {
  formatDate,
  formatFileSize,
  formatMonth,
  formatNumber,
  languageAutonym,
  languageName,
  loadDateSupplement,
  pluralCategory,
} from '../src/i18n/format.js';
import {TRANSLATED_LOCALES} from '../src/i18n/localization.js';

describe('locale negotiation', () => {
  const table: [string[], string][] = [
    [['de'], 'de'],
    [['de-AT'], 'de'],
    [['DE-at'], 'de'],
    [['pt-BR'], 'pt'],
    [['fr-CA', 'en'], 'fr'],
    [['sr-Latn-RS', 'hr'], 'hr'],
    [['ga-IE'], 'ga'],
    [['nl_NL'], 'nl'],
    [['pt_BR'], 'pt'],
    [['mt'], 'mt'],
    [['zh-CN', 'ja'], 'en'],
    [['', 'not a tag!', 'lv'], 'lv'],
    [[], 'en'],
  ];
  for (const [tags, expected] of table) {
    it(`picks ${expected} for ${JSON.stringify(tags)}`, () => {
      expect(negotiateLanguage(tags)).to.equal(expected);
    });
  }

  it('reads the primary subtag of any valid tag and refuses invalid ones', () => {
    expect(primaryLanguage('EL-gr')).to.equal('el');
    expect(primaryLanguage('x')).to.equal(undefined);
    expect(primaryLanguage(undefined)).to.equal(undefined);
  });

  it('has a translation chunk for each of the 23 languages besides English', () => {
    expect([...TRANSLATED_LOCALES].sort()).to.deep.equal(EU_LANGUAGES.filter((l) => l !== 'en'));
  });
});

describe('formatters', () => {
  it('formats numbers per locale', () => {
    expect(formatNumber(12000, 'en')).to.equal('12,000');
    expect(formatNumber(12000, 'de')).to.equal('12.000');
    expect(formatNumber(12000, 'fr')).to.equal('12\u202f000');
    expect(formatNumber(12000, 'bg')).to.equal('12\u00a0000');
    expect(formatNumber(12000, 'en', 'compact')).to.equal('12K');
  });

  it('formats file sizes per locale in kB and MB', () => {
    expect(formatFileSize(Math.round(702.44 * 1024), 'en')).to.equal('702.44 kB');
    expect(formatFileSize(Math.round(702.44 * 1024), 'de')).to.equal('702,44 kB');
    expect(formatFileSize(3 * 1024 * 1024, 'en')).to.equal('3 MB');
  });

  it('formats dates and months per locale', () => {
    expect(formatDate('2022-10-12', 'en')).to.equal('October 12, 2022');
    expect(formatDate('2022-10-12', 'de')).to.equal('12. Oktober 2022');
    expect(formatDate('2022-10-12', 'bg')).to.match(/^12 октомври 2022/);
    expect(formatMonth('2022-10', 'fr')).to.equal('octobre 2022');
    expect(formatDate('not a date', 'en')).to.equal('not a date');
  });

  it('formats Irish and Maltese dates even where the browser lacks their data', async () => {
    await Promise.all([loadDateSupplement('ga'), loadDateSupplement('mt')]);
    expect(formatDate('2022-10-12', 'ga')).to.equal('12 Deireadh Fómhair 2022');
    expect(formatDate('2022-10-12', 'mt')).to.equal('12 ta’ Ottubru 2022');
    expect(formatMonth('2022-10', 'mt')).to.equal('Ottubru 2022');
  });

  it('names a language in another, as running text writes it, Portuguese as in Portugal', async () => {
    expect(languageName('fr', 'en')).to.equal('French');
    expect(languageName('en', 'bg')).to.equal('английски');
    expect(languageName('en', 'de')).to.equal('Englisch');
    expect(languageName('pl', 'pt')).to.equal('polaco');
    expect(languageName('fr', 'cs')).to.equal('francouzština');
    expect(languageName('fr', 'hr')).to.equal('francuski');
    expect(languageName('fr', 'sk')).to.equal('francúzština');
    expect(languageName('fr', 'sv')).to.equal('franska');
    await Promise.all([loadDateSupplement('ga'), loadDateSupplement('mt')]);
    expect(languageName('en', 'ga')).to.equal('Béarla');
    expect(languageName('fr', 'mt')).to.equal('Franċiż');
  });

  it('gives the plural category of a count in each language, Portuguese as in Portugal', () => {
    expect(pluralCategory(1, 'en')).to.equal('one');
    expect(pluralCategory(0, 'fr')).to.equal('one');
    expect(pluralCategory(0, 'pt')).to.equal('other');
    expect(pluralCategory(12000, 'lv')).to.equal('zero');
    expect(pluralCategory(102, 'sl')).to.equal('two');
    expect(pluralCategory(7, 'ga')).to.equal('many');
    expect(pluralCategory(13502, 'lt')).to.equal('few');
  });

  it('names each language in itself, with a capital initial', () => {
    expect(languageAutonym('cs')).to.equal('Čeština');
    expect(languageAutonym('de')).to.equal('Deutsch');
    expect(languageAutonym('mt')).to.equal('Malti');
    expect(languageAutonym('el')).to.equal('Ελληνικά');
    expect(languageAutonym('ga')).to.equal('Gaeilge');
    expect(languageAutonym('bg')).to.equal('Български');
  });
});
