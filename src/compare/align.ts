import type { AssessedFinding } from '../assess/types.js';
import type { Category } from '../model.js';
import { wordDiff, type DiffRun } from './word-diff.js';
import { articleWording, clauseWords, wordingSimilarity } from './wording.js';

/** The findings of one agreement and the text their locations point into. */
export interface ClauseSource {
  findings: readonly AssessedFinding[];
  text: string;
}

/**
 * How a clause of one agreement stands in the other:
 * `same` — the same words (numbers, case and punctuation aside), wherever it now sits;
 * `reworded` — the closest clause of the same category shares enough wording to be its version;
 * `left-only` / `right-only` — no clause of that category on the other side reads like it.
 */
export type ClauseOutcome = 'same' | 'reworded' | 'left-only' | 'right-only';

export interface ClauseLink {
  category: Category;
  outcome: ClauseOutcome;
  /** Shared wording, 0 to 1 (Dice coefficient of three-word runs); 0 for a clause on one side only. */
  similarity: number;
  left?: AssessedFinding;
  right?: AssessedFinding;
  /** Word-level changes from left to right, for a reworded clause. */
  diff?: DiffRun[];
}

/** Below this share of wording, two clauses of a category are different clauses, not versions of one. */
export const MIN_VERSION_SIMILARITY = 0.3;

interface Clause {
  finding: AssessedFinding;
  /** The whole article (or preamble) the finding sits in (articleWording). */
  text: string;
  keys: string[];
  shingles: Set<string>;
}

function clausesOf(source: ClauseSource, category: Category): Clause[] {
  return source.findings
    .filter((f) => f.category === category)
    .map((finding) => ({ finding, ...articleWording(source.text, finding.location) }));
}

/**
 * Pairs the clauses of two agreements, category by category: the most alike pair first, then the
 * next among those left, so each clause has at most one counterpart. Links come in the left
 * agreement's order, each clause found only on the right after the left clause it follows.
 */
export function alignClauses(left: ClauseSource, right: ClauseSource, categories: readonly Category[]): ClauseLink[] {
  const links: ClauseLink[] = [];
  for (const category of categories) {
    const l = clausesOf(left, category);
    const r = clausesOf(right, category);
    const pairs: Array<{ i: number; j: number; similarity: number }> = [];
    l.forEach((a, i) =>
      r.forEach((b, j) => {
        const similarity = sameWords(a, b) ? 1 : wordingSimilarity(a.shingles, b.shingles);
        if (similarity >= MIN_VERSION_SIMILARITY) pairs.push({ i, j, similarity });
      }),
    );
    // Ties go to the pair nearest the start of both agreements, so the result does not depend on sort stability.
    pairs.sort((x, y) => y.similarity - x.similarity || x.i + x.j - (y.i + y.j) || x.i - y.i);
    const leftLink = new Map<number, ClauseLink>();
    const rightTaken = new Set<number>();
    for (const { i, j, similarity } of pairs) {
      if (leftLink.has(i) || rightTaken.has(j)) continue;
      rightTaken.add(j);
      const a = l[i]!;
      const b = r[j]!;
      leftLink.set(
        i,
        sameWords(a, b)
          ? { category, outcome: 'same', similarity: 1, left: a.finding, right: b.finding }
          : { category, outcome: 'reworded', similarity, left: a.finding, right: b.finding, diff: wordDiff(clauseWords(a.text), clauseWords(b.text)) },
      );
    }
    const ofCategory = l.map((a, i) => leftLink.get(i) ?? { category, outcome: 'left-only' as const, similarity: 0, left: a.finding });
    r.forEach((b, j) => {
      if (rightTaken.has(j)) return;
      const link: ClauseLink = { category, outcome: 'right-only', similarity: 0, right: b.finding };
      // Where it was added: after the last clause that precedes it in the right agreement, or before
      // the first one that follows it; with nothing on the right to place it by, after the left's clauses.
      const after = ofCategory.findLastIndex((x) => x.right !== undefined && x.right.location.start < b.finding.location.start);
      const firstOnRight = ofCategory.findIndex((x) => x.right !== undefined);
      ofCategory.splice(after >= 0 ? after + 1 : firstOnRight >= 0 ? firstOnRight : ofCategory.length, 0, link);
    });
    links.push(...ofCategory);
  }
  return links;
}

function sameWords(a: Clause, b: Clause): boolean {
  return a.keys.length === b.keys.length && a.keys.every((key, n) => key === b.keys[n]);
}
