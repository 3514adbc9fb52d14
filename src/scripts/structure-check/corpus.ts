import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { declaredLanguage } from '../../ingest/language.js';
import { parseTotaXml } from '../../ingest/tota-xml.js';
import type { Language } from '../../model.js';
import { checkAgreement, type FileResult } from './run.js';

/**
 * The floors of the real-data check over the whole corpus (the test fails below them): share of
 * articles recovered, share of detected articles that are spurious.
 */
export const RECOVERED_TARGET = 0.97;
export const SPURIOUS_LIMIT = 0.02;
/** Share of printed heading titles (articles, chapters) read back as their node's heading. */
export const TITLES_TARGET = 0.98;

/** What every heading style should reach, stricter than the floors; the check reports the styles that fall short. */
export const STYLE_GOALS = { recovered: 0.99, spurious: 0.01, titles: 0.98 } as const;

/** Reads one ToTA file and runs the render → outline → compare check on it. */
export function checkTotaFile(path: string, maxExamples = 4): FileResult {
  const tree = parseTotaXml(readFileSync(path, 'utf8'), path);
  const language: Language = declaredLanguage(tree.meta.extra?.language) ?? 'en';
  return checkAgreement(basename(path, '.xml'), language, tree.chapters, maxExamples);
}
