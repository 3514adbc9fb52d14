import { writeFile } from 'node:fs/promises';
import { assess } from '../assess/index.js';
import { scanDocument, type ScanOptions } from '../engine/index.js';
import { scanOptionsFromEnv } from './time-budget.js';
import { isUserError, UserError } from '../errors.js';
import { readAgreementBytes } from '../ingest/index.js';
import { readInputFile } from '../input-file.js';
import { briefHtml } from '../report/brief/html.js';
import { agreementRow, failedRow, type AgreementRow } from '../report/overview/row.js';
import { escapeControlCharacters } from '../report/control-characters.js';
import type { RuleSet } from '../rules/types.js';
import { ownOutputHeader } from './files.js';
import { writeProblem } from './write-problem.js';
import { cachedRow, rowSlot, storeRow } from './overview-row-cache.js';
import { withStatedParties, type StatedParties } from './parties-option.js';

/** What the overview needs to know of one file: where it is, how the user named it, and where its brief goes. */
export interface RowJob {
  absolute: string;
  display: string;
  /** The Parties stated with --parties, in place of those the document names. */
  parties?: StatedParties;
  /** The path to write the agreement's HTML brief to (`--briefs DIR`), and the name the row links to. */
  brief?: { path: string; name: string };
}

/**
 * Reads, scans and assesses one agreement and returns its overview row (and writes its brief when asked):
 * run in a worker thread or in the main thread alike. Bad input becomes a row with its error; the
 * document is dropped here, so only the row travels on. With a cache folder, a row found in the cache of
 * rows is returned as it is (a brief needs the whole assessment, so a run writing briefs assesses afresh).
 */
export async function overviewRowOf(job: RowJob, ruleSet: RuleSet, cacheDir: string | undefined, scanOptions: ScanOptions = scanOptionsFromEnv()): Promise<AgreementRow> {
  try {
    const bytes = await readInputFile(job.absolute, { shown: job.absolute });
    const slot = cacheDir !== undefined && !job.brief ? rowSlot(cacheDir, bytes, job.absolute, ruleSet, job.parties) : undefined;
    const cached = slot && (await cachedRow(slot, job.display));
    if (cached) return cached;
    const doc = withStatedParties(await readAgreementBytes(bytes, job.absolute, { cacheDir }), job.parties);
    const assessment = assess(doc, scanDocument(doc, ruleSet, scanOptions));
    const row = agreementRow(doc, assessment, job.display);
    if (slot) await storeRow(slot, row);
    if (!job.brief) return row;
    await writeFile(job.brief.path, ownOutputHeader('html') + escapeControlCharacters(briefHtml({ ...doc, source: job.display }, assessment))).catch((error: NodeJS.ErrnoException) => {
      throw new UserError(`cannot write the brief: ${writeProblem(error)}`, job.brief?.path);
    });
    return { ...row, brief: job.brief.name };
  } catch (error) {
    if (!isUserError(error)) return failedRow(job.display, `internal error while assessing: ${error instanceof Error ? error.message : String(error)}`);
    return failedRow(job.display, error.message);
  }
}
