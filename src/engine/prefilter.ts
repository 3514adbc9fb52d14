import type { RegexNode, TermsNode } from '../rules/types.js';
import { AnchorPlaces, anchorsIn } from './anchor-automaton.js';
import type { AnchorIndex } from './anchors.js';
import type { UnitAnchorFacts } from './context.js';
import type { Unit } from './units.js';

/**
 * What the anchor pass says of a document's units: which anchors occur in each, and which rules are
 * worth trying in each.
 */
export interface UnitAnchors {
  /**
   * One row of `rowWords` 32-bit words per unit, all in one array: bit a set where anchor a occurs in
   * the unit. Bits, not bytes: a document of a few thousand articles times several hundred anchors
   * would otherwise allocate megabytes for flags that are mostly 0.
   */
  found: Int32Array;
  rowWords: number;
  /** Per unit, the rules (indexes into `index.rules`, ascending) with a branch whose every clause is satisfied there. */
  rules: number[][];
  /** Where the anchors of terms (index.placed) begin: unit u's are places[placesOfUnit[u] … placesOfUnit[u + 1] - 1]. */
  places: AnchorPlaces;
  placesOfUnit: Int32Array;
}

/**
 * For each unit, the anchors found in it and the rules to try there: one pass of the anchor automaton
 * over each unit's text. A rule branch counts its clauses as they are first satisfied, so the work per
 * unit follows the anchors found there, not the number of rules. Only the clauses of rule branches are
 * counted here; those of regexes alone are asked of the unit's anchors when the regex is about to run
 * (mayMatch): most of a unit's anchors satisfy regex clauses that no rule tried there ever asks.
 */
export function unitAnchors(index: AnchorIndex, text: string, units: readonly Unit[]): UnitAnchors {
  const { automaton, branches, clauseCount } = index;
  const { start: clauseStart, items: branchClausesOfAnchor } = index.branchClausesOfAnchor;
  const { start: branchStart, items: branchesOfClause } = branches.ofClause;
  const rowWords = ((automaton?.anchors.length ?? 0) + 31) >>> 5;
  const found = new Int32Array(units.length * rowWords);
  const rules: number[][] = new Array<number[]>(units.length);
  const places = new AnchorPlaces(index.placed);
  const placesOfUnit = new Int32Array(units.length + 1);
  if (!automaton) return { found, rowWords, rules: rules.fill(branches.unconditionalRules), places, placesOfUnit };
  // The unit (plus one) in which each anchor was last found: later occurrences there add nothing.
  const seen = new Int32Array(automaton.anchors.length);
  const foundHere = new Int32Array(automaton.anchors.length);
  // The unit (plus one) in which each branch clause was last counted as satisfied.
  const clauseCounted = new Int32Array(clauseCount);
  // Per rule branch, how many of its clauses the unit satisfies, valid where `counted` holds the unit's mark.
  const satisfiedCount = new Int32Array(branches.need.length);
  const counted = new Int32Array(branches.need.length);
  const ruleHit = new Uint8Array(index.rules.length);
  for (let u = 0; u < units.length; u++) {
    const unit = units[u] as Unit;
    const mark = u + 1;
    const row = u * rowWords;
    let hits = 0;
    const count = anchorsIn(automaton, text, unit.start, unit.end, seen, mark, foundHere, places);
    placesOfUnit[u + 1] = places.count;
    for (let f = 0; f < count; f++) {
      const anchor = foundHere[f] as number;
      found[row + (anchor >>> 5)] = (found[row + (anchor >>> 5)] as number) | (1 << (anchor & 31));
      const lastClause = clauseStart[anchor + 1] as number;
      for (let c = clauseStart[anchor] as number; c < lastClause; c++) {
        const clause = branchClausesOfAnchor[c] as number;
        if (clauseCounted[clause] === mark) continue;
        clauseCounted[clause] = mark;
        const lastBranch = branchStart[clause + 1] as number;
        for (let b = branchStart[clause] as number; b < lastBranch; b++) {
          const branch = branchesOfClause[b] as number;
          if (counted[branch] !== mark) {
            counted[branch] = mark;
            satisfiedCount[branch] = 0;
          }
          if (++(satisfiedCount[branch] as number) === branches.need[branch]) {
            const rule = branches.rule[branch] as number;
            if (ruleHit[rule] === 0) hits++;
            ruleHit[rule] = 1;
          }
        }
      }
    }
    if (hits === 0) {
      rules[u] = branches.unconditionalRules;
      continue;
    }
    for (const rule of branches.unconditionalRules) ruleHit[rule] = 1;
    const tried: number[] = [];
    for (let r = 0; r < ruleHit.length; r++) {
      if (ruleHit[r] === 0) continue;
      tried.push(r);
      ruleHit[r] = 0;
    }
    rules[u] = tried;
  }
  return { found, rowWords, rules, places, placesOfUnit };
}

/** What the anchor pass tells of unit `u` (see UnitAnchorFacts): one object a unit, no closures. */
export class AnchoredUnit implements UnitAnchorFacts {
  constructor(
    private readonly index: AnchorIndex,
    private readonly anchors: UnitAnchors,
    private readonly u: number,
  ) {}

  mayMatch(node: RegexNode): boolean {
    return mayMatch(this.index, this.anchors, this.u, node);
  }

  termPlaces(node: TermsNode): TermPlaces | undefined {
    return termPlaces(this.index, this.anchors, this.u, node);
  }
}

/** Where in a unit a phrase of some terms can stand: see termPlaces. */
export interface TermPlaces {
  /** The starts of the words where one of the terms' anchors begins, ascending, each once. */
  starts: Int32Array;
  /** The most words a phrase has before the word of its anchor, and after it (TermAnchors). */
  wordsBefore: number;
  wordsAfter: number;
}

/** Where in unit `u` a phrase of the terms can stand, or undefined when the anchor pass does not place their anchors: see AnchorIndex.termAnchors. */
export function termPlaces(index: AnchorIndex, anchors: UnitAnchors, u: number, node: TermsNode): TermPlaces | undefined {
  const own = index.termAnchors.get(node.id);
  if (own === undefined) return undefined;
  const { places, placesOfUnit } = anchors;
  const first = placesOfUnit[u] as number;
  const last = placesOfUnit[u + 1] as number;
  // Counted first, so that the starts take one array of their size and nothing else: this is asked
  // for every terms pattern tried in a unit.
  let count = 0;
  for (let p = first; p < last; p++) if (own.ids[places.anchors[p] as number] === 1) count++;
  const starts = new Int32Array(count);
  let ascending = true;
  for (let p = first, k = 0; p < last; p++) {
    if (own.ids[places.anchors[p] as number] !== 1) continue;
    const start = places.starts[p] as number;
    if (k > 0 && start < (starts[k - 1] as number)) ascending = false;
    starts[k++] = start;
  }
  // Found in the order the anchors end: one that ends later may begin earlier.
  if (!ascending) starts.sort();
  let distinct = 0;
  for (let k = 0; k < count; k++) if (distinct === 0 || starts[k] !== starts[distinct - 1]) starts[distinct++] = starts[k] as number;
  return { starts: distinct === count ? starts : starts.subarray(0, distinct), wordsBefore: own.wordsBefore, wordsAfter: own.wordsAfter };
}

/**
 * Whether a regex can match in unit `u`: every match of one of its ways contains one literal of each of
 * that way's clauses, so where no way has them all the regex need not run (it is often the slowest part
 * of a rule).
 */
export function mayMatch(index: AnchorIndex, anchors: UnitAnchors, u: number, node: RegexNode): boolean {
  const ways = index.regexClauses[node.id];
  if (ways === undefined) return true;
  const row = u * anchors.rowWords;
  for (const clauses of ways) {
    let all = true;
    for (const clause of clauses) {
      if (!satisfiedIn(index, anchors.found, row, clause)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** Whether one of the clause's anchors is found in the unit whose row of `found` begins at `row`. */
function satisfiedIn(index: AnchorIndex, found: Int32Array, row: number, clause: number): boolean {
  const { start, items } = index.anchorsOfClause;
  const last = start[clause + 1] as number;
  for (let k = start[clause] as number; k < last; k++) {
    const anchor = items[k] as number;
    if (((found[row + (anchor >>> 5)] as number) & (1 << (anchor & 31))) !== 0) return true;
  }
  return false;
}
