import type { AssessedFinding, AssessedSignal, ChecklistItem } from './types.js';

/** What a checklist item's status rests on, to quote, in order. */
export function itemEvidence(item: Pick<ChecklistItem, 'restsOn'>): Array<AssessedFinding | AssessedSignal> {
  return item.restsOn;
}
