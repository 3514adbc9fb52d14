import { describe, expect, it } from 'vitest';
import { buildUnits } from '../../src/engine/index.js';
import type { AgreementDocument } from '../../src/model.js';
import { WRAPPED_CONTENTS_ENTRY, WRAPPED_CONTENTS_ENTRY_OUTLINE } from '../support/wrapped-contents-entry.js';
import { labels, outlineOf } from './helpers.js';

/** A printed text opened in a word processor and saved: every printed line became a paragraph, with a blank line after it. */
const asParagraphs = (lines: readonly string[]): string => lines.join('\n\n');

describe('a text whose every printed line became a paragraph (Word made from a printed text)', () => {
  it('does not take a reference run on by its sentence for a heading, across the blank line', () => {
    const text = asParagraphs([
      'Article 2.15',
      'Conditions',
      'The Party shall seek an agreement on compensation set out in',
      'Article 2.16. In the case of an extension, evidence shall be provided.',
      'Article 2.16',
      'Compensation',
      'A Party proposing to apply a measure shall provide compensation.',
    ]);
    expect(labels(text)).toEqual(['article 2.15', 'article 2.16']);
  });

  it('does not take a reference that ends its sentence on a line of its own for a heading, after a line that ends in a preposition', () => {
    const text = asParagraphs([
      'Article 5.8',
      'Provisional Measures',
      'The Parties shall exchange views on the measure and on compensation as set forth in',
      'Article 5.9.',
      '2. A Party shall notify the other Party before it takes the measure.',
      'Article 5.9',
      'Compensation',
      'A Party applying a measure shall provide compensation.',
    ]);
    expect(labels(text)).toEqual(['article 5.8', 'paragraph 2', 'article 5.9']);
  });

  it('does not take the last line of a contents entry that wraps after a preposition for a heading', () => {
    expect(labels(WRAPPED_CONTENTS_ENTRY.join('\n'))).toEqual(WRAPPED_CONTENTS_ENTRY_OUTLINE);
    expect(labels(asParagraphs(WRAPPED_CONTENTS_ENTRY))).toEqual(WRAPPED_CONTENTS_ENTRY_OUTLINE);
  });

  it('keeps a heading after a paragraph that ends a sentence with a word that may close one', () => {
    const text = asParagraphs(['Article 3', 'Exceptions', 'Nothing in this Chapter applies to measures that the Parties agree on, as provided for herein', 'Article 4', 'Review', 'The Parties shall review this Chapter.']);
    expect(labels(text)).toEqual(['article 3', 'article 4']);
  });

  it('keeps an old-style heading with its body run on after a paragraph that ends a sentence', () => {
    const text = asParagraphs(['Article 1. The Parties hereby establish a free trade area.', 'Article 2. This Agreement applies to trade in goods.']);
    expect(labels(text)).toEqual(['article 1', 'article 2']);
  });
});

describe('articles numbered by chapter (8.1, 8.2 in Chapter 8)', () => {
  it('are not qualified by their chapter even when a number is printed twice', () => {
    const text = [
      'CHAPTER 1',
      'GENERAL PROVISIONS',
      'Article 1.1',
      'Objectives',
      'The objectives are set out here.',
      'Article 1.1',
      'Objectives',
      'The objectives are set out here once more.',
      'CHAPTER 2',
      'TRADE IN GOODS',
      'Article 2.1',
      'Scope',
      'This Chapter applies to goods.',
    ].join('\n');
    const doc = { text, outline: outlineOf(text), language: 'en' } as unknown as AgreementDocument;
    expect(buildUnits(doc).map((u) => u.articleNumber)).toEqual(['1.1', '1.1', '2.1']);
  });

  it('while articles numbered afresh in each chapter still are', () => {
    const text = ['Chapter 11', 'Investment', 'Article 1', 'Scope', 'This Chapter applies.', 'Article 2', 'Definitions', 'Terms are defined.', 'Chapter 12', 'Services', 'Article 1', 'Scope', 'This Chapter applies too.'].join('\n');
    const doc = { text, outline: outlineOf(text), language: 'en' } as unknown as AgreementDocument;
    expect(buildUnits(doc).map((u) => u.articleNumber)).toEqual(['1 (Chapter 11)', '2 (Chapter 11)', '1 (Chapter 12)']);
  });
});
