import { documentRecord } from './jsonl.js';
import { wholeReport, type ScanStream } from './result.js';
import { SummaryTally } from './summary.js';

/** A value as indented JSON, every line after the first indented `depth` levels further (it sits that deep). */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/**
 * One JSON object for the whole run: every document (as in jsonl) and the totals. Written as the
 * documents come, the same text as `JSON.stringify({ documents, summary }, null, 2)`.
 */
export const jsonStream: ScanStream = () => {
  const tally = new SummaryTally();
  let first = true;
  return {
    head: '{\n  "documents": [',
    document(result) {
      const separator = first ? '' : ',';
      first = false;
      tally.add(result);
      return `${separator}\n    ${nested(documentRecord(result), 2)}`;
    },
    tail() {
      const close = first ? ']' : '\n  ]';
      return `${close},\n  "summary": ${nested(tally.summary(), 1)}\n}\n`;
    },
  };
};

export const json = wholeReport(jsonStream);
