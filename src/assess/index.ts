import type { AgreementDocument, Detections, FindingOrSignal } from '../model.js';
import { carveOutExcerpt } from './carve-out-excerpt.js';
import { carveOutsOf } from './carve-outs.js';
import { CHECKS, RULES } from './checklist-rules.js';
import { partiesOf } from '../parties/index.js';
import { disputeExclusions, exclusionAt } from './dispute.js';
import { ecommerceVerdict } from './ecommerce.js';
import { decisiveSentence, evidenceSentences, isCarveOut, type ForcedSentence } from './finding-sentences.js';
import { missingParts } from './missing-parts.js';
import { unreadParts } from './unread-parts.js';
import { itemWhereUnread, verdictWhereUnread } from './unread-statuses.js';
import { where } from './places.js';
import { loadReferences } from './references.js';
import { inTextOrder } from './text-order.js';
import { CHECKLIST_ITEMS, type AssessedFacts, type Assessment, type ChecklistItem } from './types.js';

export type { Assessment, AssessedFinding, AssessedSignal, ChecklistItem, EcommerceAssessment, EvidenceStep, Status, Verdict } from './types.js';
export { CHECKLIST_ITEMS, STATUSES, VERDICTS } from './types.js';
export { legalForceOf } from './legal-force.js';
export { itemEvidence } from './item-evidence.js';

/** Checklist item id → the id of the provision it checks in rules/references.yaml. */
const REFERENCE_OF = (item: string) => (item.startsWith('art-') ? `convention-${item}` : item);

/**
 * Assesses one agreement: decides the legal force and dispute-settlement status of each finding and
 * signal, resolves the reach of every cultural carve-out, gives the e-commerce verdict and fills the
 * checklist. Pure: the same document and detections always give the same assessment.
 */
export function assess(doc: AgreementDocument, detections: Detections): Assessment {
  const memo = new Map<FindingOrSignal, ForcedSentence[]>();
  const sentencesOf = (f: FindingOrSignal) => memo.get(f) ?? memo.set(f, evidenceSentences(doc, f)).get(f)!;
  const exclusions = disputeExclusions(doc, detections.signals);
  const assessed = <T extends FindingOrSignal>(f: T): T & AssessedFacts => {
    const decisive = decisiveSentence(f, sentencesOf(f), doc.language);
    const excluded = exclusionAt(exclusions, f.location.start);
    return {
      ...f,
      ...(isCarveOut(f) ? { excerpt: carveOutExcerpt(doc, f, decisive) } : {}),
      legalForce: decisive?.force ?? 'binding',
      forceSentence: decisive?.text ?? '',
      ...(excluded ? { disputeSettlementExcluded: { by: excluded.sentence, articleNumber: excluded.articleNumber } } : {}),
    };
  };
  const findings = detections.findings.map(assessed);
  const signals = detections.signals.map(assessed);
  // Carve-outs and commitments are read from findings and signals alike, in the order of the text.
  const all = inTextOrder(detections);
  const carveOuts = carveOutsOf(doc, all, sentencesOf);
  const parties = partiesOf(doc);
  const ecommerce = verdictWhereUnread(ecommerceVerdict(doc, all, carveOuts, [...parties.mix.developed, ...parties.mix.developing]), doc.unread);
  const references = loadReferences();
  const ctx = { doc, findings, signals, mix: parties.mix, parties, ecommerce };
  const missing = [...missingParts(doc), ...unreadParts(doc)];
  const checklist: ChecklistItem[] = CHECKLIST_ITEMS.map((item) => {
    const result = itemWhereUnread(RULES[item](ctx), doc.unread);
    const reference = references.get(REFERENCE_OF(item));
    if (!reference) throw new Error(`rules/references.yaml has no entry for ${REFERENCE_OF(item)}`);
    const itemSignals = result.signals ?? [];
    const shielded = [...result.findings, ...itemSignals].filter((f) => f.disputeSettlementExcluded);
    const ds = shielded.length > 0 ? ` Dispute settlement does not apply to ${shielded.length} of these finding(s) (${where(shielded)}), so they cannot be enforced through it.` : '';
    return { item, title: reference.title, status: result.status, oneLine: result.oneLine, explanation: `${CHECKS[item]} ${result.found}${ds}`, reference, findings: result.findings, signals: itemSignals, restsOn: result.restsOn ?? [...result.findings, ...itemSignals], missingParts: missing.filter((p) => p.items.includes(item)).map((p) => p.name) };
  });
  return { documentId: doc.id, parties, missingParts: missing, ...(doc.unread?.whole ? { unreadLanguage: doc.unread.language } : {}), checklist, ecommerce, findings, signals };
}
