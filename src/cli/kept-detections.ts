import type { AgreementDocument, Detections, Finding, FindingOrSignal } from '../model.js';

/** Decides the legal force of findings or signals (finding-force's withLegalForce, loaded only when wanted). */
export type LegalForceOf = <T extends FindingOrSignal>(doc: AgreementDocument, detections: readonly T[]) => T[];

/** The findings of the categories asked for; all of them when none are asked. */
export function keptCategories(findings: Finding[], kinds: ReadonlySet<string> | undefined): Finding[] {
  return kinds ? findings.filter((f) => kinds.has(f.category)) : findings;
}

/**
 * What a scan's output keeps of a document's detections, in the main thread and in a worker alike: the
 * findings of the asked categories and every signal, each with its legal force when `legalForce` is given.
 */
export function keptDetections(doc: AgreementDocument, all: Detections, kinds: ReadonlySet<string> | undefined, legalForce: LegalForceOf | undefined): Detections {
  const findings = keptCategories(all.findings, kinds);
  return legalForce ? { findings: legalForce(doc, findings), signals: legalForce(doc, all.signals) } : { findings, signals: all.signals };
}
