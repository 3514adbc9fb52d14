import { foldText } from '../nlp/index.js';
import type { AnchorIndex } from '../rules/types.js';
import type { Unit } from './units.js';

/**
 * For each unit, the rules (indexes into `index.rules`) whose every anchor clause is satisfied in
 * it, from one pass of the combined anchor regex over the folded document. Only these rules are tried there.
 */
export function candidateRules(index: AnchorIndex, text: string, units: readonly Unit[]): number[][] {
  const hits = units.map(() => new Set<number>());
  const regex = index.scan;
  if (regex && units.length > 0) {
    const folded = foldText(text);
    regex.lastIndex = 0;
    for (let m = regex.exec(folded); m; m = regex.exec(folded)) {
      const at = unitAt(units, m.index);
      if (at >= 0) for (const clause of index.clausesByAnchor.get(m[0]) ?? []) (hits[at] as Set<number>).add(clause);
      regex.lastIndex = m.index + 1; // overlapping anchors each get their chance
    }
  }
  return hits.map((satisfied) => {
    const rules: number[] = [];
    index.ruleClauses.forEach((clauses, r) => {
      if (clauses.every((clause) => satisfied.has(clause))) rules.push(r);
    });
    return rules;
  });
}

/** The unit holding an offset, or -1 (binary search; units are sorted and disjoint). */
export function unitAt(units: readonly Unit[], offset: number): number {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const unit = units[mid] as Unit;
    if (offset < unit.start) hi = mid - 1;
    else if (offset >= unit.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
