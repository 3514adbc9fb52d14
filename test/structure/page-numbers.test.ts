import { describe, expect, it } from 'vitest';
import { labels } from './helpers.js';

describe('page numbers left in a text saved from a printed agreement', () => {
  it('reads a heading after a page number as a heading, whatever the page number looks like', () => {
    for (const pageNumber of ['- 7 -', '– 12 –', '7', 'Page 7', 'Page 7 of 40', '7/40', 'Página 7']) {
      const text = [
        'Article 2.4',
        'Reduction of Duties',
        'Each Party shall reduce its customs duties as set out in Annex 1 (Schedules of Tariff Commitments).',
        pageNumber,
        'Article 2.5',
        'National Treatment',
        'Each Party shall accord national treatment to the goods of the other Party.',
      ].join('\n');
      expect(labels(text), pageNumber).toEqual(['article 2.4', 'article 2.5']);
    }
  });

  it('reads a chapter after a page number that ends in a dash, which would otherwise leave a sentence open', () => {
    const text = [
      'CHAPTER 11',
      'INTELLECTUAL PROPERTY',
      'ARTICLE 11.1: COMMITTEE',
      'The Committee shall meet at such venues as the Parties agree.',
      '- 130 -',
      'CHAPTER 12',
      'ELECTRONIC COMMERCE',
      'ARTICLE 12.1: PURPOSE AND OBJECTIVE',
      'The Parties recognise the economic growth provided by electronic commerce.',
    ].join('\n');
    expect(labels(text)).toEqual(['chapter 11', 'article 11.1', 'chapter 12', 'article 12.1']);
  });

  it('still refuses a reference wrapped onto the next line after a clause left open', () => {
    const text = ['Article 3', 'Scope', 'Each Party shall apply the measures referred to in', 'Article 5', 'of the GATT 1994.'].join('\n');
    expect(labels(text)).toEqual(['article 3']);
  });
});
