import {expect} from '@open-wc/testing';
import {editionBytes, embeddedTitle, loadTitles, TITLE_LANGUAGES} from '../src/data/titles.js';
import {SNAPSHOT} from '../src/data/snapshot.js';

describe('embedded document titles', () => {
  it('has titles in the 22 languages the Alliance published, and none in Bulgarian or Irish', () => {
    expect([...TITLE_LANGUAGES].sort()).to.deep.equal(
      SNAPSHOT.documents.find((d) => d.id === 'debate-2022')!.editions.map((e) => e.lang).sort(),
    );
    expect(TITLE_LANGUAGES).to.have.length(22);
    expect(TITLE_LANGUAGES).not.to.include('bg');
    expect(TITLE_LANGUAGES).not.to.include('ga');
  });

  it('loads a language only when asked, then gives its titles and sizes exactly as published', async () => {
    const latvian = SNAPSHOT.documents.find((d) => d.id === 'debate-2022')!.editions.find((e) => e.lang === 'lv')!;
    expect(embeddedTitle('debate-2022', 'lv')).to.equal(undefined);
    expect(editionBytes('debate-2022', latvian)).to.equal(undefined);
    await loadTitles(['lv', 'de-AT', 'bg']);
    expect(embeddedTitle('debate-2022', 'lv')).to.equal('Debates par kohēzijas politikas nākotni sākas jau tagad!');
    expect(editionBytes('debate-2022', latvian)).to.equal(Math.round(697.75 * 1024));
    expect(embeddedTitle('declaration-2020', 'de')).to.equal(
      'Erklärung der Allianz für Kohäsionspolitik für ein von Zusammenhalt und Nachhaltigkeit geprägtes widerstandsfähiges Europa 2.0',
    );
    expect(embeddedTitle('debate-2022', 'bg')).to.equal(undefined);
    expect(embeddedTitle('letter-charles-michel', 'de')).to.equal(undefined);
  });

  it('has a title for every embedded edition of the debate and the declaration in every language', async () => {
    await loadTitles(TITLE_LANGUAGES);
    for (const id of ['debate-2022', 'declaration-2020']) {
      for (const edition of SNAPSHOT.documents.find((d) => d.id === id)!.editions) {
        expect(embeddedTitle(id, edition.lang), `${id} ${edition.lang}`).to.be.a('string').and.not.equal('');
      }
    }
    expect(embeddedTitle('debate-2022', 'fr')).to.equal('Le débat sur l’avenir de la politique de cohésion commence dès maintenant!');
    expect(embeddedTitle('declaration-2020', 'it')).to.equal("Dichiarazione della #CohesionAlliance per un'Europa coesa, sostenibile e resiliente");
  });

  it('gives the size of every embedded edition, as published, once its language is loaded', async () => {
    const debateInSwedish = SNAPSHOT.documents.find((d) => d.id === 'debate-2022')!.editions.find((e) => e.lang === 'sv')!;
    await loadTitles(TITLE_LANGUAGES);
    for (const document of SNAPSHOT.documents) {
      for (const edition of document.editions) {
        expect(editionBytes(document.id, edition), `${document.id} ${edition.lang}`).to.be.a('number').above(100 * 1024);
      }
    }
    // 704.04 KB, 411.88 KB and 210.65 KB on the Alliance's page.
    expect(editionBytes('debate-2022', debateInSwedish)).to.equal(Math.round(704.04 * 1024));
    const sv = (id: string) => SNAPSHOT.documents.find((d) => d.id === id)!.editions.find((e) => e.lang === 'sv')!;
    expect(editionBytes('declaration-2020', sv('declaration-2020'))).to.equal(Math.round(411.88 * 1024));
    expect(editionBytes('letter-charles-michel', sv('letter-charles-michel'))).to.equal(Math.round(210.65 * 1024));
  });

  it("prefers an edition's own size, and gives the published size only to the PDF in that very language", async () => {
    await loadTitles(['de', 'pt']);
    const edition = {lang: 'de', href: 'https://example.org/de.pdf', direct: true, format: 'PDF'};
    expect(editionBytes('debate-2022', {...edition, bytes: 1000})).to.equal(1000);
    expect(editionBytes('debate-2022', edition)).to.equal(Math.round(717.17 * 1024));
    expect(editionBytes('debate-2022', {...edition, format: 'DOCX'})).to.equal(undefined);
    expect(editionBytes('debate-2022', {...edition, lang: 'pt-br'})).to.equal(undefined);
    expect(editionBytes('report-2024', edition)).to.equal(undefined);
  });
});
