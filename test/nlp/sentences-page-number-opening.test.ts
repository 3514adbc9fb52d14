import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/index.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

/**
 * A printed agreement saved as text keeps its page numbers on lines of their own, at times between two
 * items of a list ("... trade in goods." / "143" / "(b) the term ..."; "... to the contrary." / "- 98 -" / "(b) doing
 * so ..."). The page number is no word of the item after it: the item's sentence opens at its label,
 * as it does where the page number was left out (a PDF's page foot) or stands apart (a Word paragraph).
 */
describe('a page number on the line before a list item', () => {
  it('is left out of the item\'s sentence, a bare number as a printed one', () => {
    const bare = '(a) the term "digital product" means a product, whether it is categorised as trade in services or trade in goods.\n143\n(b) the term "electronic signature" means a measure taken with respect to information.';
    expect(sentences(bare)).toEqual([
      '(a) the term "digital product" means a product, whether it is categorised as trade in services or trade in goods.',
      '(b) the term "electronic signature" means a measure taken with respect to information.',
    ]);
    const printed = '(a) there is a legal requirement to the contrary.\n- 98 -\n(b) doing so would reduce the effectiveness of the process.';
    expect(sentences(printed)).toEqual(['(a) there is a legal requirement to the contrary.', '(b) doing so would reduce the effectiveness of the process.']);
  });

  it('keeps the item under its lead-in', () => {
    const text = 'For the purposes of this Chapter:\n(a) the term "digital product" means a product.\n143\n(b) the term "trade administration documents" means forms.';
    const segments = splitSentences(text);
    expect(segments.map((s) => (s.leadIn ? text.slice(s.leadIn.start, s.leadIn.end) : undefined))).toEqual([undefined, 'For the purposes of this Chapter:', 'For the purposes of this Chapter:']);
  });

  it('leaves a number that opens a sentence of words in it', () => {
    expect(sentences('The Parties agree.\n2005 was the year of the Convention.')).toEqual(['The Parties agree.', '2005 was the year of the Convention.']);
    expect(sentences('It applies to the following:\n12\nsubscribers.').at(-1)).toBe('12\nsubscribers.');
  });
});
