import type { RegexNode } from '../rules/types.js';
import { anchorsIn } from './anchor-automaton.js';
import type { AnchorIndex } from './anchors.js';
import type { Unit } from './units.js';

/** The clauses satisfied in one unit: 1 at a clause's id when it is. */
export type Satisfied = Uint8Array;

/**
 * For each unit, the anchor clauses (of rules and of single regexes) satisfied in it: one pass of the
 * anchor automaton over each unit's text, each anchor's clauses taken once per unit.
 */
export function satisfiedClauses(index: AnchorIndex, text: string, units: readonly Unit[]): Satisfied[] {
  const automaton = index.automaton;
  if (!automaton) return units.map(() => new Uint8Array(index.clauseCount));
  // The unit (plus one) in which each anchor was last found: later occurrences there add nothing.
  const seen = new Int32Array(automaton.anchors.length);
  return units.map((unit, u) => {
    const satisfied = new Uint8Array(index.clauseCount);
    for (const anchor of anchorsIn(automaton, text, unit.start, unit.end, seen, u + 1)) {
      for (const clause of index.clausesOfAnchor[anchor] as number[]) satisfied[clause] = 1;
    }
    return satisfied;
  });
}

/** For each unit, the rules (indexes into `index.rules`) with a branch whose every clause is satisfied there: only these are tried. */
export function rulesOf(index: AnchorIndex, hits: readonly Satisfied[]): number[][] {
  const { ruleBranches } = index;
  return hits.map((satisfied) => {
    const rules: number[] = [];
    for (let r = 0; r < ruleBranches.length; r++) {
      for (const clauses of ruleBranches[r] as number[][]) {
        if (allSatisfied(clauses, satisfied)) {
          rules.push(r);
          break;
        }
      }
    }
    return rules;
  });
}

function allSatisfied(clauses: readonly number[], satisfied: Satisfied): boolean {
  for (const clause of clauses) if (satisfied[clause] !== 1) return false;
  return true;
}

/**
 * Whether a regex can match in a unit whose satisfied clauses are `satisfied`: every match contains one
 * literal of each of its clauses, so where a clause has none the regex need not run (it is often the
 * slowest part of a rule).
 */
export function mayMatch(index: AnchorIndex, satisfied: Satisfied, node: RegexNode): boolean {
  const clauses = index.regexClauses?.get(node.id);
  return clauses === undefined || allSatisfied(clauses, satisfied);
}
