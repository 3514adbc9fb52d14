import { csv, csvStream } from './csv.js';
import { json, jsonStream } from './json.js';
import { jsonl, jsonlStream } from './jsonl.js';
import { markdown, markdownStream } from './markdown.js';
import type { ForcePrinted, ScanFormatter, ScanStream } from './result.js';
import { text, textStream } from './text.js';

export type { ForcePrinted, ScanFormatter, ScanStream, ScanWriter } from './result.js';

/** The scan formats by name: `--format` accepts exactly these keys. */
export const SCAN_FORMATS = { text, json, jsonl, csv, markdown } as const satisfies Record<string, ScanFormatter>;

export type ScanFormatName = keyof typeof SCAN_FORMATS;

export const SCAN_FORMAT_NAMES = Object.keys(SCAN_FORMATS) as ScanFormatName[];

/** The same formats, written document by document as a scan goes (what `scan` prints). */
export const SCAN_STREAMS: Record<ScanFormatName, ScanStream> = { text: textStream, json: jsonStream, jsonl: jsonlStream, csv: csvStream, markdown: markdownStream };

/** Whose legal force each format prints: CSV has a column for findings only; the text and Markdown summaries show none. */
export const SCAN_FORCE_PRINTED: Record<ScanFormatName, ForcePrinted | undefined> = { text: undefined, markdown: undefined, csv: 'findings', json: 'findings-and-signals', jsonl: 'findings-and-signals' };
