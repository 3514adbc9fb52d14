import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { declaredLanguage, detectLanguage } from '../../src/ingest/language.js';
import { findFurniture } from '../../src/ingest/pdf-furniture.js';
import { findTitle } from '../../src/ingest/title.js';
import { bareNumber } from '../../src/ingest/tota-document.js';
import { parseTotaXml } from '../../src/ingest/tota-xml.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Each Party shall ensure that the measures of the other Party are applied in a reasonable manner.'],
    ['fr', "Chaque Partie veille à ce que les mesures de l'autre Partie soient appliquées dans le respect des engagements pris par les Parties."],
    ['es', 'Cada Parte se asegurará de que las medidas de la otra Parte se apliquen de manera razonable y con los compromisos del presente Acuerdo.'],
  ] as const)('%s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('falls back to English without evidence, and reads declared codes', () => {
    expect(detectLanguage('12 34 56')).toBe('en');
    expect(declaredLanguage('ES')).toBe('es');
    expect(declaredLanguage('fr-CA')).toBe('fr');
    expect(declaredLanguage('de')).toBeUndefined();
  });
});

describe('findTitle', () => {
  it('takes the first heading-like line and joins an upper-case title wrapped over lines', () => {
    expect(findTitle('1\n\nAGREEMENT BETWEEN ALDORIA\nAND BELUNA\nPreamble\nThe Parties, ...', 'x')).toBe('AGREEMENT BETWEEN ALDORIA AND BELUNA');
    expect(findTitle('Page 1\nThe Parties agree as follows.\nProtocol on Film Co-production\n', 'x')).toBe('Protocol on Film Co-production');
    expect(findTitle('a.\nb;', 'fallback-id')).toBe('fallback-id');
    // Set in a narrow column, after a cover note: the line that brings in the Parties goes on the title.
    expect(findTitle('WORLD TRADE ORGANIZATION\nINF/ECOM/1\nAGREEMENT ON ELECTRONIC\nCOMMERCE BETWEEN THE KINGDOM OF\nLISVANIA AND THE REPUBLIC OF\nQUILLON\nCOMMUNICATION FROM LISVANIA AND\nQUILLON\nPreamble', 'x')).toBe(
      'AGREEMENT ON ELECTRONIC COMMERCE BETWEEN THE KINGDOM OF LISVANIA AND THE REPUBLIC OF QUILLON',
    );
    // A recital of the preamble is never the title.
    expect(findTitle('PREAMBLE\nThe Governments of Quenara and Andara\nReinforcing the ties of friendship between them', 'id-from-file')).toBe('id-from-file');
  });
});

describe('findFurniture', () => {
  it('removes repeated edge lines and page numbers, not body lines that happen to repeat', () => {
    const body = (n: number) => [1, 2, 3, 4, 5, 6, 7].map((line) => `Body line ${line} of page ${'ABC'[n - 1]}.`);
    const pages = [1, 2, 3].map((n) => ['Draft of 3 May', ...body(n), `- ${n} -`]);
    pages[1]!.splice(4, 0, 'Draft of 3 May'); // the header's words inside the body of page 2 stay
    const removed = findFurniture(pages, 'en');
    expect(removed.map((set) => [...set].sort((a, b) => a - b))).toEqual([[0, 8], [0, 9], [0, 8]]);
  });

  it('keeps everything of a single page except a bare page number', () => {
    expect([...findFurniture([['Title', 'Body', '7']], 'en')[0]!]).toEqual([2]);
  });

  it('removes a running head that names the chapter a page belongs to, never the chapter heading itself', () => {
    const pages = [
      ['AGREEMENT', 'BETWEEN AURELIA AND BOREALIS', 'The Parties have agreed as follows:', 'CHAPTER 1', 'GENERAL PROVISIONS', 'Article 1.1', 'Objectives', 'The Parties establish a free trade area.', 'Article 1.2', 'Definitions', 'For the purposes of this'],
      ['CHAPTER 1', 'Agreement, "days" means calendar days.', 'Article 1.3', 'Scope', 'This Agreement applies to the territory of each Party.'],
      // The head names the chapter that begins lower on the page; the heading itself is at the top of the next column.
      ['CHAPTER 2', 'and to its exclusive economic zone.', 'CHAPTER 2', 'ELECTRONIC COMMERCE', 'Article 2.1', 'Customs Duties', 'No Party shall impose customs duties on electronic transmissions.'],
      ['CHAPTER 2', 'Article 2.2', 'Paperless Trading', 'Each Party shall accept electronic documents.'],
    ];
    expect(findFurniture(pages, 'en').map((set) => [...set])).toEqual([[], [0], [0], [0]]);
  });

  it('removes a running head that gives in full the title of a protocol its heading wrapped', () => {
    const pages = [
      ['AGREEMENT', 'BETWEEN AURELIA AND BOREALIS', 'Done at Velmar.', 'PROTOCOL ON CULTURAL', 'COOPERATION', 'Article 1', 'Scope', 'This Protocol sets out the framework for cultural cooperation and the'],
      ['PROTOCOL ON CULTURAL COOPERATION', 'entry of artists.', 'Article 2', 'Artists', 'Each Party shall facilitate the entry of artists.'],
    ];
    expect(findFurniture(pages, 'en').map((set) => [...set])).toEqual([[], [0]]);
  });
});

describe('parseTotaXml', () => {
  it('returns the plain tree with printed numbers, ids and meta', () => {
    const path = join(import.meta.dirname, '../fixtures/ingest/tota-mini.xml');
    const tree = parseTotaXml(readFileSync(path, 'utf8'), path);
    expect(tree.chapters.map((c) => [c.number, c.name, c.id, c.articles.length])).toEqual([
      [undefined, 'Preamble', '1', 1],
      ['CHAPTER 1', 'Initial Provisions', '2', 2],
      ['CHAPTER 2', 'Electronic Commerce', '3', 2],
    ]);
    expect(tree.chapters[1]!.articles[0]).toEqual({
      number: 'ARTICLE 1.1',
      name: 'Objectives',
      id: '2',
      text: 'The objectives of this Agreement are to:  (a) expand trade in goods;  (b) promote cul-\ntural cooperation.',
    });
    expect(tree.meta.parties).toEqual(['ALD', 'BEL']);
  });

  it('refuses malformed XML and other roots with a UserError', () => {
    expect(() => parseTotaXml('<treaty><body>', 'a.xml')).toThrow(UserError);
    expect(() => parseTotaXml('<agreement/>', 'b.xml')).toThrow(/root element is <agreement>/);
  });

  it.each([
    ['ARTICLE 14.4', '14.4'],
    ['ARTÍCULO 3-02', '3-02'],
    ['ARTICLE - 5', '5'],
    ['CHAPTER IV', 'IV'],
    ['TITLE II', 'II'],
    ['12', '12'],
    ['ARTICLE', 'ARTICLE'],
  ])('bareNumber(%s) = %s', (printed, bare) => {
    expect(bareNumber(printed)).toBe(bare);
  });
});
