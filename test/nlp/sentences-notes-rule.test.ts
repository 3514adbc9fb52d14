import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/index.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

/**
 * The rule a word processor draws above its notes ("__________") stands on a line of its own after the
 * last sentence of the text. A PDF loses the blank line before it: the rule is still no word of that
 * sentence, which ends at its full stop as it does in the text.
 */
describe('the rule above the notes', () => {
  const pdf = 'the other Chapter shall prevail to the extent of the\ninconsistency.\n__________\n(1) The Schedule of each Party sets out the base rate.';
  const text = 'the other Chapter shall prevail to the extent of the inconsistency.\n\n__________\n(1) The Schedule of each Party sets out the base rate.';

  it('is left out of the sentence before it, with or without a blank line', () => {
    expect(sentences(pdf)[0]).toBe('the other Chapter shall prevail to the extent of the\ninconsistency.');
    expect(sentences(text)[0]).toBe('the other Chapter shall prevail to the extent of the inconsistency.');
  });

  it('leaves a blank to fill in a sentence', () => {
    expect(sentences('The fee is __________ per year. It is paid.')).toEqual(['The fee is __________ per year.', 'It is paid.']);
  });
});
