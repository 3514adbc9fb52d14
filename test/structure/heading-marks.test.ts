import { describe, expect, it } from 'vitest';
import { flatten, labels, outlineOf } from './helpers.js';

describe('heading lines as scanned and exported texts print them', () => {
  it('reads a keyword in capitals with a letter misread in lower case', () => {
    const text = ['ARTIcLE 1.1', 'Objectives', 'The objectives of this Agreement are to liberalise trade.', 'ARTICLE 1.2', 'Geographical Scope', 'This Agreement applies to the territory of each Party.', 'CHAPTEr 2', 'TRADE IN GOODS', 'ARTIcLE 2.1', 'Scope', 'This Chapter applies to trade in goods.'].join('\n');
    expect(labels(text)).toEqual(['article 1.1', 'article 1.2', 'chapter 2', 'article 2.1']);
  });

  it('does not take a capitalised word of running text for a heading', () => {
    const text = ['Article 3', 'Scope', 'This Agreement covers trade in goods.', 'Articles 8.4 and 8.5 apply to services.'].join('\n');
    expect(labels(text)).toEqual(['article 3']);
  });

  it('reads a heading whose number carries a footnote mark in brackets, and keeps the title under it', () => {
    const text = ['Article 217', 'Access to facilities', 'Each Party shall ensure access.', '', 'Article 218 (32)', '', 'Relationship with the Energy Community Treaty', '', 'In case of conflict, the Energy Community Treaty prevails.'].join('\n');
    const articles = flatten(outlineOf(text)).filter((n) => n.kind === 'article');
    expect(articles.map((n) => [n.number, n.heading])).toEqual([
      ['217', 'Access to facilities'],
      ['218', 'Relationship with the Energy Community Treaty'],
    ]);
  });

  it('reads a footnote mark glued to the number, as a Word file or a web page calls a note, and one before a title on the same line', () => {
    const text = ['Article 1.1[1]', 'Objectives', 'The Parties establish a free trade area.', '', 'Article 1.2 [2]: Definitions', 'Terms are defined here.', '', 'Article 218 (32): Relationship with the Energy Community Treaty', 'The Energy Community Treaty prevails.'].join('\n');
    const articles = flatten(outlineOf(text)).filter((n) => n.kind === 'article');
    expect(articles.map((n) => [n.number, n.heading])).toEqual([
      ['1.1', 'Objectives'],
      ['1.2', 'Definitions'],
      ['218', 'Relationship with the Energy Community Treaty'],
    ]);
  });

  it('still reads a paragraph cited on an article, glued in round brackets, as a reference', () => {
    const text = ['Article 4', 'Scope', 'The measures are those listed.', '', 'Article 3(1) applies to them.'].join('\n');
    expect(labels(text)).toEqual(['article 4']);
  });

  it('reads a heading whose title, after a colon, names another article', () => {
    const text = ['Article 7-1: Sanitary Measures', 'The Parties affirm their rights.', '', 'Emergency Action', '', 'Article 8-1: Article XIX of the GATT 1994 and the Agreement on Safeguards', 'Each Party retains its rights.'].join('\n');
    // "Emergency Action", alone between the two articles after a closed sentence, names the group of articles after it.
    expect(labels(text)).toEqual(['article 7-1', 'section', 'article 8-1']);
  });

  it('still refuses a list of article references on one line', () => {
    const text = ['Article 1', 'Scope', 'The following provisions apply:', 'Article 2 Article 3 Article 4'].join('\n');
    expect(labels(text)).toEqual(['article 1']);
  });
});
