import type { DocumentResult, Finding } from '../../model.js';
import { articleTitle } from './article-title.js';
import { wholeReport, type ScanStream } from './result.js';

export const CSV_COLUMNS = [
  'documentId',
  'source',
  'category',
  'severity',
  'legalForce',
  'articleId',
  'articleNumber',
  'articleTitle',
  'path',
  'page',
  'start',
  'end',
  'ruleIds',
  'excerpt',
  'fingerprint',
  'cutShort',
  'lostNotes',
] as const;

/**
 * RFC 4180: a field with a comma, a quote or a line break is quoted, and its quotes doubled. A text
 * a spreadsheet would run as a formula (=, +, -, @, a tab or CR first: a file named "=1+1.txt") gets
 * a leading apostrophe, which spreadsheets show as text.
 */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function row(result: DocumentResult, finding: Finding): (string | number | undefined)[] {
  const { location } = finding;
  return [
    result.documentId,
    result.source,
    finding.category,
    finding.severity,
    finding.legalForce,
    location.articleId,
    location.articleNumber,
    articleTitle(location),
    location.path.join(' > '),
    location.page,
    location.start,
    location.end,
    finding.ruleIds.join(';'),
    finding.excerpt,
    finding.fingerprint,
    result.cutShort ? 'true' : '',
    result.lostNotes?.join(' ') ?? '',
  ];
}

/** One row per finding, for spreadsheets; lines end in CRLF as RFC 4180 asks. Unreadable files have no rows (stderr names them). */
export const csvStream: ScanStream = () => ({
  head: `${CSV_COLUMNS.join(',')}\r\n`,
  document: (result) => result.findings.map((finding) => `${row(result, finding).map(csvField).join(',')}\r\n`).join(''),
  tail: () => '',
});

export const csv = wholeReport(csvStream);
