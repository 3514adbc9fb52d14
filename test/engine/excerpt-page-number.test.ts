import { describe, expect, it } from 'vitest';
import { buildExcerpt } from '../../src/engine/excerpt.js';
import { splitSentences } from '../../src/nlp/index.js';

/** The excerpt of `text` quoting every one of its sentences, with `word` marked. */
function excerptOf(text: string, word: string): string {
  const at = text.indexOf(word);
  return buildExcerpt(text, splitSentences(text), [{ start: at, end: at + word.length }]);
}

/**
 * A page number left on a line of its own between two quoted sentences ("... in goods." / "143" /
 * "(b) ...") is no words left out: the sentences are joined as where the page number is not printed
 * (a PDF's page foot), not by " … ".
 */
describe('an excerpt across a page number', () => {
  it('joins the sentences around it as if it were not there', () => {
    const printed = '(a) digital products are traded in goods.\n143\n(b) the term "electronic signature" means a measure.';
    const unprinted = '(a) digital products are traded in goods.\n(b) the term "electronic signature" means a measure.';
    expect(excerptOf(printed, 'electronic signature')).toBe('(a) digital products are traded in goods. (b) the term "«electronic signature»" means a measure.');
    expect(excerptOf(printed, 'electronic signature')).toBe(excerptOf(unprinted, 'electronic signature'));
  });

  it('still marks words left out between two sentences', () => {
    const text = 'The Parties agree.\nThey met in 2005.\nEach Party shall protect cultural diversity.';
    const at = text.indexOf('cultural');
    const first = splitSentences(text)[0]!;
    const last = splitSentences(text)[2]!;
    expect(buildExcerpt(text, [first, last], [{ start: at, end: at + 8 }])).toBe('The Parties agree. … Each Party shall protect «cultural» diversity.');
  });
});
