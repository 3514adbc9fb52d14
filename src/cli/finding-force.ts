import { findingLegalForce } from '../assess/finding-sentences.js';
import type { AgreementDocument, FindingOrSignal } from '../model.js';

/** The findings (or signals) with their legal force decided, as the assessment decides it, for a scan's output. */
export function withLegalForce<T extends FindingOrSignal>(doc: AgreementDocument, findings: readonly T[]): T[] {
  return findings.map((finding) => ({ ...finding, legalForce: findingLegalForce(doc, finding) }));
}
