import type { RegexNode } from '../rules/types.js';
import { anchorsIn } from './anchor-automaton.js';
import type { AnchorIndex } from './anchors.js';
import type { Unit } from './units.js';

/**
 * What the anchor pass says of a document's units: which anchor clauses each satisfies, and which rules
 * are worth trying in each.
 */
export interface UnitAnchors {
  /** One row of `clauseCount` flags per unit, all in one array: 1 where the unit satisfies the clause. */
  satisfied: Uint8Array;
  clauseCount: number;
  /** Per unit, the rules (indexes into `index.rules`, ascending) with a branch whose every clause is satisfied there. */
  rules: number[][];
}

/**
 * For each unit, the anchor clauses (of rules and of single regexes) satisfied in it and the rules to
 * try there: one pass of the anchor automaton over each unit's text, each anchor's clauses taken once
 * per unit. A rule branch counts its clauses as they are first satisfied, so the work per unit follows
 * the anchors found there, not the number of rules.
 */
export function unitAnchors(index: AnchorIndex, text: string, units: readonly Unit[]): UnitAnchors {
  const { automaton, branches, clauseCount } = index;
  // One allocation for the document: a typed array per unit cost more than the pass's own work.
  const satisfied = new Uint8Array(units.length * clauseCount);
  if (!automaton) return { satisfied, clauseCount, rules: units.map(() => branches.unconditionalRules) };
  // The unit (plus one) in which each anchor was last found: later occurrences there add nothing.
  const seen = new Int32Array(automaton.anchors.length);
  // Per rule branch, how many of its clauses the unit satisfies, valid where `counted` holds the unit's mark.
  const satisfiedCount = new Int32Array(branches.need.length);
  const counted = new Int32Array(branches.need.length);
  const ruleHit = new Uint8Array(index.rules.length);
  const rules = units.map((unit, u) => {
    const mark = u + 1;
    const row = u * clauseCount;
    let hits = 0;
    for (const anchor of anchorsIn(automaton, text, unit.start, unit.end, seen, mark)) {
      for (const clause of index.clausesOfAnchor[anchor] as number[]) {
        if (satisfied[row + clause] === 1) continue;
        satisfied[row + clause] = 1;
        for (const branch of branches.ofClause[clause] as number[]) {
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
    if (hits === 0) return branches.unconditionalRules;
    for (const rule of branches.unconditionalRules) ruleHit[rule] = 1;
    const tried: number[] = [];
    for (let r = 0; r < ruleHit.length; r++) {
      if (ruleHit[r] === 0) continue;
      tried.push(r);
      ruleHit[r] = 0;
    }
    return tried;
  });
  return { satisfied, clauseCount, rules };
}

/**
 * Whether a regex can match in unit `u`: every match of one of its ways contains one literal of each of
 * that way's clauses, so where no way has them all the regex need not run (it is often the slowest part
 * of a rule).
 */
export function mayMatch(index: AnchorIndex, anchors: UnitAnchors, u: number, node: RegexNode): boolean {
  const ways = index.regexClauses?.get(node.id);
  if (ways === undefined) return true;
  const row = u * anchors.clauseCount;
  for (const clauses of ways) if (clauses.every((clause) => anchors.satisfied[row + clause] === 1)) return true;
  return false;
}
