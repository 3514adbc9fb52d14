import { describe, expect, it } from 'vitest';
import { alignClauses } from '../../src/compare/align.js';
import type { AssessedFinding } from '../../src/assess/types.js';

/** A finding on one article of a text made of the given articles, one per line. */
function source(articles: Array<[category: AssessedFinding['category'], text: string]>) {
  let text = '';
  const findings = articles.map(([category, body], n) => {
    const start = text.length;
    text += `${body}\n`;
    return {
      fingerprint: `f${n}`,
      ruleIds: ['r'],
      category,
      severity: 'info',
      location: { articleNumber: String(n + 1), path: [`Article ${n + 1}`], start, end: start + body.length },
      excerpt: body,
      evidence: [],
      references: [],
      tags: [],
      legalForce: 'binding',
      forceSentence: body,
    } satisfies AssessedFinding;
  });
  return { findings, text };
}

const EXCEPTION = 'Nothing in this Agreement applies to measures that a Party adopts with respect to cultural industries.';
const NARROWED = 'Nothing in this Agreement applies to measures that a Party adopts with respect to cultural industries, except those listed in Annex 3.';
const COOPERATION = 'The Parties shall encourage exchanges of artists and the co-production of films and television programmes.';
const HERITAGE = 'The Parties shall cooperate in the conservation and restoration of monuments and historic sites.';

describe('alignClauses', () => {
  it('pairs each clause with the most alike one of its category, once, and keeps the others on their side', () => {
    const left = source([['cultural-exemption', EXCEPTION], ['cultural-cooperation', COOPERATION]]);
    const right = source([['cultural-cooperation', HERITAGE], ['cultural-cooperation', COOPERATION], ['cultural-exemption', NARROWED]]);
    const links = alignClauses(left, right, ['cultural-exemption', 'cultural-cooperation']);
    expect(links.map((l) => [l.category, l.outcome, l.left?.location.articleNumber, l.right?.location.articleNumber])).toEqual([
      ['cultural-exemption', 'reworded', '1', '3'],
      // The heritage clause comes first in the right agreement, so it is listed before the pair that follows it.
      ['cultural-cooperation', 'right-only', undefined, '1'],
      ['cultural-cooperation', 'same', '2', '2'],
    ]);
    expect(links[0]!.similarity).toBeGreaterThan(0.7);
    expect(links[0]!.diff?.filter((r) => r.op === 'added').map((r) => r.text)).toEqual(['except those listed in Annex 3.']);
  });

  it('does not pair clauses of different categories, nor clauses too unlike to be versions of one', () => {
    const left = source([['cultural-exemption', EXCEPTION]]);
    const right = source([['policy-space', EXCEPTION], ['cultural-exemption', 'Audiovisual services are excluded from the scope of this Chapter.']]);
    const links = alignClauses(left, right, ['cultural-exemption', 'policy-space']);
    expect(links.map((l) => [l.category, l.outcome])).toEqual([
      ['cultural-exemption', 'left-only'],
      ['cultural-exemption', 'right-only'],
      ['policy-space', 'right-only'],
    ]);
  });
});
