import type { Detection, DocumentResult } from '../../model.js';
import { articleTitle } from './article-title.js';
import { wholeReport, type ScanStream } from './result.js';

/** A finding or a signal as the JSON formats print it: its location also names the article's title. */
function findingRecord<T extends Detection>(finding: T): T & { location: { articleTitle: string } } {
  const { articleId, articleNumber, ...rest } = finding.location;
  const location = { ...(articleId !== undefined ? { articleId } : {}), articleNumber, articleTitle: articleTitle(finding.location), ...rest };
  return { ...finding, location };
}

/**
 * The fixed key order of one document, so that lines diff and grep well. How the file was read comes
 * before what was found in it: `cutShort` when it ends before the agreement does, `lostNotes` when it
 * lacks the text of notes it calls, and its warnings.
 */
export function documentRecord(result: DocumentResult): DocumentResult {
  const { documentId, source, title, language, meta, cutShort, lostNotes, warnings, findings, signals, errors } = result;
  return {
    documentId,
    source,
    title,
    language,
    meta,
    ...(cutShort ? { cutShort } : {}),
    ...(lostNotes?.length ? { lostNotes } : {}),
    ...(warnings?.length ? { warnings } : {}),
    findings: findings.map(findingRecord),
    signals: signals.map(findingRecord),
    errors,
  };
}

/** One JSON line per document, for batch pipelines (`jq`, line-by-line readers). */
export const jsonlStream: ScanStream = () => ({
  head: '',
  document: (result) => `${JSON.stringify(documentRecord(result))}\n`,
  tail: () => '',
});

export const jsonl = wholeReport(jsonlStream);
