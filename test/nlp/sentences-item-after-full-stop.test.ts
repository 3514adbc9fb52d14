import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/index.js';
import { SHARED_TOTA, totaArticles } from '../assess/tota-articles.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

/** The lead-in the sentence that opens with `opening` reads with, or undefined. */
function leadInOf(text: string, opening: string): string | undefined {
  const item = splitSentences(text).find((s) => text.slice(s.start).startsWith(opening));
  expect(item, `no sentence opens with "${opening}"`).toBeDefined();
  return item?.leadIn ? text.slice(item.leadIn.start, item.leadIn.end) : undefined;
}

// An item that ends with a full stop, then the next item's label on the next line, whatever its case.
describe('an item label on the line after a full stop', () => {
  // One sentence a line: each line is what the splitter must give back.
  const lines = [
    'Paragraphs 1 and 2 are not intended to:',
    '(a) prevent a Party from raising a duty to the level set out in its Schedule;',
    '(b) prevent a Party from raising a duty when a dispute settlement panel so authorises.',
    '(c) prevent a Party from supporting cultural industries, provided that the support does not discriminate.',
    'ii) and a label closed by its parenthesis alone.',
    '- and a bullet.',
    'The Committee shall review this Article.',
  ];
  const text = lines.join('\n');
  const lead = lines[0];

  it('starts a sentence at the label', () => {
    expect(sentences(text)).toEqual(lines);
  });

  it('reads the item after the full stop under the lead-in', () => {
    expect(leadInOf(text, '(c) prevent a Party from supporting')).toBe(lead);
  });

  it('does not start a sentence at a label cited in the same line, nor after an abbreviation', () => {
    expect(sentences('The duty is set out in Art. 5 (b) of the Schedule. Each Party shall apply it.')).toEqual(['The duty is set out in Art. 5 (b) of the Schedule.', 'Each Party shall apply it.']);
    expect(sentences('as provided in para.\n(b) of Annex 2, each Party shall apply it.')).toEqual(['as provided in para.\n(b) of Annex 2, each Party shall apply it.']);
  });

  const present = existsSync(SHARED_TOTA);
  if (!present) console.log(`item labels after a full stop on ToTA skipped: ${SHARED_TOTA} is absent`);
  it.skipIf(!present)('reads item (c) of ToTA pta_381 Art. 3-04, after item (b)\'s full stop, under its lead-in', () => {
    const article = totaArticles('pta_381').get('29341')?.text ?? '';
    expect(leadInOf(article, '(c) evitar que una Parte cree')).toMatch(/no\s+pretenden:$/);
  });
});
