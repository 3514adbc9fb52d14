import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/index.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

/**
 * A note called in brackets after a sentence's full stop ("... or record works.[1]", "... Party.[^1]")
 * ends the sentence with the call, as a bare number glued to the stop does: the next paragraph on the
 * next line is a sentence of its own, as it is where a blank line or a paragraph of a Word file
 * parts them.
 */
describe('a note call in brackets after a full stop', () => {
  it('ends the sentence with it, before the next paragraph on the next line', () => {
    expect(sentences('1. Borealis shall grant entry to artists who record works.[1]\n2. Borealis shall process applications within 15 days.')).toEqual([
      '1. Borealis shall grant entry to artists who record works.[1]',
      '2. Borealis shall process applications within 15 days.',
    ]);
    expect(sentences('between a person of one Party and a person of the other Party.[^1]\n2. Paragraph 1 does not prevent a Party from imposing internal taxes.')).toEqual([
      'between a person of one Party and a person of the other Party.[^1]',
      '2. Paragraph 1 does not prevent a Party from imposing internal taxes.',
    ]);
  });

  it('ends it before a capital on the same line, and reads the same with a blank line between', () => {
    expect(sentences('The Parties reaffirm the Convention.[12] Each Party shall act.')).toEqual(['The Parties reaffirm the Convention.[12]', 'Each Party shall act.']);
    expect(sentences('who record works.[1]\n\n2. Borealis shall process applications.')).toEqual(['who record works.[1]', '2. Borealis shall process applications.']);
  });

  it('leaves a bracket that is no note call to the sentence', () => {
    expect(sentences('as defined in Art.[5] of the Protocol. Then.')).toEqual(['as defined in Art.[5] of the Protocol.', 'Then.']);
    expect(sentences('See section 3.[a] below.')).toEqual(['See section 3.[a] below.']);
  });
});

describe('a note call in brackets wrapped to the line after the full stop', () => {
  it('stays with its sentence, as on the same line', () => {
    expect(sentences('without an economic needs test and free of visa fees.\n[4]\nArticle 6\nInvestment')).toEqual(['without an economic needs test and free of visa fees.\n[4]', 'Article 6\nInvestment']);
  });

  it('leaves a note that opens its line with its text to the notes', () => {
    expect(sentences('free of visa fees.\n[4] Both Parties have ratified the Convention.')).toEqual(['free of visa fees.', '[4] Both Parties have ratified the Convention.']);
  });
});
