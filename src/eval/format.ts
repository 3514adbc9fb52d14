import { CATEGORIES } from '../model.js';
import { oneLine } from '../report/scan/result.js';
import type { ErrorCase, EvalReport } from './evaluate.js';
import type { LevelScores, Score } from './metrics.js';

const COLUMNS = ['category', 'precision', 'recall', 'f1', 'tp', 'fp', 'fn', 'support'] as const;

function ratio(value: number | null): string {
  return value === null ? '-' : value.toFixed(3);
}

function scoreRow(name: string, s: Score): string[] {
  return [name, ratio(s.precision), ratio(s.recall), ratio(s.f1), String(s.tp), String(s.fp), String(s.fn), String(s.support)];
}

/** Aligned columns: the first left-aligned, numbers right-aligned. */
function alignTable(rows: readonly string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd());
}

function scoreTable(title: string, scores: LevelScores): string[] {
  const rows = [[...COLUMNS], ...CATEGORIES.map((c) => scoreRow(c, scores.perCategory[c])), scoreRow('micro', scores.micro)];
  return [title, ...alignTable(rows).map((line) => `  ${line}`)];
}

function caseLines(title: string, cases: readonly ErrorCase[]): string[] {
  const lines = [`${title} (${cases.length})`];
  for (const c of cases) {
    const where = c.path.length > 0 ? c.path.join(' > ') : '(article not found in the scanned document)';
    lines.push(`  ${c.treaty}  ${c.articleId}  ${c.category}  ${oneLine(where, 120)}`);
    if (c.excerpt) lines.push(`      ${oneLine(c.excerpt, 160)}`);
  }
  return lines;
}

/** The eval report for people: both score tables, then every false positive and false negative. */
export function formatEvalReport(report: EvalReport): string {
  return `${[
    ...scoreTable('Article level (treaty, article, category)', report.articles),
    '',
    ...scoreTable('Agreement level (treaty, category)', report.agreements),
    '',
    ...caseLines('False positives', report.falsePositives),
    '',
    ...caseLines('False negatives', report.falseNegatives),
  ].join('\n')}\n`;
}
