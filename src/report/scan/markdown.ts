import type { DocumentResult } from '../../model.js';
import { articleLabel, CUT_SHORT_NOTE, lostNotesNote, markedLine, wholeReport, type ScanStream } from './result.js';
import { cell } from '../markdown-cell.js';

function section(result: DocumentResult): string {
  const heading = `## ${cell(result.title ?? result.documentId)}`;
  const about = `\`${result.source}\`${result.language ? ` · ${result.language}` : ''} · ${result.findings.length} finding(s)`;
  const lines = [heading, '', about, ''];
  if (result.cutShort) lines.push(`**Read in part:** ${CUT_SHORT_NOTE}.`, '');
  if (result.lostNotes?.length) lines.push(`**Read in part:** ${cell(lostNotesNote(result.lostNotes))}.`, '');
  for (const error of result.errors) lines.push(`**Could not be scanned:** ${cell(error)}`, '');
  if (result.findings.length === 0) {
    if (result.errors.length === 0) lines.push('_No findings._', '');
    return lines.join('\n');
  }
  lines.push('| Category | Severity | Article | Location | Page | Excerpt |', '|---|---|---|---|---|---|');
  for (const f of result.findings) {
    const { location } = f;
    const cells = [
      f.category,
      f.severity,
      articleLabel(location.articleNumber),
      location.path.join(' > '),
      location.page === undefined ? '' : String(location.page),
      markedLine(f.excerpt, 200),
    ];
    lines.push(`| ${cells.map(cell).join(' | ')} |`);
  }
  lines.push('');
  return lines.join('\n');
}

/** A section with a findings table per document, for pasting into a review note or an issue. */
export const markdownStream: ScanStream = () => {
  let first = true;
  return {
    head: '# culturescan findings\n\n',
    document(result) {
      const separator = first ? '' : '\n';
      first = false;
      return separator + section(result);
    },
    tail: () => '',
  };
};

export const markdown = wholeReport(markdownStream);
