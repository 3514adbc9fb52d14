import type { RegexNode } from '../rules/types.js';
import { anchorsIn } from './anchor-automaton.js';
import type { AnchorIndex } from './anchors.js';
import type { Unit } from './units.js';

/** The clauses satisfied in one unit: 1 at a clause's id when it is. */
export type Satisfied = Uint8Array;

/** What the anchor pass says of one unit: its satisfied clauses, and the rules worth trying there. */
export interface UnitAnchors {
  satisfied: Satisfied;
  /** The rules (indexes into `index.rules`, ascending) with a branch whose every clause is satisfied in the unit. */
  rules: number[];
}

/**
 * For each unit, the anchor clauses (of rules and of single regexes) satisfied in it and the rules to
 * try there: one pass of the anchor automaton over each unit's text, each anchor's clauses taken once
 * per unit. A rule branch counts its clauses as they are first satisfied, so the work per unit follows
 * the anchors found there, not the number of rules.
 */
export function unitAnchors(index: AnchorIndex, text: string, units: readonly Unit[]): UnitAnchors[] {
  const { automaton, branches } = index;
  if (!automaton) return units.map(() => ({ satisfied: new Uint8Array(index.clauseCount), rules: branches.unconditionalRules }));
  // The unit (plus one) in which each anchor was last found: later occurrences there add nothing.
  const seen = new Int32Array(automaton.anchors.length);
  // Per rule branch, how many of its clauses the unit satisfies, valid where `counted` holds the unit's mark.
  const satisfiedCount = new Int32Array(branches.need.length);
  const counted = new Int32Array(branches.need.length);
  const ruleHit = new Uint8Array(index.rules.length);
  return units.map((unit, u) => {
    const mark = u + 1;
    const satisfied = new Uint8Array(index.clauseCount);
    let hits = 0;
    for (const anchor of anchorsIn(automaton, text, unit.start, unit.end, seen, mark)) {
      for (const clause of index.clausesOfAnchor[anchor] as number[]) {
        if (satisfied[clause] === 1) continue;
        satisfied[clause] = 1;
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
    if (hits === 0) return { satisfied, rules: branches.unconditionalRules };
    for (const rule of branches.unconditionalRules) ruleHit[rule] = 1;
    const rules: number[] = [];
    for (let r = 0; r < ruleHit.length; r++) {
      if (ruleHit[r] === 0) continue;
      rules.push(r);
      ruleHit[r] = 0;
    }
    return { satisfied, rules };
  });
}

/**
 * Whether a regex can match in a unit whose satisfied clauses are `satisfied`: every match of one of its
 * ways contains one literal of each of that way's clauses, so where no way has them all the regex need
 * not run (it is often the slowest part of a rule).
 */
export function mayMatch(index: AnchorIndex, satisfied: Satisfied, node: RegexNode): boolean {
  const ways = index.regexClauses?.get(node.id);
  return ways === undefined || ways.some((clauses) => allSatisfied(clauses, satisfied));
}

function allSatisfied(clauses: readonly number[], satisfied: Satisfied): boolean {
  for (const clause of clauses) if (satisfied[clause] !== 1) return false;
  return true;
}
