import { DEFAULT_TIME_BUDGET_MS, scanDocument } from '../engine/index.js';
import { isUserError, UserError } from '../errors.js';
import type { Detections } from '../model.js';
import { subsetRuleSet } from '../rules/compile.js';
import type { RuleSet } from '../rules/types.js';
import { JobQueue, startScanPool, workerScript, type DocumentJob, type FileReply } from './scan-pool.js';
import { scanOptionsFromEnv } from './time-budget.js';

/** A command's rules, and whether the user's are among them (then they run where they can be stopped). */
export interface CommandRules {
  ruleSet: RuleSet;
  /** Rules from a `--rules` folder of the user's: not checked by the project's tests, so run in a watched worker. */
  userRules: boolean;
}

/** What scanning one document came to: its findings and signals, or the one-line problem that stopped it. */
export type DocumentScan = Detections | { problem: string };

/**
 * Scans documents already read (`report`, `review` and `compare` read their files themselves, `rules
 * test` makes a document of each example) with the command's rules, each with the rules its job names.
 * With the user's rules they run in a worker thread of the scan pool, whose watchdog stops a rule that
 * never returns (a regex that backtracks without end) at the time budget per document, as `scan` does:
 * that document comes back as a problem naming the rule, and the others are still scanned. The built-in
 * rules run in this thread, stopped by the budget between rules. Results are in the order of `jobs`.
 */
export async function scanDocuments(jobs: readonly DocumentJob[], rules: CommandRules): Promise<DocumentScan[]> {
  const script = rules.userRules && jobs.length > 0 ? workerScript() : undefined;
  if (!script) return jobs.map((job) => scanHere(job, rules.ruleSet));
  const results: DocumentScan[] = [];
  const queue = new JobQueue(jobs.length);
  const budgetMs = scanOptionsFromEnv().timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const pool = startScanPool(script, jobs.map((job) => job.doc.source), 1, { wantDocument: false, documents: jobs }, queue, { budgetMs, alone: true });
  pool.release(rules.ruleSet, (reply) => (results[reply.index] = scanOf(reply)));
  await pool.done;
  return results;
}

/** Scans one document with the rules, here, or says the problem (a time budget run out) that stopped it. */
export async function scanOneDocument(job: DocumentJob, rules: CommandRules): Promise<Detections> {
  const [result] = await scanDocuments([job], rules);
  if (result && 'findings' in result) return result;
  throw new UserError(result?.problem ?? 'internal error: no result from the scan', job.doc.source);
}

function scanHere(job: DocumentJob, ruleSet: RuleSet): DocumentScan {
  const runSet = job.rules ? subsetRuleSet(ruleSet, job.rules) : ruleSet;
  try {
    return scanDocument(job.doc, runSet, scanOptionsFromEnv());
  } catch (error) {
    if (!isUserError(error)) throw error;
    return { problem: error.message };
  }
}

function scanOf(reply: FileReply): DocumentScan {
  if (reply.kind === 'scanned') return { findings: reply.scanned.findings, signals: reply.scanned.signals };
  if (reply.kind === 'unreadable') return { problem: reply.message };
  if (reply.kind === 'failed') return { problem: `internal error while scanning: ${reply.message}` };
  return { problem: 'internal error: an overview row where findings were expected' };
}
