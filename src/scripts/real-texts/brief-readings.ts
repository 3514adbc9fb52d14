import { basename } from 'node:path';
import { scanDocument } from '../../engine/index.js';
import { readAgreement } from '../../ingest/index.js';
import type { RuleSet } from '../../rules/types.js';
import { briefFactsOf, type BriefReading } from './brief-comparison.js';
import { renderingsOf } from './renderings.js';

/**
 * The brief of each plain text in each format asked (see renderingsOf: formats that cannot be made
 * here are left out), named by the text's file name: what compareBriefsAcrossFormats compares.
 */
export async function readBriefs(paths: readonly string[], formats: readonly string[], ruleSet: RuleSet, soffice: string | undefined): Promise<BriefReading[]> {
  const filesOf = renderingsOf(paths, formats, soffice);
  const readings: BriefReading[] = [];
  for (const path of paths) {
    for (const { format, file } of await filesOf(path)) {
      const doc = await readAgreement(file);
      readings.push({ name: basename(path, '.txt'), format, brief: briefFactsOf(doc, scanDocument(doc, ruleSet)) });
    }
  }
  return readings;
}
