import { assess } from '../assess/index.js';
import type { Assessment } from '../assess/types.js';
import type { AgreementDocument, ReviewOutcome } from '../model.js';
import { applyDecisions, type DecisionFile } from '../tui/decisions.js';
import { readTypedAgreement } from './files.js';
import type { Io } from './io.js';
import type { StdinSpec } from './stdin-input.js';
import { withStatedParties, type StatedParties } from './parties-option.js';
import { scanOneDocument, type CommandRules } from './watched-scan.js';

export interface Assessed {
  doc: AgreementDocument;
  assessment: Assessment;
  /** What an earlier review decided, when a decisions file was given. */
  review?: ReviewOutcome;
}

/**
 * Reads one agreement named on the command line, scans it and assesses it: what report, review and
 * compare start from. The rules run as scanDocuments runs them: the user's in a worker whose watchdog
 * stops a rule that never returns. With a review's decisions, the findings dismissed there are left
 * out before the assessment, so that a false alarm the reviewer set aside does not count. Parties stated with
 * --parties take the place of those the document states or names.
 */
export async function readAssessed(typed: string, rules: CommandRules, io: Io, decisions?: { file: DecisionFile; source: string }, parties?: StatedParties, stdin?: StdinSpec, admit?: (doc: AgreementDocument) => void): Promise<Assessed> {
  const doc = withStatedParties(await readTypedAgreement(typed, io, stdin), parties);
  admit?.(doc); // the command's own check on the document read, before the rules run
  const detections = await scanOneDocument({ doc }, rules);
  if (!decisions) return { doc, assessment: assess(doc, detections) };
  // Decisions are made on findings; the signals are not reviewed and stay as read.
  const reviewed = applyDecisions(detections.findings, decisions.file, decisions.source);
  return { doc, assessment: assess(doc, { findings: reviewed.findings, signals: detections.signals }), review: reviewed.review };
}
