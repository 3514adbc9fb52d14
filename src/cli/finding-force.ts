import { findingLegalForce } from '../assess/finding-sentences.js';
import type { AgreementDocument, Finding } from '../model.js';

/** The findings with their legal force decided, as the assessment decides it, for a scan's output. */
export function withLegalForce(doc: AgreementDocument, findings: readonly Finding[]): Finding[] {
  return findings.map((finding) => ({ ...finding, legalForce: findingLegalForce(doc, finding) }));
}
