import type { DocumentResult, Finding } from '../../model.js';
import { CUT_SHORT_NOTE, locationLabel, lostNotesNote, markedLine, wholeReport, type ScanStream } from './result.js';
import { SummaryTally, type ScanSummary } from './summary.js';

const EXCERPT_WIDTH = 160;

function groupByCategory(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.category, [...(groups.get(finding.category) ?? []), finding]);
  return groups;
}

function documentBlock(result: DocumentResult): string[] {
  const lines = [`${result.title ?? result.documentId}`];
  lines.push(`  ${result.source}${result.language ? ` · ${result.language}` : ''} · id ${result.documentId}`);
  if (result.cutShort) lines.push(`  ${CUT_SHORT_NOTE}`);
  if (result.lostNotes?.length) lines.push(`  ${lostNotesNote(result.lostNotes)}`);
  for (const error of result.errors) lines.push(`  could not be scanned: ${error}`);
  if (result.errors.length === 0 && result.findings.length === 0) lines.push('  no findings');
  for (const [category, findings] of groupByCategory(result.findings)) {
    lines.push(`  ${category} (${findings.length})`);
    for (const finding of findings) {
      lines.push(`    ${locationLabel(finding.location)} [${finding.severity}]`);
      lines.push(`      ${markedLine(finding.excerpt, EXCERPT_WIDTH)}`);
    }
  }
  return lines;
}

function totals(summary: ScanSummary): string {
  const categories = Object.entries(summary.byCategory).map(([category, n]) => `${category} ${n}`);
  const unreadable = summary.unreadable > 0 ? `; ${summary.unreadable} could not be scanned` : '';
  const detail = categories.length > 0 ? ` (${categories.join(', ')})` : '';
  return `${summary.scanned} agreement(s) scanned, ${summary.findings} finding(s)${detail}${unreadable}`;
}

/** The default: a readable summary per agreement, findings grouped by category, then the totals. */
export const textStream: ScanStream = () => {
  const tally = new SummaryTally();
  return {
    head: '',
    document(result) {
      tally.add(result);
      return `${documentBlock(result).join('\n')}\n\n`;
    },
    tail: () => `${totals(tally.summary())}\n`,
  };
};

export const text = wholeReport(textStream);
