/**
 * A scan worker's work (scan-worker.ts starts it): waits for the go, which brings the compiled rules and
 * the files, then takes files from the run's shared queue and for each runs readAgreement → scanDocument
 * and posts the result back as plain data. No formatting, filtering or printing here: the main thread
 * does that.
 */
import { shownLanguage } from '../shown-language.js';
import { scanOptionsFromEnv } from './time-budget.js';
import { parentPort, workerData } from 'node:worker_threads';
import { scanDocument, type ScanOptions } from '../engine/index.js';
import { readAgreement } from '../ingest/index.js';
import { ruleSetWorkedOut, subsetRuleSet } from '../rules/compile.js';
import type { RuleSet } from '../rules/types.js';
import { isUserError } from '../errors.js';
import type { overviewRowOf, RowJob } from './overview-row.js';
import { forceDecision, keptDetections, type ForceDecision } from './kept-detections.js';
import { readingNotes } from './reading-notes.js';
import { takeJob, type FileReply, type WorkerData, type WorkerGo } from './scan-pool.js';

const setup = workerData as WorkerData;
const kinds = setup.kinds ? new Set(setup.kinds) : undefined;

/** How this worker scans each file, settled once the go has come. */
interface Scanning {
  ruleSet: RuleSet;
  options: ScanOptions;
  legalForce: ForceDecision | undefined;
  /** An overview's row of a file (overviews only). */
  rowOf: typeof overviewRowOf | undefined;
}

async function scanFile(index: number, path: string, { ruleSet, options, legalForce, rowOf }: Scanning): Promise<FileReply> {
  if (rowOf && setup.rowJobs) return { index, kind: 'row', row: await rowOf(setup.rowJobs[index] as RowJob, ruleSet, setup.cacheDir, options) };
  try {
    const job = setup.documents?.[index];
    const doc = job ? job.doc : await readAgreement(path, { cacheDir: setup.cacheDir });
    const all = scanDocument(doc, job?.rules ? subsetRuleSet(ruleSet, job.rules) : ruleSet, options);
    const { findings, signals } = keptDetections(doc, all, kinds, legalForce);
    const scanned = { documentId: doc.id, title: doc.title, language: shownLanguage(doc), meta: doc.meta, findings, signals, ...readingNotes(doc) };
    return { index, kind: 'scanned', scanned, ...(setup.wantDocument ? { doc } : {}) };
  } catch (error) {
    if (isUserError(error)) return { index, kind: 'unreadable', message: error.message };
    // A bug, not bad input: reported for this file; the pool keeps the other files' results.
    return { index, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Scans files from the run's queue until it is empty, then says so to the main thread. */
export async function runScanWorker(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('scan-worker.js runs only as a worker thread');
  // The assessment and the brief are loaded only by an overview's workers.
  const rowOf = setup.rowJobs ? (await import('./overview-row.js')).overviewRowOf : undefined;
  // A document posted back whole has its force decided by the main thread, which keeps it.
  const legalForce = setup.wantDocument ? undefined : await forceDecision(setup.legalForce);
  // The main thread says go once the rules have loaded without errors (the rules module, with its YAML
  // and schema libraries, is never loaded here) and the files are listed.
  const go = await new Promise<WorkerGo>((resolve) => port.once('message', resolve));
  const ruleSet = ruleSetWorkedOut(go.rules, go.workedOut);
  // Where the rules are, for the pool's watchdog: the rule's place in the list the pool holds too.
  const ruleIndexes = new Map(go.rules.map((rule, i) => [rule, i]));
  const options: ScanOptions = {
    ...scanOptionsFromEnv(),
    onRule(rule) {
      if (rule === undefined) {
        setup.rulesSince[0] = 0;
        Atomics.store(setup.current, 1, -1);
        return;
      }
      Atomics.store(setup.current, 1, ruleIndexes.get(rule) ?? -1);
      if (setup.rulesSince[0] === 0) setup.rulesSince[0] = Date.now();
    },
  };

  const scanning = { ruleSet, options, legalForce, rowOf };
  // Files from the shared queue until it is empty; `current` tells the pool which file a crash would take with it.
  for (let index = takeJob(go.counter, go.order); index !== undefined; index = takeJob(go.counter, go.order)) {
    Atomics.store(setup.current, 0, index);
    port.postMessage(await scanFile(index, go.paths[index] as string, scanning));
  }
  Atomics.store(setup.current, 0, -1);
  port.postMessage({ kind: 'idle' });
}
