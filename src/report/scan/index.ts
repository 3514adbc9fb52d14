import { csv } from './csv.js';
import { json } from './json.js';
import { jsonl } from './jsonl.js';
import { markdown } from './markdown.js';
import type { ScanFormatter } from './result.js';
import { text } from './text.js';

export type { ScanFormatter } from './result.js';

/** The scan formats by name: `--format` accepts exactly these keys. */
export const SCAN_FORMATS = { text, json, jsonl, csv, markdown } as const satisfies Record<string, ScanFormatter>;

export type ScanFormatName = keyof typeof SCAN_FORMATS;

export const SCAN_FORMAT_NAMES = Object.keys(SCAN_FORMATS) as ScanFormatName[];
