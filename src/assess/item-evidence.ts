import type { AssessedFinding, AssessedSignal, ChecklistItem } from './types.js';

/** What a checklist item's status rests on, to quote: its findings, then its signals. */
export function itemEvidence(item: Pick<ChecklistItem, 'findings' | 'signals'>): Array<AssessedFinding | AssessedSignal> {
  return [...item.findings, ...item.signals];
}
