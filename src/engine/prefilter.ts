import type { AnchorIndex, RegexNode } from '../rules/types.js';
import type { Unit } from './units.js';

/**
 * For each unit, the anchor clauses (of rules and of single regexes) satisfied in it, from one pass of
 * the combined anchor regex over the folded document (nlp foldText).
 */
export function satisfiedClauses(index: AnchorIndex, folded: string, units: readonly Unit[]): Set<number>[] {
  const hits = units.map(() => new Set<number>());
  const regex = index.scan;
  if (regex && units.length > 0) {
    regex.lastIndex = 0;
    let at = 0; // hits come in text order, and so do the units: walk them along instead of searching
    for (let m = regex.exec(folded); m; m = regex.exec(folded)) {
      while (at < units.length && (units[at] as Unit).end <= m.index) at++;
      if (at < units.length && (units[at] as Unit).start <= m.index) {
        for (const clause of index.clausesByAnchor.get(m[0]) ?? []) (hits[at] as Set<number>).add(clause);
      }
      regex.lastIndex = m.index + 1; // overlapping anchors each get their chance
    }
  }
  return hits;
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
