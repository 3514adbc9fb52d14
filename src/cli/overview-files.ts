import { failedRow, type AgreementRow } from '../report/overview/row.js';
import type { RuleSet } from '../rules/index.js';
import { overviewRowOf, type RowJob } from './overview-row.js';
import type { FileReply } from './scan-pool.js';
import { forEachFile, type ScanWorkers } from './scan-files.js';

function rowOfReply(reply: FileReply, job: RowJob): AgreementRow {
  if (reply.kind === 'row') return reply.row;
  if (reply.kind === 'failed') return failedRow(job.display, `internal error while assessing: ${reply.message}`);
  if (reply.kind === 'unreadable') return failedRow(job.display, reply.message);
  return failedRow(job.display, 'internal error: findings where an overview row was expected');
}

/**
 * The overview row of every file, each given to `onRow` as soon as it is ready (in any order, with its
 * index). With worker threads (started by startScan with these `jobs`), this thread assesses files
 * alongside them from one queue; the workers post back rows alone, never documents.
 */
export async function overviewRows(jobs: readonly RowJob[], options: { ruleSet: RuleSet; workers: ScanWorkers | undefined; cacheDir?: string }, onRow: (row: AgreementRow, index: number) => void): Promise<void> {
  const { ruleSet, cacheDir } = options;
  await forEachFile(
    jobs,
    options,
    async (job, index) => onRow(await overviewRowOf(job, ruleSet, cacheDir), index),
    (reply) => onRow(rowOfReply(reply, jobs[reply.index] as RowJob), reply.index),
  );
}
