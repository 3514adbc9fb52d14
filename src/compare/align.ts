import type { AssessedFinding } from '../assess/types.js';
import type { Category } from '../model.js';
import { prefixLength } from '../prefix-length.js';
import { wordDiff, type DiffRun } from './word-diff.js';
import { clauseKeys, clauseWords, shingles, wordingSimilarity } from './wording.js';

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
  /** Its word keys joined by spaces: two clauses have the same words when these are equal. */
  words: string;
  keys: string[];
}

function clausesOf(source: ClauseSource, category: Category): Clause[] {
  return source.findings
    .filter((f) => f.category === category)
    .map((finding) => {
      const text = source.text.slice(finding.location.start, finding.location.end);
      const keys = clauseKeys(text);
      return { finding, text, keys, words: keys.join(' ') };
    });
}

interface Pair {
  i: number;
  j: number;
  similarity: number;
}

/**
 * Pairs the clauses of two agreements, category by category: clauses with the same words first, in
 * the order they come on each side; then, among those left, the most alike pair first, then the next,
 * so each clause has at most one counterpart. Links come in the left agreement's order, each clause
 * found only on the right after the left clause it follows. Near-linear in the clauses: the same words
 * are found by their text, and only clauses that share a rare run of three words are weighed against
 * each other (versionPairs), never each clause against each.
 */
export function alignClauses(left: ClauseSource, right: ClauseSource, categories: readonly Category[]): ClauseLink[] {
  const links: ClauseLink[] = [];
  for (const category of categories) {
    const l = clausesOf(left, category);
    const r = clausesOf(right, category);
    const leftLink = new Map<number, ClauseLink>();
    const rightTaken = new Set<number>();
    const link = ({ i, j, similarity }: Pair) => {
      rightTaken.add(j);
      const a = l[i]!;
      const b = r[j]!;
      leftLink.set(
        i,
        a.words === b.words
          ? { category, outcome: 'same', similarity: 1, left: a.finding, right: b.finding }
          : { category, outcome: 'reworded', similarity, left: a.finding, right: b.finding, diff: wordDiff(clauseWords(a.text), clauseWords(b.text)) },
      );
    };
    for (const pair of sameWordPairs(l, r)) link(pair);
    const pairs = versionPairs(
      l.flatMap((_, i) => (leftLink.has(i) ? [] : [i])),
      r.flatMap((_, j) => (rightTaken.has(j) ? [] : [j])),
      l,
      r,
    );
    // Ties go to the pair nearest the start of both agreements, so the result does not depend on sort stability.
    pairs.sort((x, y) => y.similarity - x.similarity || x.i + x.j - (y.i + y.j) || x.i - y.i);
    for (const pair of pairs) if (!leftLink.has(pair.i) && !rightTaken.has(pair.j)) link(pair);
    const ofCategory = l.map((a, i) => leftLink.get(i) ?? { category, outcome: 'left-only' as const, similarity: 0, left: a.finding });
    links.push(...withRightOnly(ofCategory, r.flatMap((b, j) => (rightTaken.has(j) ? [] : [b.finding])), category));
  }
  return links;
}

/**
 * Clauses with the same words on both sides, paired in the order they come on each side: the first
 * such clause on the left with the first on the right, and so on (what weighing every pair by likeness,
 * nearest the start first, comes to).
 */
function sameWordPairs(l: readonly Clause[], r: readonly Clause[]): Pair[] {
  const rightByWords = new Map<string, number[]>();
  r.forEach((b, j) => {
    const list = rightByWords.get(b.words);
    if (list) list.push(j);
    else rightByWords.set(b.words, [j]);
  });
  const used = new Map<string, number>();
  const pairs: Pair[] = [];
  l.forEach((a, i) => {
    const candidates = rightByWords.get(a.words);
    const n = used.get(a.words) ?? 0;
    if (!candidates || n >= candidates.length) return;
    used.set(a.words, n + 1);
    pairs.push({ i, j: candidates[n]!, similarity: 1 });
  });
  return pairs;
}

/**
 * A run of three words found in more clauses than this on the right (of one category) proposes no
 * pair: it is boilerplate, not a sign of one clause's versions, and following it from every clause
 * would weigh each clause against each. No agreement comes near it (the longest has fewer than a
 * thousand articles, few of them of one category).
 */
const MAX_SHARED_BY = 1000;

/**
 * Every pair of the open clauses (left `is`, right `js`) alike enough to be versions of one clause
 * (similarity ≥ MIN_VERSION_SIMILARITY), found without weighing each against each. Two clauses that
 * alike share a good part of their runs of three words; ordered from the rarest run to the commonest,
 * each clause's first runs (its prefix) must then hold one the other's prefix holds too, so a clause is
 * weighed only against those that share a run of its prefix. The prefix is as long as that guarantee
 * needs, so no alike pair is missed.
 */
function versionPairs(is: readonly number[], js: readonly number[], l: readonly Clause[], r: readonly Clause[]): Pair[] {
  if (is.length === 0 || js.length === 0) return [];
  const leftRuns = new Map(is.map((i) => [i, shingles(l[i]!.keys)]));
  const rightRuns = new Map(js.map((j) => [j, shingles(r[j]!.keys)]));
  const clausesWith = new Map<string, number>();
  for (const runs of [...leftRuns.values(), ...rightRuns.values()]) for (const run of runs) clausesWith.set(run, (clausesWith.get(run) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => clausesWith.get(a)! - clausesWith.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const prefixOf = (runs: ReadonlySet<string>) => [...runs].sort(rarestFirst).slice(0, runsToIndex(runs.size));
  const rightByRun = new Map<string, number[]>();
  for (const [j, runs] of rightRuns) {
    for (const run of prefixOf(runs)) {
      const list = rightByRun.get(run);
      if (list) list.push(j);
      else rightByRun.set(run, [j]);
    }
  }
  const pairs: Pair[] = [];
  for (const [i, runs] of leftRuns) {
    const weighed = new Set<number>();
    for (const run of prefixOf(runs)) {
      const candidates = rightByRun.get(run);
      if (!candidates || candidates.length > MAX_SHARED_BY) continue;
      for (const j of candidates) {
        if (weighed.has(j)) continue;
        weighed.add(j);
        const other = rightRuns.get(j)!;
        if (!sizesAllow(runs.size, other.size)) continue;
        const similarity = wordingSimilarity(runs, other);
        if (similarity >= MIN_VERSION_SIMILARITY) pairs.push({ i, j, similarity });
      }
    }
  }
  return pairs;
}

/**
 * Two sets of runs of sizes a and b with a Dice similarity of at least t share at least
 * t·a / (2 − t) runs (as b ≥ t·a / (2 − t)): if they share that many, their prefixes of
 * a − that + 1 rarest runs (and likewise for b) have one in common.
 */
function runsToIndex(size: number): number {
  const t = MIN_VERSION_SIMILARITY;
  const shared = Math.max(1, Math.floor((t * size) / (2 - t)));
  return Math.max(1, size - shared + 1);
}

/** Whether sets of these sizes can reach MIN_VERSION_SIMILARITY at all (the smaller is at least t / (2 − t) of the larger). */
function sizesAllow(a: number, b: number): boolean {
  const t = MIN_VERSION_SIMILARITY;
  return Math.min(a, b) >= (t / (2 - t)) * Math.max(a, b) - 1e-9;
}

/**
 * The links of a category with its right-only clauses placed: each after the last link (in the list's
 * order) whose right clause comes before it in the right agreement, else before the first link with a
 * right clause, else at the end. Right-only clauses come in the right agreement's order.
 */
function withRightOnly(ofCategory: readonly ClauseLink[], rightOnly: readonly AssessedFinding[], category: Category): ClauseLink[] {
  if (rightOnly.length === 0) return [...ofCategory];
  // For the links with a right clause, by where that clause starts: the last place in the list among those starting before a point.
  const withRight = ofCategory.flatMap((link, place) => (link.right ? [{ start: link.right.location.start, place }] : [])).sort((a, b) => a.start - b.start);
  const lastPlace: number[] = [];
  withRight.forEach(({ place }, n) => lastPlace.push(Math.max(place, n > 0 ? lastPlace[n - 1]! : -1)));
  const firstWithRight = ofCategory.findIndex((link) => link.right !== undefined);
  const after = new Map<number, ClauseLink[]>();
  for (const finding of rightOnly) {
    const before = prefixLength(withRight, (w) => w.start < finding.location.start);
    // Before the first link with a right clause (its place less one), or at the end when there is none.
    const place = before > 0 ? lastPlace[before - 1]! : firstWithRight >= 0 ? firstWithRight - 1 : ofCategory.length - 1;
    const list = after.get(place) ?? [];
    list.push({ category, outcome: 'right-only', similarity: 0, right: finding });
    after.set(place, list);
  }
  const out: ClauseLink[] = [...(after.get(-1) ?? [])];
  ofCategory.forEach((link, place) => out.push(link, ...(after.get(place) ?? [])));
  return out;
}
