import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/index.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' '));

/**
 * Where a list's item ends does not depend on where its lines break. A printed column may carry an
 * item's closing "and" to a line of its own ("...; and" set as "...;" ⏎ "and"), and items that end
 * with a comma (", and", ", or") stand one a line in print as they stand one a paragraph in a Word file.
 */
describe('a list item whose end a line break sets apart', () => {
  const items = ['(a) to determine the appropriate authentication methods for that transaction; and', '(b) to have the opportunity to establish that their transaction complies with legal requirements.'];
  const leadIn = 'Each Party shall adopt measures that permit parties to an electronic transaction:';

  it('keeps a closing "and" on a line of its own with the item before it', () => {
    const expected = sentences(`${leadIn}\n${items.join('\n')}`);
    expect(expected).toEqual([leadIn, ...items]);
    expect(sentences(`${leadIn}\n${items[0]!.replace('; and', ';\nand')}\n${items[1]}`)).toEqual(expected);
    expect(sentences('(d) the provider does not interfere with the lawful use of technology;\nor\n(e) the provider acts expeditiously.')).toEqual(['(d) the provider does not interfere with the lawful use of technology; or', '(e) the provider acts expeditiously.']);
  });

  it('ends an item that closes with a comma where the next item opens its line', () => {
    const lines = ['The Parties shall cooperate in a number of fields:', '(c) intercultural dialogue;', '(d) dialogue on cultural policy, and', '(e) cooperation in international fora such as UNESCO.'];
    expect(sentences(lines.join('\n'))).toEqual(lines);
    expect(sentences(lines.join('\n\n'))).toEqual(lines);
    const nested = ['(a) mechanisms that facilitate voluntary action, such as:', '(i) partnerships involving businesses or scientific organizations,', '(ii) voluntary guidelines for environmental performance, or', '(iii) voluntary sharing of information; or', '(b) incentives to encourage conservation.'];
    expect(sentences(nested.join('\n'))).toEqual(nested);
    expect(sentences(nested.join('\n').replace(', or\n', ',\nor\n'))).toEqual(nested);
  });

  it('runs on over a reference that a line break sets at the start of a line', () => {
    expect(sentences('(a) the measures referred to in subparagraph\n(b) of paragraph 1 apply.')).toEqual(['(a) the measures referred to in subparagraph\n(b) of paragraph 1 apply.'.replace(/\s+/g, ' ')]);
  });
});
