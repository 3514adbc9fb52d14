import type { RegexNode } from '../rules/types.js';
import { anchorsIn } from './anchor-automaton.js';
import type { AnchorIndex } from './anchors.js';
import type { Unit } from './units.js';

/**
 * For each unit, the anchor clauses (of rules and of single regexes) satisfied in it: one pass of the
 * anchor automaton over each unit's text, each anchor's clauses taken once per unit.
 */
export function satisfiedClauses(index: AnchorIndex, text: string, units: readonly Unit[]): Set<number>[] {
  const automaton = index.automaton;
  if (!automaton) return units.map(() => new Set<number>());
  // The unit (plus one) in which each anchor was last found: later occurrences there add nothing.
  const seen = new Int32Array(automaton.anchors.length);
  return units.map((unit, u) => {
    const satisfied = new Set<number>();
    for (const anchor of anchorsIn(automaton, text, unit.start, unit.end, seen, u + 1)) {
      for (const clause of index.clausesOfAnchor[anchor] as number[]) satisfied.add(clause);
    }
    return satisfied;
  });
}

/** For each unit, the rules (indexes into `index.rules`) whose every clause is satisfied there: only these are tried. */
export function rulesOf(index: AnchorIndex, hits: readonly Set<number>[]): number[][] {
  return hits.map((satisfied) => {
    const rules: number[] = [];
    index.ruleClauses.forEach((clauses, r) => {
      if (clauses.every((clause) => satisfied.has(clause))) rules.push(r);
    });
    return rules;
  });
}

/**
 * Whether a regex can match in a unit whose satisfied clauses are `satisfied`: every match contains one
 * literal of each of its clauses, so where a clause has none the regex need not run (it is often the
 * slowest part of a rule).
 */
export function mayMatch(index: AnchorIndex, satisfied: ReadonlySet<number>, node: RegexNode): boolean {
  const clauses = index.regexClauses?.get(node.id);
  return clauses === undefined || clauses.every((clause) => satisfied.has(clause));
}
