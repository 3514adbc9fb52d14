import { basename, extname } from 'node:path';
import type { AgreementDocument, Finding } from '../model.js';
import type { DocumentResult } from '../report/scan/result.js';
import { readAgreement } from '../ingest/index.js';
import { scanDocument } from '../engine/index.js';
import type { loadRuleSet } from '../rules/index.js';
import { isUserError } from './errors.js';
import { mapLimit } from './map-limit.js';
import type { InputFile } from './paths-expand.js';

export type RuleSet = ReturnType<typeof loadRuleSet>;

/** A few files at a time: reading (disk, PDF workers) overlaps with the synchronous engine. */
export const READ_CONCURRENCY = 4;

export interface ScanFilesOptions {
  ruleSet: RuleSet;
  /** Keep only findings of these kinds; every kind when absent. */
  kinds?: ReadonlySet<string>;
  /**
   * Sees each document and all of its findings (before the `kinds` filter) while the document is still in
   * memory (gates, eval's article texts); the document is dropped afterwards.
   */
  inspect?: (doc: AgreementDocument, findings: Finding[], file: InputFile) => void;
}

export function documentIdOf(path: string): string {
  return basename(path, extname(path));
}

async function scanOne(file: InputFile, options: ScanFilesOptions): Promise<DocumentResult> {
  let doc: AgreementDocument;
  try {
    doc = await readAgreement(file.absolute);
  } catch (error) {
    if (!isUserError(error)) throw error;
    const base = { documentId: documentIdOf(file.display), source: file.display };
    return { ...base, title: null, language: null, meta: null, findings: [], errors: [error.message] };
  }
  const all = scanDocument(doc, options.ruleSet);
  const findings = options.kinds ? all.filter((f) => options.kinds?.has(f.category)) : all;
  options.inspect?.(doc, all, file);
  return { documentId: doc.id, source: file.display, title: doc.title, language: doc.language, meta: doc.meta, findings, errors: [] };
}

/** Reads and scans every file, a few at a time; results come back in the order of `files`. */
export function scanFiles(files: readonly InputFile[], options: ScanFilesOptions): Promise<DocumentResult[]> {
  return mapLimit(files, READ_CONCURRENCY, (file) => scanOne(file, options));
}
