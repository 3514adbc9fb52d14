import type { DocumentResult } from '../../model.js';
import { wholeReport, type ScanStream } from './result.js';

/** The fixed key order of one document, so that lines diff and grep well. */
export function documentRecord(result: DocumentResult): DocumentResult {
  const { documentId, source, title, language, meta, findings, errors } = result;
  return { documentId, source, title, language, meta, findings, errors };
}

/** One JSON line per document, for batch pipelines (`jq`, line-by-line readers). */
export const jsonlStream: ScanStream = () => ({
  head: '',
  document: (result) => `${JSON.stringify(documentRecord(result))}\n`,
  tail: () => '',
});

export const jsonl = wholeReport(jsonlStream);
