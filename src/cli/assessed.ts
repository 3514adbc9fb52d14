import { assess } from '../assess/index.js';
import type { Assessment } from '../assess/types.js';
import { scanDocument } from '../engine/index.js';
import type { AgreementDocument } from '../model.js';
import type { RuleSet } from '../rules/index.js';
import { readTypedAgreement } from './files.js';
import type { Io } from './io.js';

/** Reads one agreement named on the command line, scans it and assesses it: what report, review and compare start from. */
export async function readAssessed(typed: string, ruleSet: RuleSet, io: Io): Promise<{ doc: AgreementDocument; assessment: Assessment }> {
  const doc = await readTypedAgreement(typed, io);
  return { doc, assessment: assess(doc, scanDocument(doc, ruleSet)) };
}
