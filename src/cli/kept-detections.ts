import type { AgreementDocument, Detections, Finding, FindingOrSignal } from '../model.js';
import type { ForcePrinted } from '../report/scan/index.js';

/** Decides the legal force of findings or signals (finding-force's withLegalForce, loaded only when wanted). */
export type LegalForceOf = <T extends FindingOrSignal>(doc: AgreementDocument, detections: readonly T[]) => T[];

/** How a scan decides legal force: the reader, and for what its output prints (SCAN_FORCE_PRINTED). */
export interface ForceDecision {
  of: LegalForceOf;
  printed: ForcePrinted;
}

/**
 * The legal force a scan decides for an output that prints it (`printed`), in the main thread and in a
 * worker alike; undefined when the output prints none. Its reader loads only then: the language library
 * it reads modal verbs with is heavy to load.
 */
export async function forceDecision(printed: ForcePrinted | undefined): Promise<ForceDecision | undefined> {
  return printed ? { of: (await import('./finding-force.js')).withLegalForce, printed } : undefined;
}

/** The findings of the categories asked for; all of them when none are asked. */
export function keptCategories(findings: Finding[], kinds: ReadonlySet<string> | undefined): Finding[] {
  return kinds ? findings.filter((f) => kinds.has(f.category)) : findings;
}

/**
 * What a scan's output keeps of a document's detections, in the main thread and in a worker alike: the
 * findings of the asked categories and every signal, each with its legal force where the output prints it.
 */
export function keptDetections(doc: AgreementDocument, all: Detections, kinds: ReadonlySet<string> | undefined, force: ForceDecision | undefined): Detections {
  const findings = keptCategories(all.findings, kinds);
  if (!force) return { findings, signals: all.signals };
  return { findings: force.of(doc, findings), signals: force.printed === 'findings-and-signals' ? force.of(doc, all.signals) : all.signals };
}
