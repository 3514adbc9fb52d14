import { csv, csvStream } from './csv.js';
import { json, jsonStream } from './json.js';
import { jsonl, jsonlStream } from './jsonl.js';
import { markdown, markdownStream } from './markdown.js';
import type { ScanFormatter, ScanStream } from './result.js';
import { text, textStream } from './text.js';

export type { ScanFormatter, ScanStream, ScanWriter } from './result.js';

/** The scan formats by name: `--format` accepts exactly these keys. */
export const SCAN_FORMATS = { text, json, jsonl, csv, markdown } as const satisfies Record<string, ScanFormatter>;

export type ScanFormatName = keyof typeof SCAN_FORMATS;

export const SCAN_FORMAT_NAMES = Object.keys(SCAN_FORMATS) as ScanFormatName[];

/** The same formats, written document by document as a scan goes (what `scan` prints). */
export const SCAN_STREAMS: Record<ScanFormatName, ScanStream> = { text: textStream, json: jsonStream, jsonl: jsonlStream, csv: csvStream, markdown: markdownStream };
