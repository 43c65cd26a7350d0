import {expect} from '@open-wc/testing';
import {embeddedTitle, loadTitles, TITLE_LANGUAGES} from '../src/data/titles.js';
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

  it('loads a language only when asked, then gives its titles exactly as published', async () => {
    expect(embeddedTitle('debate-2022', 'lv')).to.equal(undefined);
    await loadTitles(['lv', 'de-AT', 'bg']);
    expect(embeddedTitle('debate-2022', 'lv')).to.equal('Debates par kohēzijas politikas nākotni sākas jau tagad!');
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
});
