import type { BriefJson } from '../../assess/json-schema.js';
import type { Assessment } from '../../assess/types.js';
import type { AgreementDocument, Provenance, ReviewOutcome } from '../../model.js';
import { reviewCounts } from './words.js';

/** The JSON brief (its shape is `BriefJsonSchema` in src/assess/json-schema.ts). */
export function briefJson(doc: AgreementDocument, a: Assessment, review?: ReviewOutcome, provenance?: Provenance): string {
  const out: BriefJson = {
    documentId: a.documentId,
    parties: {
      named: a.parties.named,
      from: a.parties.from,
      ...(a.parties.quote ? { quote: a.parties.quote } : {}),
      classifiedBy: a.parties.classifiedBy,
      northSouth: a.parties.northSouth,
    },
    ...(doc.cutShort ? { cutShort: true as const } : {}),
    ...(doc.lostNotes?.length ? { lostNotes: doc.lostNotes } : {}),
    missingParts: a.missingParts,
    ...(a.unreadLanguage ? { unreadLanguage: a.unreadLanguage } : {}),
    ...(provenance ? { provenance } : {}),
    checklist: a.checklist.map((i) => ({
      item: i.item,
      title: i.title,
      status: i.status,
      summary: i.oneLine,
      explanation: i.explanation,
      reference: { id: i.reference.id, number: i.reference.number, summary: i.reference.summary },
      findings: i.findings.map((f) => f.fingerprint),
      signals: i.signals.map((s) => s.fingerprint),
      missingParts: i.missingParts,
    })),
    ecommerce: { verdict: a.ecommerce.verdict, explanation: a.ecommerce.explanation, notReached: a.ecommerce.notReached, commitments: a.ecommerce.commitments, evidence: a.ecommerce.evidence },
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
      ...reviewOf(f.fingerprint, review),
    })),
    signals: a.signals.map((s) => ({
      fingerprint: s.fingerprint,
      kind: s.kind,
      ruleIds: s.ruleIds,
      severity: s.severity,
      location: s.location,
      excerpt: s.excerpt,
      legalForce: s.legalForce,
      forceSentence: s.forceSentence,
      disputeSettlementExcluded: s.disputeSettlementExcluded !== undefined,
      references: s.references,
      tags: s.tags,
    })),
    ...(review ? { review: reviewJson(a, review) } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

function reviewOf(fingerprint: string, review: ReviewOutcome | undefined): Pick<BriefJson['findings'][number], 'review'> {
  const mark = review?.decisions.get(fingerprint);
  // Dismissed findings are not in the brief, unless the clause changed since the dismissal.
  if (!mark || (mark.decision === 'dismiss' && !mark.changed)) return {};
  return { review: { decision: mark.decision, ...(mark.note === undefined ? {} : { note: mark.note }), ...(mark.changed ? { changed: true as const } : {}) } };
}

function reviewJson(a: Assessment, review: ReviewOutcome): NonNullable<BriefJson['review']> {
  const { kept, discuss, undecided, changed } = reviewCounts(a, review);
  const dismissed = review.dismissed.map(({ finding, note }) => ({
    fingerprint: finding.fingerprint,
    category: finding.category,
    articleNumber: finding.location.articleNumber,
    ...(note === undefined ? {} : { note }),
  }));
  return { source: review.source, kept, discuss, undecided, changed, dismissed, lapsed: review.lapsed };
}
