import { documentRecord } from './jsonl.js';
import type { ScanFormatter } from './result.js';
import { summarize } from './summary.js';

/** One JSON object for the whole run: every document (as in jsonl) and the totals. */
export const json: ScanFormatter = (results) =>
  `${JSON.stringify({ documents: results.map(documentRecord), summary: summarize(results) }, null, 2)}\n`;
