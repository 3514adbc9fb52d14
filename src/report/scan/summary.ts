import type { DocumentResult } from '../../model.js';

/** Totals over a whole run: what the text and JSON formats print at the end. */
export interface ScanSummary {
  documents: number;
  scanned: number;
  unreadable: number;
  findings: number;
  /** Findings per category: the seven categories only. */
  byCategory: Record<string, number>;
  /** Signals (informational kinds the assessment reads), counted apart from the findings. */
  signals: number;
}

/** Counts a run's results one at a time, so that a streamed report can print the totals without keeping the results. */
export class SummaryTally {
  private documents = 0;
  private unreadable = 0;
  private findings = 0;
  private signals = 0;
  /** Findings per category, in first-seen order of categories. */
  private readonly byCategory = new Map<string, number>();

  add(result: DocumentResult): void {
    this.documents++;
    if (result.errors.length > 0 && result.title === null) this.unreadable++;
    this.findings += result.findings.length;
    this.signals += result.signals.length;
    for (const finding of result.findings) this.byCategory.set(finding.category, (this.byCategory.get(finding.category) ?? 0) + 1);
  }

  summary(): ScanSummary {
    return {
      documents: this.documents,
      scanned: this.documents - this.unreadable,
      unreadable: this.unreadable,
      findings: this.findings,
      byCategory: Object.fromEntries(this.byCategory),
      signals: this.signals,
    };
  }
}

export function summarize(results: readonly DocumentResult[]): ScanSummary {
  const tally = new SummaryTally();
  for (const result of results) tally.add(result);
  return tally.summary();
}
