import { GATE_NAMES } from '../assess/gate-names.js';
import type { AgreementDocument, Detections } from '../model.js';
import type { InputFile } from './paths-expand.js';
import { withStatedParties, type StatedParties } from './parties-option.js';

export { GATE_NAMES };

/** A document that fails a gate, printed as `culturescan: <source>: fails gate <gate>`. */
export interface GateFailure {
  source: string;
  gate: string;
}

/**
 * Collects gate failures while documents are in memory. Documents finish in any order, so `failures()`
 * sorts them by source (then in the order the gates were asked for) to keep stderr deterministic. The
 * assessment the gates read is loaded only when a gate is asked for. `parties`: the Parties stated
 * with --parties for a file (by its display name), which that assessment reads.
 */
export async function gateChecker(gates: readonly string[], parties: ReadonlyMap<string, StatedParties | undefined> = new Map()) {
  const found: GateFailure[] = [];
  const failedGates = gates.length > 0 ? (await import('../assess/gates.js')).failedGates : () => [];
  return {
    inspect(doc: AgreementDocument, detections: Detections, file: InputFile): void {
      for (const gate of failedGates(withStatedParties(doc, parties.get(file.display)), detections, [...gates])) found.push({ source: file.display, gate });
    },
    failures(): GateFailure[] {
      const rank = (g: GateFailure) => gates.indexOf(g.gate);
      return [...found].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : rank(a) - rank(b)));
    },
  };
}
