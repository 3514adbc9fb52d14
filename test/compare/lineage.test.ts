import { describe, expect, it } from 'vitest';
import { lineage, MIN_TEMPLATE_CLAUSES, MIN_TEMPLATE_SHARE, type LineageAgreement } from '../../src/compare/lineage.js';
import { clauseKeys, shingles } from '../../src/compare/wording.js';
import type { Category } from '../../src/model.js';

const EXCEPTION = 'Nothing in this Agreement shall be construed to apply to measures adopted or maintained by a Party with respect to cultural industries, except as expressly provided.';
const COOPERATION = 'The Parties shall encourage the co-production of films and the exchange of artists, musicians and writers between their cultural institutions.';
const OTHER = 'Each Party keeps its right to take measures that protect and promote the diversity of cultural expressions in its territory.';

function agreement(documentId: string, dateSigned: string | undefined, clauses: Array<[Category, string]>): LineageAgreement {
  return {
    documentId,
    title: `Agreement ${documentId}`,
    ...(dateSigned ? { dateSigned } : {}),
    clauses: clauses.map(([category, text], n) => ({ category, articleNumber: String(n + 1), shingles: shingles(clauseKeys(text)) })),
  };
}

/** A distinct invented cooperation clause, the n-th of a list: no two share a three-word run beyond their frame. */
const WORDS = ['archives', 'museums', 'libraries', 'orchestras', 'theatres', 'publishers', 'festivals', 'broadcasters', 'academies', 'galleries', 'choirs', 'studios'];
const distinct = (n: number) => `The ${WORDS[n]} of each Party shall exchange ${WORDS[(n + 1) % WORDS.length]} staff and ${WORDS[(n + 2) % WORDS.length]} records with the ${WORDS[(n + 3) % WORDS.length]} of the other Party every ${n + 2} years.`;

describe('lineage', () => {
  it('names for each agreement the earlier one it repeats most clauses from, never a later one; one clause in common is not enough', () => {
    const entries = lineage([
      agreement('later', '2010-05-01', [['cultural-exemption', EXCEPTION.replace('except as expressly provided', 'save as this Agreement provides')], ['cultural-cooperation', COOPERATION]]),
      agreement('first', '2001-01-01', [['cultural-exemption', EXCEPTION], ['cultural-cooperation', COOPERATION]]),
      agreement('middle', '2005-03-01', [['cultural-exemption', EXCEPTION], ['policy-space', OTHER]]),
    ]);
    expect(entries.map((e) => [e.documentId, e.template?.documentId, e.template?.shared])).toEqual([
      ['first', undefined, undefined],
      ['middle', undefined, undefined],
      ['later', 'first', 2],
    ]);
    expect(entries[2]!.template!.share).toBe(1);
    // The one clause middle shares with first is a runner-up, not a template.
    expect(entries[1]!.runnersUp.map((c) => [c.documentId, c.shared])).toEqual([['first', 1]]);
    // later also repeats middle's carve-out: a runner-up, behind first.
    expect(entries[2]!.runnersUp.map((c) => [c.documentId, c.shared])).toEqual([['middle', 1]]);
  });

  it('lists the shared clause pairs, article by article', () => {
    const [, later] = lineage([
      agreement('first', '2001-01-01', [['policy-space', OTHER], ['cultural-exemption', EXCEPTION], ['cultural-cooperation', COOPERATION]]),
      agreement('later', '2010-05-01', [['cultural-cooperation', COOPERATION], ['cultural-exemption', EXCEPTION]]),
    ]);
    expect(later!.template!.pairs.map((p) => [p.category, p.articleNumber, p.templateArticleNumber, p.similarity])).toEqual([
      ['cultural-cooperation', '1', '3', 1],
      ['cultural-exemption', '2', '2', 1],
    ]);
  });

  it(`asks a template for at least ${MIN_TEMPLATE_CLAUSES} clauses and ${Math.round(MIN_TEMPLATE_SHARE * 100)}% of the later agreement's cultural clauses`, () => {
    const own = (from: number, count: number): Array<[Category, string]> => Array.from({ length: count }, (_, i) => ['cultural-cooperation', distinct(from + i)]);
    const source = agreement('source', '2001-01-01', own(0, 3));
    // Two of nine clauses repeated: too small a share.
    const thin = agreement('thin', '2005-01-01', [...own(0, 2), ...own(4, 7)]);
    // Three of nine: a third.
    const real = agreement('real', '2006-01-01', [...own(0, 3), ...own(4, 6)]);
    const thinEntry = lineage([source, thin]).find((e) => e.documentId === 'thin')!;
    expect(thinEntry.template).toBeUndefined();
    expect(thinEntry.runnersUp[0]).toMatchObject({ documentId: 'source', shared: 2 });
    expect(lineage([source, real]).find((e) => e.documentId === 'real')!.template).toMatchObject({ documentId: 'source', shared: 3 });
  });

  it('counts a clause only against a clause of the same category, and breaks ties for the most recent', () => {
    const pair = (category: Category, other: Category): Array<[Category, string]> => [[category, EXCEPTION], [other, COOPERATION]];
    const entries = lineage([
      agreement('a', '2001-01-01', pair('policy-space', 'policy-space')),
      agreement('b', '2003-01-01', pair('cultural-exemption', 'cultural-cooperation')),
      agreement('c', '2004-01-01', pair('cultural-exemption', 'cultural-cooperation')),
      agreement('d', '2009-01-01', pair('cultural-exemption', 'cultural-cooperation')),
    ]);
    expect(entries.find((e) => e.documentId === 'b')?.template).toBeUndefined();
    expect(entries.find((e) => e.documentId === 'd')?.template?.documentId).toBe('c');
  });

  it('reports undated agreements as undated, last, and never makes them a template or gives them one', () => {
    const clauses: Array<[Category, string]> = [['cultural-cooperation', COOPERATION], ['cultural-exemption', EXCEPTION]];
    const entries = lineage([agreement('undated-1', undefined, clauses), agreement('dated', '2001-01-01', clauses), agreement('undated-2', undefined, clauses), agreement('later', '2003-01-01', clauses)]);
    expect(entries.map((e) => [e.documentId, e.undated ?? false, e.template?.documentId])).toEqual([
      ['dated', false, undefined],
      ['later', false, 'dated'],
      ['undated-1', true, undefined],
      ['undated-2', true, undefined],
    ]);
    expect(entries.flatMap((e) => e.runnersUp.map((c) => c.documentId))).not.toContain('undated-1');
  });

  it("places an agreement whose text states no date by its file name's year: a template only of a later year, given one only of an earlier year", () => {
    const clauses: Array<[Category, string]> = [['cultural-cooperation', COOPERATION], ['cultural-exemption', EXCEPTION]];
    const named = (documentId: string, yearFromFileName: number): LineageAgreement => ({ ...agreement(documentId, undefined, clauses), yearFromFileName });
    const entries = lineage([named('named-2008', 2008), agreement('dated-2008', '2008-06-01', clauses), agreement('dated-2003', '2003-01-01', clauses), named('named-2012', 2012), agreement('dated-2015', '2015-02-01', clauses)]);
    expect(entries.map((e) => [e.documentId, e.undated ?? false, e.yearFromFileName, e.template?.documentId])).toEqual([
      ['dated-2003', false, undefined, undefined],
      // Within 2008 which came first is unknown: each takes the agreement of 2003, not the other.
      ['named-2008', false, 2008, 'dated-2003'],
      ['dated-2008', false, undefined, 'dated-2003'],
      ['named-2012', false, 2012, 'dated-2008'],
      ['dated-2015', false, undefined, 'named-2012'],
    ]);
    expect(entries[1]!.runnersUp.map((c) => c.documentId)).not.toContain('dated-2008');
    expect(entries[4]!.template).toMatchObject({ documentId: 'named-2012', yearFromFileName: 2012 });
    expect(entries[4]!.template!.dateSigned).toBeUndefined();
  });
});
