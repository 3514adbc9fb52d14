import * as z from 'zod';
import { clauseLetters } from '../engine/fingerprint.js';
import { DECISIONS, type Finding, type LapsedDecision, type ReviewMark, type ReviewOutcome } from '../model.js';

export { DECISIONS, type Decision } from '../model.js';

const DecisionEntrySchema = z.strictObject({
  decision: z.enum(DECISIONS),
  category: z.string(),
  /** Where it was last decided: the agreement file and article. */
  source: z.string(),
  article: z.string(),
  excerpt: z.string(),
  decidedAt: z.string(),
  /** The reviewer's own words: why, or what to ask the other side. */
  note: z.string().optional(),
  /**
   * Set on entries read from a version 1 file, whose keys were fingerprints of the evidence sentences:
   * such an entry is found again by its category, article and excerpt rather than by its key.
   */
  legacyKey: z.literal(true).optional(),
});

/**
 * The decisions file: one entry per finding fingerprint, which is made of the words of the clause
 * decided on (see engine/fingerprint.ts). The same clause in another format or renumbered keeps its
 * fingerprint, so the file reviewed on one rendering answers for the others; a clause whose words
 * changed is found again by its category and article, and shown as changed since the decision. Each
 * entry keeps enough of the finding to be read without the agreement.
 */
const DECISIONS_FILE_VERSION = 2;

const DecisionFileSchema = z.strictObject({
  version: z.literal(DECISIONS_FILE_VERSION),
  decisions: z.record(z.string().min(1), DecisionEntrySchema),
});
export type DecisionFile = z.output<typeof DecisionFileSchema>;
export type DecisionEntry = DecisionFile['decisions'][string];

/** Version 1: the same entries, keyed by fingerprints of the evidence sentences (before 2 they were the clause's words). */
const DecisionFileV1Schema = z.strictObject({
  version: z.literal(1),
  decisions: z.record(z.string().min(1), DecisionEntrySchema.omit({ legacyKey: true })),
});

export function emptyDecisionFile(): DecisionFile {
  return { version: 2, decisions: {} };
}

/** Reads a decisions file's text (version 2, or 1 read as 2): the file, or the schema's complaint in one line. */
export function parseDecisionFile(text: string): DecisionFile | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problem: `is not JSON (${(error as Error).message})` };
  }
  const version = data !== null && typeof data === 'object' && 'version' in data ? data.version : undefined;
  if (typeof version === 'number' && version > DECISIONS_FILE_VERSION) {
    return { problem: `was written by a newer culturescan (decisions file version ${version}; this one reads versions 1 and ${DECISIONS_FILE_VERSION}): upgrade culturescan to read it` };
  }
  if (version === 1) {
    const old = DecisionFileV1Schema.safeParse(data);
    if (!old.success) return { problem: schemaProblem(old.error) };
    const decisions = Object.fromEntries(Object.entries(old.data.decisions).map(([key, entry]) => [key, { ...entry, legacyKey: true as const }]));
    return { version: 2, decisions };
  }
  const result = DecisionFileSchema.safeParse(data);
  if (result.success) return result.data;
  return { problem: schemaProblem(result.error) };
}

function schemaProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  return `is not a culturescan decisions file (${issue ? `${issue.path.join('.') || 'top level'}: ${issue.message}` : 'unknown shape'})`;
}

/** What a decision is matched on: a finding, or a review's item made of one. */
export interface DecisionTarget {
  fingerprint: string;
  category: string;
  /** The article number (or the unit's label: "preamble", "Annex 8-A ..."). */
  article: string;
  excerpt: string;
}

/** The decision that answers for a finding: the file's key it is under, and whether the clause changed since. */
export interface DecisionMatch {
  key: string;
  entry: DecisionEntry;
  changed: boolean;
}

/** An article number as a place, whatever its spelling: "7.1", "7 .1", "Art. 7.1" → "71" would merge 7.1 and 71, so the dots stay. */
function place(article: string): string {
  return article
    .toLowerCase()
    .replace(/^\s*art(?:icle|[ií]culo)?\.?\s*/u, '')
    .replace(/[^\p{L}\p{N}.]+/gu, '');
}

/**
 * Whether a finding stands in a preamble ("preamble", "preamble (PROTOCOL ON CULTURAL COOPERATION)"),
 * whose findings were once fingerprinted by the whole preamble and now by their own recitals: a
 * decision keyed by the old fingerprint is the same decision while its excerpt's words are the finding's.
 */
function inPreamble(article: string): boolean {
  return /^preamble\b/i.test(article);
}

/** An excerpt's words, without the match marks and the cuts, to compare a version 1 entry with a finding. */
function excerptWords(excerpt: string): string {
  return clauseLetters(excerpt.replace(/[«»…]/g, ''));
}

/**
 * Finds the decision for each target (by fingerprint), in three steps:
 * 1. the entry under its fingerprint: the same clause, unchanged — in any format, renumbered or not;
 * 2. else an entry of the same category on the same article, not under another target's fingerprint:
 *    the same place whose clause changed (the newest such entry, when several drafts were decided);
 * 3. else an entry of a version 1 file with the same category and excerpt words (a renumbered article).
 * A version 1 entry found in step 2 counts as unchanged when its excerpt's words are the target's, and
 * so does any entry on a preamble (see inPreamble).
 */
export function matchDecisions(targets: readonly DecisionTarget[], file: DecisionFile): Map<string, DecisionMatch> {
  const matches = new Map<string, DecisionMatch>();
  const claimed = new Set(targets.map((t) => t.fingerprint));
  const open: DecisionTarget[] = [];
  for (const target of targets) {
    const entry = file.decisions[target.fingerprint];
    if (entry && !entry.legacyKey) matches.set(target.fingerprint, { key: target.fingerprint, entry, changed: false });
    else open.push(target);
  }
  const spare = Object.entries(file.decisions)
    .filter(([key, entry]) => entry.legacyKey || !claimed.has(key))
    .sort(([, a], [, b]) => (a.decidedAt < b.decidedAt ? 1 : a.decidedAt > b.decidedAt ? -1 : 0));
  const used = new Set<string>();
  const take = (target: DecisionTarget, found: [string, DecisionEntry] | undefined, changed: (entry: DecisionEntry) => boolean): boolean => {
    if (!found) return false;
    const [key, entry] = found;
    used.add(key);
    matches.set(target.fingerprint, { key, entry, changed: changed(entry) });
    return true;
  };
  const sameExcerpt = (target: DecisionTarget, entry: DecisionEntry) => excerptWords(entry.excerpt) === excerptWords(target.excerpt);
  const unchangedLegacy = (target: DecisionTarget) => (entry: DecisionEntry) => (entry.legacyKey === true || inPreamble(target.article)) && sameExcerpt(target, entry);
  const later: DecisionTarget[] = [];
  for (const target of open) {
    const here = spare.filter(([key, entry]) => !used.has(key) && entry.category === target.category && place(entry.article) === place(target.article));
    const found = here.find(([, entry]) => unchangedLegacy(target)(entry)) ?? here[0];
    if (!take(target, found, (entry) => !unchangedLegacy(target)(entry))) later.push(target);
  }
  for (const target of later) {
    const found = spare.find(([key, entry]) => !used.has(key) && entry.category === target.category && entry.legacyKey === true && sameExcerpt(target, entry));
    take(target, found, () => false);
  }
  return matches;
}

/**
 * The decisions no target answers to: neither their clause (by fingerprint) nor a finding of their
 * category on their article is among the targets any more — the clause was deleted, or reworded out of
 * its category. A decision on an earlier wording of a clause still there is not one of them (the clause
 * answers to its newest), and of several on one place only the newest is. Read against one agreement's
 * drafts: a decisions file kept for another agreement has no place here.
 */
export function lapsedDecisions(targets: readonly DecisionTarget[], file: DecisionFile, matches = matchDecisions(targets, file)): LapsedDecision[] {
  const used = new Set([...matches.values()].map((match) => match.key));
  const placeOf = (category: string, article: string) => `${category} ${place(article)}`;
  const answered = new Set(targets.map((target) => placeOf(target.category, target.article)));
  const newestFirst = Object.entries(file.decisions).sort(([, a], [, b]) => (a.decidedAt < b.decidedAt ? 1 : a.decidedAt > b.decidedAt ? -1 : 0));
  const lapsed = new Map<string, LapsedDecision>();
  for (const [key, entry] of newestFirst) {
    const where = placeOf(entry.category, entry.article);
    if (used.has(key) || answered.has(where) || lapsed.has(where)) continue;
    const { decision, category, article, excerpt, source, note } = entry;
    lapsed.set(where, { decision, category, articleNumber: article, excerpt, source, ...(note === undefined ? {} : { note }) });
  }
  return [...lapsed.values()];
}

/**
 * Reads a scan's findings against a decisions file: the ones dismissed leave (a false alarm must not
 * count in the assessment), the others keep their decision, if they have one. A dismissal made on a
 * clause that has changed since does not remove it: the finding stays, marked as changed, for the
 * reviewer to look at again.
 */
export function applyDecisions(findings: readonly Finding[], file: DecisionFile, source: string): { findings: Finding[]; review: ReviewOutcome } {
  const targets = findings.map(decisionTarget);
  const matches = matchDecisions(targets, file);
  const decisions = new Map<string, ReviewMark>();
  const dismissed: ReviewOutcome['dismissed'] = [];
  const kept = findings.filter((finding) => {
    const match = matches.get(finding.fingerprint);
    if (!match) return true;
    const { entry, changed } = match;
    if (entry.decision === 'dismiss' && !changed) {
      dismissed.push({ finding, ...(entry.note === undefined ? {} : { note: entry.note }) });
      return false;
    }
    decisions.set(finding.fingerprint, { decision: entry.decision, ...(entry.note === undefined ? {} : { note: entry.note }), ...(changed ? { changed: true } : {}) });
    return true;
  });
  return { findings: kept, review: { source, decisions, dismissed, lapsed: lapsedDecisions(targets, file, matches) } };
}

export function decisionTarget(finding: Finding): DecisionTarget {
  return { fingerprint: finding.fingerprint, category: finding.category, article: finding.location.articleNumber, excerpt: finding.excerpt };
}

/**
 * A review's decisions laid over the file as it is now. Each fingerprint the review decided since
 * `base` (the file as the review last read or wrote it) keeps its newest decision (by decidedAt), so
 * two reviews saving to one file lose nothing and a later change of mind wins over an earlier one. An
 * entry the review only carried from `base` is the file's to keep: edited by hand, it stays as edited;
 * deleted by hand, it stays deleted.
 */
export function mergeDecisionFiles(onDisk: DecisionFile, ours: DecisionFile, base: DecisionFile = emptyDecisionFile()): DecisionFile {
  const decisions = { ...onDisk.decisions };
  for (const [print, entry] of decidedSince(ours, base)) {
    const theirs = decisions[print];
    // On a tie the file wins: a decision changed by hand in the file keeps the time it had.
    if (!theirs || theirs.decidedAt < entry.decidedAt) decisions[print] = entry;
  }
  return { version: 2, decisions };
}

/** The entries of `ours` that are not as `base` has them: decided, or noted, since. */
export function decidedSince(ours: DecisionFile, base: DecisionFile): Array<[string, DecisionEntry]> {
  return Object.entries(ours.decisions).filter(([print, entry]) => {
    const before = base.decisions[print];
    return before !== entry && JSON.stringify(before) !== JSON.stringify(entry);
  });
}

export function formatDecisionFile(file: DecisionFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
