import * as z from 'zod';

/**
 * What a reviewer says of a finding: `keep` (a real clause, to weigh in the negotiation), `dismiss`
 * (a false alarm, or nothing to act on) or `discuss` (to raise with the delegation).
 */
export const DECISIONS = ['keep', 'dismiss', 'discuss'] as const;
export type Decision = (typeof DECISIONS)[number];

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

export function formatDecisionFile(file: DecisionFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
