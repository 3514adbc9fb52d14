import { describe, expect, it } from 'vitest';
import { flatten, labels, outlineOf } from './helpers.js';

const BODY = 'The Parties shall cooperate closely in this field.';
/** Each heading as "kind number: title". */
const headings = (text: string) =>
  flatten(outlineOf(text))
    .filter((n) => n.kind !== 'paragraph')
    .map((n) => `${n.kind} ${n.number}: ${n.heading}`);

describe('a heading number and the title after it', () => {
  it('reads a title that opens with a letter and a hyphen as a title, not as a letter of the number ("CHAPTER 10 – E-COMMERCE")', () => {
    expect(headings(`CHAPTER 10 – E-COMMERCE\nArticle 10.1 - General\n${BODY}`)).toEqual(['chapter 10: E-COMMERCE', 'article 10.1: General']);
    expect(headings(`Chapter 14 - E-Commerce\n\nArticle 14.1 - Scope\n${BODY}`)).toEqual(['chapter 14: E-Commerce', 'article 14.1: Scope']);
    // A letter that is the number's own still is: "Annex 8-B", "Artículo 3.4-A".
    expect(headings(`Annex 8-B: Cultural Industries\n\n${BODY}`)).toEqual(['annex 8-B: Cultural Industries']);
  });

  it('reads the articles of a chapter inserted later, numbered "8BIS.1"', () => {
    expect(labels(`Chapter 8BIS: State Enterprises\nArticle 8BIS.1: Scope\n${BODY}\n\nArticle 8bis.2: Definitions\n${BODY}`)).toEqual(['chapter 8BIS', 'article 8BIS.1', 'article 8bis.2']);
    expect(headings(`Article 8BIS.1: Scope\n${BODY}`)).toEqual(['article 8BIS.1: Scope']);
  });

  it('reads a participle after an adverb as part of a sentence-case title ("Mutually agreed solution")', () => {
    expect(headings(`Article 60\n\nMutually agreed solution\n\n${BODY}\n\nArticle 61\n\nProvisionally applied measures\n\n${BODY}`)).toEqual([
      'article 60: Mutually agreed solution',
      'article 61: Provisionally applied measures',
    ]);
    // Without the adverb, the verb makes a sentence of the line.
    expect(headings(`Article 60\n\nThe Parties agreed solutions\n\n${BODY}`)).toEqual(['article 60: undefined']);
  });
});

/**
 * An article that lists the attachments it makes part of the agreement, one item a line after its
 * label, as a PDF's hanging list is copied ("(a)" / "Annex XI" / "(Schedules of Specific Commitments);"),
 * cites them: they are no headings, and the article runs on to the next one.
 */
describe('attachments cited in a list, one item a line', () => {
  it('reads no annex in the list, after a label alone or before an item’s title and its stop', () => {
    const text = [
      'Article 6.19: Annexes', '', 'The following Annexes form an integral part of this Chapter:', '',
      '(a)', '', 'Annex XI', '', '(Schedules of Specific Commitments);',
      '(b)', '', 'Annex XII', '', '(Lists of MFN-Exemptions); and',
      '(c)', '', 'Annex XIII', '', '(Financial Services).', '',
      'Article 6.20: Review', '', BODY,
    ].join('\n');
    expect(labels(text).filter((l) => !l.startsWith('paragraph'))).toEqual(['article 6.19', 'article 6.20']);
  });

  it('reads no annex in a sentence that names them one a line, parted by commas', () => {
    const text = ['Article 5.12 - Final Provisions On Sectoral Annexes', '1. Sectoral Annexes are attached to this Agreement as', 'Annex 5A', ',', 'Annex 5B', 'and Annex 5C which shall provide the detailed arrangements.', '', 'Article 5.13 - Review', BODY].join('\n');
    expect(labels(text).filter((l) => !l.startsWith('paragraph'))).toEqual(['article 5.12', 'article 5.13']);
  });

  it('still reads an annex whose heading has its reference under it in parentheses', () => {
    expect(labels(`Article 2\n${BODY}\n\nANNEX I\n(referred to in Article 2)\n\nLIST OF CULTURAL GOODS\n\n${BODY}`)).toEqual(['article 2', 'annex I']);
  });
});
