import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/index.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' '));

/**
 * A cross-reference's title set with a dash ("Article 9.7 (Trade in Services - Non-Conforming
 * Measures)") may wrap before the dash. A Word file or web page made from the printed text sets each
 * printed line as a paragraph, so the dash opens a paragraph as a bullet would: inside a parenthesis
 * left open it is the title's dash, and the sentence goes on, as it does in the text.
 */
describe('a dash that opens a line inside an open parenthesis', () => {
  const lines = [
    '2. Paragraph 1 does not prevent a Party from adopting or maintaining measures, in accordance with Article 9.7 (Trade in Services',
    '- Non-Conforming Measures) or 14.10 (Investment -',
    'Non-Conforming Measures and Exceptions).',
    '3. The Parties shall cooperate.',
  ];
  const expected = [
    '2. Paragraph 1 does not prevent a Party from adopting or maintaining measures, in accordance with Article 9.7 (Trade in Services - Non-Conforming Measures) or 14.10 (Investment - Non-Conforming Measures and Exceptions).',
    '3. The Parties shall cooperate.',
  ];

  it('continues the sentence, one line a paragraph as in the text', () => {
    expect(sentences(lines.join('\n'))).toEqual(expected);
    expect(sentences(lines.join('\n\n'))).toEqual(expected);
  });

  it('leaves a bullet after a closed parenthesis or a lead-in a bullet', () => {
    const bullets = 'The aims (of this Chapter) are:\n\n- to promote cultural exchanges;\n\n- to foster co-production.';
    expect(sentences(bullets)).toEqual(['The aims (of this Chapter) are:', '- to promote cultural exchanges;', '- to foster co-production.']);
  });
});
