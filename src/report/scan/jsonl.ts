import type { DocumentResult, Finding } from '../../model.js';
import { articleTitle } from './article-title.js';
import { wholeReport, type ScanStream } from './result.js';

/** A finding as the JSON formats print it: its location also names the article's title. */
function findingRecord(finding: Finding): Finding & { location: { articleTitle: string } } {
  const { articleId, articleNumber, ...rest } = finding.location;
  const location = { ...(articleId !== undefined ? { articleId } : {}), articleNumber, articleTitle: articleTitle(finding.location), ...rest };
  return { ...finding, location };
}

/** The fixed key order of one document, so that lines diff and grep well. */
export function documentRecord(result: DocumentResult): DocumentResult {
  const { documentId, source, title, language, meta, findings, errors } = result;
  return { documentId, source, title, language, meta, findings: findings.map(findingRecord), errors };
}

/** One JSON line per document, for batch pipelines (`jq`, line-by-line readers). */
export const jsonlStream: ScanStream = () => ({
  head: '',
  document: (result) => `${JSON.stringify(documentRecord(result))}\n`,
  tail: () => '',
});

export const jsonl = wholeReport(jsonlStream);
