import type { AgreementDocument, Finding } from '../model.js';
import { UserError } from '../errors.js';
import { assess } from './index.js';
import { GATE_NAMES, type GateName } from './gate-names.js';
import type { Assessment } from './types.js';

/** What a gate reads: the findings, and the full assessment only if it asks (assessing costs more than scanning). */
export interface GateInput {
  findings: Finding[];
  assessment(): Assessment;
}

/** A condition `scan --fail-on` can check: `fails` is true when the agreement fails it. */
export interface Gate {
  name: GateName;
  description: string;
  fails(input: GateInput): boolean;
}

const has = (input: GateInput, category: string) => input.findings.some((f) => f.category === category);
const verdict = (input: GateInput) => input.assessment().ecommerce.verdict;

export const GATES: readonly Gate[] = [
  { name: 'no-cultural-exemption', description: 'the agreement has no cultural carve-out at all', fails: (g) => !has(g, 'cultural-exemption') },
  {
    name: 'ecommerce-not-covered',
    // Partly covered fails too: the commitments a carve-out misses are exactly what a negotiator must see.
    description: 'the agreement has e-commerce commitments that no broad cultural carve-out reaches (verdict not-covered or partly-covered)',
    fails: (g) => verdict(g) === 'not-covered' || verdict(g) === 'partly-covered',
  },
  { name: 'no-convention-reference', description: 'the agreement never names the 2005 Convention', fails: (g) => !has(g, 'convention-reference') },
  { name: 'no-policy-space', description: 'the agreement never affirms the right to regulate for culture (policy-space findings; carve-outs are gated separately)', fails: (g) => !has(g, 'policy-space') },
  {
    name: 'no-preferential-treatment',
    description: 'Article 16 applies (a developed and a developing Party) and no preferential treatment was found',
    fails: (g) => g.assessment().checklist.find((i) => i.item === 'art-16')?.status === 'absent',
  },
];

export { GATE_NAMES };

/** The gates, among `gates`, that the agreement fails, in the order asked. Unknown names are a user error. */
export function failedGates(doc: AgreementDocument, findings: Finding[], gates: string[]): string[] {
  const unknown = gates.filter((g) => !(GATE_NAMES as readonly string[]).includes(g));
  if (unknown.length > 0) throw new UserError(`unknown gate ${unknown.map((g) => `'${g}'`).join(', ')}; known gates: ${GATE_NAMES.join(', ')}`);
  let assessment: Assessment | undefined;
  const input: GateInput = { findings, assessment: () => (assessment ??= assess(doc, findings)) };
  return gates.filter((name) => GATES.find((g) => g.name === name)!.fails(input));
}
