import type { BriefJson } from '../../assess/json-schema.js';
import type { Assessment } from '../../assess/types.js';
import type { AgreementDocument } from '../../model.js';

/** The JSON brief (its shape is `BriefJsonSchema` in src/assess/json-schema.ts). */
export function briefJson(_doc: AgreementDocument, a: Assessment): string {
  const out: BriefJson = {
    documentId: a.documentId,
    checklist: a.checklist.map((i) => ({
      item: i.item,
      title: i.title,
      status: i.status,
      summary: i.oneLine,
      explanation: i.explanation,
      reference: { id: i.reference.id, number: i.reference.number, summary: i.reference.summary },
      findings: i.findings.map((f) => f.fingerprint),
    })),
    ecommerce: { verdict: a.ecommerce.verdict, explanation: a.ecommerce.explanation, notReached: a.ecommerce.notReached, evidence: a.ecommerce.evidence },
    findings: a.findings.map((f) => ({
      fingerprint: f.fingerprint,
      category: f.category,
      ruleIds: f.ruleIds,
      severity: f.severity,
      location: f.location,
      excerpt: f.excerpt,
      legalForce: f.legalForce,
      forceSentence: f.forceSentence,
      disputeSettlementExcluded: f.disputeSettlementExcluded !== undefined,
      references: f.references,
      tags: f.tags,
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
