import type { Detections, FindingOrSignal } from '../model.js';

/**
 * Findings and signals in one list, in the order the engine found them: by the start of their unit,
 * and within a unit the findings before the signals. The assessment reads carve-outs and commitments
 * from both, and the order decides which of two clauses on one article speaks first.
 */
export function inTextOrder({ findings, signals }: Detections): FindingOrSignal[] {
  const out: FindingOrSignal[] = [];
  let s = 0;
  for (const finding of findings) {
    while (s < signals.length && (signals[s] as FindingOrSignal).location.start < finding.location.start) out.push(signals[s++] as FindingOrSignal);
    out.push(finding);
  }
  while (s < signals.length) out.push(signals[s++] as FindingOrSignal);
  return out;
}
