import type { AgreementDocument, Category, Detections, Finding } from '../model.js';
import { UserError } from '../errors.js';
import { assess } from './index.js';
import { GATE_NAMES, type GateName } from './gate-names.js';
import type { Assessment, ChecklistItemId, Status } from './types.js';

/** What a gate reads: the findings, and the full assessment only if it asks (assessing costs more than scanning). */
export interface GateInput {
  findings: Finding[];
  assessment(): Assessment;
}

/**
 * What a gate reads in the brief (`report`), so that a gate and the brief never disagree on the same
 * agreement: a checklist item failing in some statuses, or the absence of a finding category among the
 * brief's findings (after a review's dismissals, as the brief counts them).
 */
export type GateItem = { checklist: ChecklistItemId; failsWhen: readonly Status[] } | { noFindingOf: Category };

/** A condition `scan --fail-on` can check: `fails` is true when the agreement fails it. */
export interface Gate {
  name: GateName;
  description: string;
  item: GateItem;
}

export const GATES: readonly Gate[] = [
  { name: 'no-cultural-exemption', description: 'the agreement has no cultural carve-out at all', item: { noFindingOf: 'cultural-exemption' } },
  {
    name: 'ecommerce-not-covered',
    // Partly covered fails too: the commitments a carve-out misses are exactly what a negotiator must see.
    description: 'the agreement has e-commerce commitments that no broad cultural carve-out reaches (verdict not-covered or partly-covered: guidelines para. 19.4 absent or partial)',
    item: { checklist: 'og-19.4', failsWhen: ['absent', 'partial'] },
  },
  // Para. 19.1 can be met without the Convention (an interface with an existing cultural instrument), so the gate reads the findings.
  { name: 'no-convention-reference', description: 'the agreement never names the 2005 Convention (no convention-reference finding)', item: { noFindingOf: 'convention-reference' } },
  { name: 'no-policy-space', description: 'the agreement never affirms the right to regulate for culture (policy-space findings; carve-outs are gated separately)', item: { noFindingOf: 'policy-space' } },
  {
    name: 'no-preferential-treatment',
    description: 'Article 16 applies (a developed and a developing Party) and no preferential treatment was found (Art. 16 absent)',
    item: { checklist: 'art-16', failsWhen: ['absent'] },
  },
];

/** Whether an agreement fails a gate; the assessment is asked for only by the gates that read it (assessing costs more than scanning). */
function gateFails(gate: Gate, input: GateInput): boolean {
  const { item } = gate;
  if ('noFindingOf' in item) return !input.findings.some((f) => f.category === item.noFindingOf);
  const status = input.assessment().checklist.find((c) => c.item === item.checklist)?.status;
  return status !== undefined && item.failsWhen.includes(status);
}

export { GATE_NAMES };

/** The gates, among `gates`, that the agreement fails, in the order asked. Unknown names are a user error. */
export function failedGates(doc: AgreementDocument, detections: Detections, gates: string[]): string[] {
  const unknown = gates.filter((g) => !(GATE_NAMES as readonly string[]).includes(g));
  if (unknown.length > 0) throw new UserError(`unknown gate ${unknown.map((g) => `'${g}'`).join(', ')}; known gates: ${GATE_NAMES.join(', ')}`);
  let assessment: Assessment | undefined;
  const input: GateInput = { findings: detections.findings, assessment: () => (assessment ??= assess(doc, detections)) };
  return gates.filter((name) => gateFails(GATES.find((g) => g.name === name)!, input));
}
