import type { AgreementDocument, Finding } from '../model.js';
import { carveOutsOf } from './carve-outs.js';
import { CHECKS, RULES } from './checklist-rules.js';
import { partiesOf } from '../parties/index.js';
import { disputeExclusions, exclusionAt } from './dispute.js';
import { ecommerceVerdict } from './ecommerce.js';
import { decisiveSentence, evidenceSentences, type ForcedSentence } from './finding-sentences.js';
import { missingParts } from './missing-parts.js';
import { loadReferences } from './references.js';
import { CHECKLIST_ITEMS, type AssessedFinding, type Assessment, type ChecklistItem } from './types.js';

export type { Assessment, AssessedFinding, ChecklistItem, EcommerceAssessment, EvidenceStep, Status, Verdict } from './types.js';
export { CHECKLIST_ITEMS, STATUSES, VERDICTS } from './types.js';
export { legalForceOf } from './legal-force.js';

/** Checklist item id → the id of the provision it checks in rules/references.yaml. */
const REFERENCE_OF = (item: string) => (item.startsWith('art-') ? `convention-${item}` : item);

/**
 * Assesses one agreement: decides each finding's legal force and dispute-settlement status, resolves
 * the reach of every cultural carve-out, gives the e-commerce verdict and fills the checklist.
 * Pure: the same document and findings always give the same assessment.
 */
export function assess(doc: AgreementDocument, findings: Finding[]): Assessment {
  const memo = new Map<Finding, ForcedSentence[]>();
  const sentencesOf = (f: Finding) => memo.get(f) ?? memo.set(f, evidenceSentences(doc, f)).get(f)!;
  const exclusions = disputeExclusions(doc, findings);
  const assessed: AssessedFinding[] = findings.map((f) => {
    const decisive = decisiveSentence(f, sentencesOf(f));
    const excluded = exclusionAt(exclusions, f.location.start);
    return {
      ...f,
      legalForce: decisive?.force ?? 'binding',
      forceSentence: decisive?.text ?? '',
      ...(excluded ? { disputeSettlementExcluded: { by: excluded.sentence, articleNumber: excluded.articleNumber } } : {}),
    };
  });
  const carveOuts = carveOutsOf(doc, findings, sentencesOf);
  const ecommerce = ecommerceVerdict(doc, findings, carveOuts);
  const references = loadReferences();
  const parties = partiesOf(doc);
  const ctx = { doc, findings: assessed, mix: parties.mix, parties, ecommerce };
  const missing = missingParts(doc);
  const checklist: ChecklistItem[] = CHECKLIST_ITEMS.map((item) => {
    const result = RULES[item](ctx);
    const reference = references.get(REFERENCE_OF(item));
    if (!reference) throw new Error(`rules/references.yaml has no entry for ${REFERENCE_OF(item)}`);
    const shielded = result.findings.filter((f) => f.disputeSettlementExcluded);
    const ds = shielded.length > 0 ? ` Dispute settlement does not apply to ${shielded.length} of these finding(s) (${[...new Set(shielded.map((f) => `Art. ${f.location.articleNumber}`))].join(', ')}), so they cannot be enforced through it.` : '';
    return { item, title: reference.title, status: result.status, oneLine: result.oneLine, explanation: `${CHECKS[item]} ${result.found}${ds}`, reference, findings: result.findings, missingParts: missing.filter((p) => p.items.includes(item)).map((p) => p.name) };
  });
  return { documentId: doc.id, parties, missingParts: missing, checklist, ecommerce, findings: assessed };
}
