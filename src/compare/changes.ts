import type { Comparison } from './index.js';

/** What `compare --fail-on` can check between two drafts; each fails when the drafts differ on it. */
export const COMPARE_GATES = ['verdict-changed', 'status-changed'] as const;
export type CompareGate = (typeof COMPARE_GATES)[number];

/** The gates, among those asked, that the comparison fails, in the order asked. */
export function failedCompareGates(c: Comparison, gates: readonly CompareGate[]): CompareGate[] {
  const fails: Record<CompareGate, () => boolean> = {
    'verdict-changed': () => c.ecommerce.left !== c.ecommerce.right,
    'status-changed': () => c.checklist.some((row) => row.left !== row.right),
  };
  return gates.filter((gate) => fails[gate]());
}

/**
 * The comparison cut to what changed: checklist items whose status differs, and clauses reworded or
 * on one side only. A clause with the same words stays out even when it moved: its wording, which is
 * what binds, did not change. What was left out is counted, so that a report can say so.
 */
export function changesOnly(c: Comparison): Comparison {
  const checklist = c.checklist.filter((row) => row.left !== row.right);
  const clauses = c.clauses.filter((link) => link.outcome !== 'same');
  return { ...c, checklist, clauses, omitted: { items: c.checklist.length - checklist.length, clauses: c.clauses.length - clauses.length } };
}
