import type { DocumentResult } from '../../model.js';
import { countByCategory } from './result.js';

/** Totals over a whole run: what the text and JSON formats print at the end. */
export interface ScanSummary {
  documents: number;
  scanned: number;
  unreadable: number;
  findings: number;
  byCategory: Record<string, number>;
}

export function summarize(results: readonly DocumentResult[]): ScanSummary {
  const findings = results.flatMap((r) => r.findings);
  const unreadable = results.filter((r) => r.errors.length > 0 && r.title === null).length;
  return {
    documents: results.length,
    scanned: results.length - unreadable,
    unreadable,
    findings: findings.length,
    byCategory: Object.fromEntries(countByCategory(findings)),
  };
}
