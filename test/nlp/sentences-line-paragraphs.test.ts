import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/index.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' '));

/**
 * A Word file or web page made from a printed text keeps each printed line as a paragraph of its own,
 * so a blank line stands at every line's end. A short line before a capital is taken for a heading
 * ("Scope" / "This Chapter applies"), but not one that ends on a word no title ends with: a
 * determiner, a pronoun, a modal ("... under paragraph 1, each" / "Party shall ..."), nor one that ends
 * with a comma (a preamble's Parties before their first recital).
 */
describe('a printed line set as a paragraph of its own', () => {
  it('runs on into the next when it ends on a word no heading ends with', () => {
    const lines = ['2. In implementing its obligations under paragraph 1, each', 'Party shall, in good faith, determine whether a digital', 'product is a digital product of a Party.'];
    expect(sentences(lines.join('\n\n'))).toEqual([lines.join(' ')]);
    expect(sentences('Each Party shall act in accordance with its\n\nSchedule of Specific Commitments.')).toEqual(['Each Party shall act in accordance with its Schedule of Specific Commitments.']);
    expect(sentences('Les mesures prises par chaque\n\nPartie sont publiées.')).toEqual(['Les mesures prises par chaque Partie sont publiées.']);
  });

  it("runs a preamble's Parties on into its first recital, as in print", () => {
    const lines = ['THE REPUBLIC OF AURELIA AND THE KINGDOM OF BOREALIS,', 'HAVING RATIFIED the Convention on the Protection and Promotion of the Diversity of Cultural Expressions;', 'HAVE AGREED AS FOLLOWS:'];
    expect(sentences(lines.join('\n\n'))).toEqual(sentences(lines.join('\n')));
    expect(sentences(lines.join('\n\n'))[0]).toMatch(/^THE REPUBLIC .* BOREALIS, HAVING RATIFIED/);
  });

  it('still ends under a short heading', () => {
    expect(sentences('Trade in Services\n\nThis Chapter applies.')).toEqual(['Trade in Services', 'This Chapter applies.']);
    expect(sentences('Article 73\n\nNon-Discriminatory Treatment of Digital Products\n\n1. Each Party shall act.')).toEqual(['Article 73', 'Non-Discriminatory Treatment of Digital Products', '1. Each Party shall act.']);
  });
});
