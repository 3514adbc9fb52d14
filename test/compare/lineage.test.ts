import { describe, expect, it } from 'vitest';
import { lineage, type LineageAgreement } from '../../src/compare/lineage.js';
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

describe('lineage', () => {
  it('names for each agreement the earlier one it repeats most clauses from, never a later one', () => {
    const entries = lineage([
      agreement('later', '2010-05-01', [['cultural-exemption', EXCEPTION.replace('except as expressly provided', 'save as this Agreement provides')], ['cultural-cooperation', COOPERATION]]),
      agreement('first', '2001-01-01', [['cultural-exemption', EXCEPTION], ['cultural-cooperation', COOPERATION]]),
      agreement('middle', '2005-03-01', [['cultural-exemption', EXCEPTION], ['policy-space', OTHER]]),
    ]);
    expect(entries.map((e) => [e.documentId, e.template?.documentId, e.template?.shared])).toEqual([
      ['first', undefined, undefined],
      ['middle', 'first', 1],
      ['later', 'first', 2],
    ]);
    expect(entries[2]!.template!.share).toBe(1);
  });

  it('counts a clause only against a clause of the same category, and breaks ties for the most recent', () => {
    const entries = lineage([
      agreement('a', '2001-01-01', [['policy-space', EXCEPTION]]),
      agreement('b', '2003-01-01', [['cultural-exemption', EXCEPTION]]),
      agreement('c', '2004-01-01', [['cultural-exemption', EXCEPTION]]),
      agreement('d', '2009-01-01', [['cultural-exemption', EXCEPTION]]),
    ]);
    expect(entries.find((e) => e.documentId === 'b')?.template).toBeUndefined();
    expect(entries.find((e) => e.documentId === 'd')?.template?.documentId).toBe('c');
  });

  it("lists undated agreements last; either may be the other's template", () => {
    const entries = lineage([agreement('undated', undefined, [['cultural-cooperation', COOPERATION]]), agreement('dated', '2001-01-01', [['cultural-cooperation', COOPERATION]])]);
    expect(entries.map((e) => [e.documentId, e.template?.documentId])).toEqual([
      ['dated', 'undated'],
      ['undated', 'dated'],
    ]);
  });
});
