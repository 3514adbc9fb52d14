import * as z from 'zod';
import { DECISIONS, type Finding, type ReviewOutcome } from '../model.js';

export { DECISIONS, type Decision } from '../model.js';

/**
 * The decisions file: one entry per finding fingerprint. Fingerprints survive renumbering and small
 * edits around a clause, so the file reviewed for one draft already answers for the next; each entry
 * keeps enough of the finding to be read without the agreement.
 */
export const DecisionFileSchema = z.strictObject({
  version: z.literal(1),
  decisions: z.record(
    z.string().min(1),
    z.strictObject({
      decision: z.enum(DECISIONS),
      category: z.string(),
      /** Where it was last decided: the agreement file and article. */
      source: z.string(),
      article: z.string(),
      excerpt: z.string(),
      decidedAt: z.string(),
      /** The reviewer's own words: why, or what to ask the other side. */
      note: z.string().optional(),
    }),
  ),
});
export type DecisionFile = z.output<typeof DecisionFileSchema>;
export type DecisionEntry = DecisionFile['decisions'][string];

export function emptyDecisionFile(): DecisionFile {
  return { version: 1, decisions: {} };
}

/** Reads a decisions file's text: the file, or the schema's complaint in one line. */
export function parseDecisionFile(text: string): DecisionFile | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problem: `is not JSON (${(error as Error).message})` };
  }
  const result = DecisionFileSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  return { problem: `is not a culturescan decisions file (${issue ? `${issue.path.join('.') || 'top level'}: ${issue.message}` : 'unknown shape'})` };
}

/**
 * Reads a scan's findings against a decisions file: the ones dismissed leave (a false alarm must not
 * count in the assessment), the others keep their decision, if they have one.
 */
export function applyDecisions(findings: readonly Finding[], file: DecisionFile, source: string): { findings: Finding[]; review: ReviewOutcome } {
  const decisions = new Map<string, { decision: DecisionEntry['decision']; note?: string }>();
  const dismissed: ReviewOutcome['dismissed'] = [];
  const kept = findings.filter((finding) => {
    const entry = file.decisions[finding.fingerprint];
    if (!entry) return true;
    const mark = entry.note === undefined ? { decision: entry.decision } : { decision: entry.decision, note: entry.note };
    if (entry.decision === 'dismiss') {
      dismissed.push({ finding, ...(entry.note === undefined ? {} : { note: entry.note }) });
      return false;
    }
    decisions.set(finding.fingerprint, mark);
    return true;
  });
  return { findings: kept, review: { source, decisions, dismissed } };
}

/**
 * Two reviews' decisions as one: each fingerprint keeps its newest decision (by decidedAt), so two
 * reviews saving to one file lose nothing, and a later change of mind wins over an earlier one.
 */
export function mergeDecisionFiles(onDisk: DecisionFile, ours: DecisionFile): DecisionFile {
  const decisions = { ...onDisk.decisions };
  for (const [print, entry] of Object.entries(ours.decisions)) {
    const theirs = decisions[print];
    if (!theirs || theirs.decidedAt <= entry.decidedAt) decisions[print] = entry;
  }
  return { version: 1, decisions };
}

export function formatDecisionFile(file: DecisionFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
