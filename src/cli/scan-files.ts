import { shownLanguage } from '../shown-language.js';
import { scanOptionsFromEnv } from './time-budget.js';
import { stat } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { basename, extname } from 'node:path';
import type { AgreementDocument, Detections, DocumentResult } from '../model.js';
import { readAgreement } from '../ingest/index.js';
import { DEFAULT_TIME_BUDGET_MS, scanDocument } from '../engine/index.js';
import { openRuleSet } from '../rules/open.js';
import type { RuleSet } from '../rules/types.js';
import { isUserError } from '../errors.js';
import { handOutOrder, largestFirstCount } from './hand-out-order.js';
import { mapLimit } from './map-limit.js';
import type { InputFile } from './paths-expand.js';
import type { RowJob } from './overview-row.js';
import type { Progress } from './progress.js';
import type { ForcePrinted } from '../report/scan/index.js';
import { keptCategories, keptDetections, type ForceDecision } from './kept-detections.js';
import { readingNotes } from './reading-notes.js';
import { includesUserRules } from './scan-options.js';
import type { FileReply, JobQueue, ScanPool, StartedPool, WorkerSetup } from './scan-pool.js';

/** A few files at a time: reading (disk, PDF workers) overlaps with the synchronous engine. */
const READ_CONCURRENCY = 4;

/**
 * Without --jobs, a job per this many bytes of input at most: starting a worker thread (its modules, its
 * warm-up) costs a few tenths of a second of CPU, which a small run never wins back (eval's 13 MB of gold agreements
 * ran slower with a worker than without on a busy 2-core machine; the 38 MB corpus runs faster).
 */
const BYTES_PER_JOB = 8_000_000;

/** How to start a batch scan: its rules, and its worker threads (see startScan). */
export interface WorkerOptions {
  /** The rule folders of the run: this thread loads them while the workers start, then hands the rules over. */
  ruleDirs: readonly string[];
  /** Working directory the rules are loaded against (for the workers' messages). */
  cwd: string;
  /** Files scanned at once: this thread plus jobs - 1 worker threads (with rules of the user's, jobs worker threads); 1 = here alone (one worker); undefined = by CPUs and input size. */
  jobs?: number;
  /** Whether `inspect` will be used: the workers then post each document back. */
  wantDocument: boolean;
  /** An overview: the workers post back each file's row (see WorkerSetup.rowJobs). */
  rowJobs?: readonly RowJob[];
  /** The folder of the cache of read documents (Io.cacheDir); none: every file is read afresh. */
  cacheDir?: string | undefined;
  /** Without `inspect`, the categories the output keeps: the workers post back only those findings (and every signal). */
  kinds?: ReadonlySet<string>;
  /** Decide the legal force of what the output prints of it (see ScanFilesOptions.legalForce). */
  legalForce?: ForcePrinted;
  /** Workers started before the files were listed (startWorkersEarly), for startScan to take over. */
  early?: EarlyWorkers;
}

/** Worker threads started by startWorkersEarly: they load their modules while the files are listed. */
export interface EarlyWorkers {
  started: StartedPool;
}

/** Worker threads started for a batch scan, waiting for `scanFiles` to release them. */
export interface ScanWorkers {
  pool: ScanPool;
  queue: JobQueue;
  /**
   * The workers alone run the rules, this thread only waits and watches: the rules include the user's,
   * and a rule that never returns can be stopped in a worker, never in this thread.
   */
  alone: boolean;
}

export interface ScanFilesOptions {
  ruleSet: RuleSet;
  /** The folder of the cache of read documents, if any (startScan passes it on). */
  cacheDir?: string | undefined;
  /** Started by startScan for these very files; without them every file is scanned in this thread. */
  workers?: ScanWorkers;
  /** Keep only findings of these categories; every category when absent. Signals are all kept. */
  kinds?: ReadonlySet<string>;
  /**
   * Sees each document and all of its findings (before the `kinds` filter) and signals while the document is
   * still in memory (gates, eval's article texts); the document is dropped afterwards.
   */
  inspect?: (doc: AgreementDocument, detections: Detections, file: InputFile) => void;
  /**
   * Decides the legal force of each kept finding, and signal where the output prints it, as the assessment
   * would: withLegalForce, loaded by the caller only when wanted (its language library is heavy).
   */
  legalForce?: ForceDecision;
  /** Told of each file as it is done (the progress line). */
  progress?: Progress;
}

export function documentIdOf(path: string): string {
  return basename(path, extname(path));
}

function unreadable(file: InputFile, message: string): DocumentResult {
  return { documentId: documentIdOf(file.display), source: file.display, title: null, language: null, meta: null, findings: [], signals: [], errors: [message] };
}

/**
 * The result of a scanned document: `inspect` sees every finding, the result keeps the asked kinds. Its
 * strings (evidence, excerpts, headings, title) are copied: as slices of the document's text they would
 * keep the whole text alive for as long as the result is.
 */
function scanned(doc: AgreementDocument, all: Detections, file: InputFile, options: ScanFilesOptions): DocumentResult {
  options.inspect?.(doc, all, file);
  const { findings, signals } = keptDetections(doc, all, options.kinds, options.legalForce);
  return structuredClone({ documentId: doc.id, source: file.display, title: doc.title, language: shownLanguage(doc), meta: doc.meta, findings, signals, errors: [], ...readingNotes(doc) });
}

async function scanOne(file: InputFile, options: ScanFilesOptions): Promise<DocumentResult> {
  let doc: AgreementDocument;
  try {
    doc = await readAgreement(file.absolute, { cacheDir: options.cacheDir });
  } catch (error) {
    if (!isUserError(error)) throw error;
    return unreadable(file, error.message);
  }
  let detections: Detections;
  try {
    detections = scanDocument(doc, options.ruleSet, scanOptionsFromEnv());
  } catch (error) {
    // A rule that ran past the time budget stops this document only.
    if (!isUserError(error)) throw error;
    return unreadable(file, error.message);
  }
  return scanned(doc, detections, file, options);
}

function fileSizes(files: readonly InputFile[]): Promise<number[]> {
  return Promise.all(files.map((f) => stat(f.absolute).then((s) => s.size, () => 0)));
}

/**
 * The processors no other work is using: the CPUs less the load of the last minute. A worker thread only
 * shortens a run on a processor that would otherwise sit idle; on a busy machine it takes the same wall
 * time and a quarter more CPU (the ToTA corpus with --jobs 2 against --jobs 1, under a load of 20 on 2 cores).
 */
export function idleProcessors(cpus = availableParallelism(), load = loadavg()[0] ?? 0): number {
  return Math.max(1, Math.round(cpus - load));
}

/**
 * How many files a scan of files of these sizes works on at once: an explicit --jobs (at most one per
 * file), else by idle processors and input size.
 */
export function jobCount(sizes: readonly number[], jobs: number | undefined, idle = idleProcessors()): number {
  if (sizes.length < 2) return 1;
  if (jobs !== undefined) return Math.min(jobs, sizes.length);
  const bytes = sizes.reduce((a, b) => a + b, 0);
  return Math.max(1, Math.min(idle, sizes.length, Math.floor(bytes / BYTES_PER_JOB)));
}

function resultOf(reply: FileReply, file: InputFile, options: ScanFilesOptions): DocumentResult {
  if (reply.kind === 'unreadable') return unreadable(file, reply.message);
  if (reply.kind === 'failed') return unreadable(file, `internal error while scanning: ${reply.message}`);
  if (reply.kind === 'row') return unreadable(file, 'internal error: an overview row where findings were expected');
  const { scanned: s, doc } = reply;
  if (doc) return scanned(doc, { findings: s.findings, signals: s.signals }, file, options);
  return { documentId: s.documentId, source: file.display, title: s.title, language: s.language, meta: s.meta, findings: keptCategories(s.findings, options.kinds), signals: s.signals, errors: [], ...readingNotes(s) };
}

/** What every worker of a run is told at its start. */
function workerSetup(options: WorkerOptions): WorkerSetup {
  return {
    wantDocument: options.wantDocument,
    ...(options.kinds && !options.wantDocument ? { kinds: [...options.kinds] } : {}),
    ...(options.legalForce ? { legalForce: options.legalForce } : {}),
    ...(options.rowJobs ? { rowJobs: options.rowJobs } : {}),
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
  };
}

/** Starts `count` worker threads that wait for their files (see openScanPool); undefined when there is no built worker. */
async function openWorkers(count: number, options: WorkerOptions, alone: boolean): Promise<StartedPool | undefined> {
  const { openScanPool, workerScript } = await import('./scan-pool.js');
  const script = workerScript();
  if (!script) return undefined;
  const budgetMs = scanOptionsFromEnv().timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  return openScanPool(script, count, workerSetup(options), { budgetMs, alone });
}

/**
 * With an explicit --jobs N over 1, the run's N - 1 worker threads (N with rules of the user's), started
 * before its files are listed: each loads its modules meanwhile, which takes longer than listing a
 * corpus. Pass them to startScan in `early`; they are sent away if the run turns out to have fewer than
 * two files, or if it stops first (stop them then).
 */
async function startWorkersEarly(options: WorkerOptions): Promise<EarlyWorkers | undefined> {
  if (options.jobs === undefined || options.jobs < 2 || options.rowJobs) return undefined;
  const alone = includesUserRules(options.ruleDirs);
  const started = await openWorkers(alone ? options.jobs : options.jobs - 1, options, alone);
  return started ? { started } : undefined;
}

/**
 * Starts the worker threads of a batch scan when it is worth it (several jobs, several files, a built
 * worker), or always when the rules include the user's: then the workers alone run them, so that one
 * that never returns can be stopped. They take no file until `scanFiles` releases them, and `stop()`
 * sends them away. Workers started early (options.early) are taken over, or sent away when not needed.
 */
async function startWorkers(files: readonly InputFile[], options: WorkerOptions): Promise<ScanWorkers | undefined> {
  const alone = includesUserRules(options.ruleDirs) && files.length > 0;
  if (!alone && (files.length < 2 || options.jobs === 1)) {
    options.early?.started.stop();
    return undefined;
  }
  // An explicit --jobs needs no sizes but those of the last files: only the default weighs the input.
  const sizes = options.jobs === undefined ? await fileSizes(files) : undefined;
  const jobs = jobCount(sizes ?? files.map(() => 0), options.jobs);
  const started = options.early?.started ?? (jobs > 1 || alone ? await openWorkers(alone ? jobs : jobs - 1, options, alone) : undefined);
  if (!started) return undefined;
  const { JobQueue } = await import('./scan-pool.js');
  const largestFirst = largestFirstCount(files.length, jobs);
  const lastSizes = sizes ? sizes.slice(files.length - largestFirst) : await fileSizes(files.slice(files.length - largestFirst));
  const queue = new JobQueue(files.length, handOutOrder(files.length, lastSizes));
  // With the user's rules every job is a worker; else this thread is one of the jobs.
  return { queue, alone, pool: started.assign(files.map((f) => f.absolute), queue) };
}

/**
 * The start of a batch scan, shared by `scan` and `eval`: the worker threads (when worth it) load their
 * modules while this thread loads and checks the rules, which `scanFiles` hands them; broken rules send
 * the waiting workers away before the error goes on. Spread the result into `scanFiles`' options.
 */
export async function startScan(files: readonly InputFile[], options: WorkerOptions): Promise<{ ruleSet: RuleSet; workers: ScanWorkers | undefined; cacheDir: string | undefined }> {
  scanOptionsFromEnv(); // a bad time budget is said once, here, before any worker reads it
  const workers = await startWorkers(files, options);
  try {
    return { ruleSet: await openRuleSet(options.ruleDirs, { cwd: options.cwd }), workers, cacheDir: options.cacheDir };
  } catch (error) {
    workers?.pool.stop();
    throw error;
  }
}

/**
 * startScan for the files `list` gives: worker threads asked for with --jobs start first and load their
 * modules while `list` lists the files (and does whatever else comes before the scan: reading gold
 * labels, checking the output); if it fails, they are sent away before the error goes on.
 */
export async function listAndStartScan(options: WorkerOptions, list: () => Promise<InputFile[]>): Promise<{ files: InputFile[]; start: Awaited<ReturnType<typeof startScan>> }> {
  const early = await startWorkersEarly(options);
  let files: InputFile[];
  try {
    files = await list();
  } catch (error) {
    early?.started.stop();
    throw error;
  }
  return { files, start: await startScan(files, { ...options, ...(early ? { early } : {}) }) };
}

/** Runs `open` (the output, say) once the workers are started; if it fails, they are sent away before the error goes on. */
export function stoppingWorkersOnError<T>(workers: ScanWorkers | undefined, open: () => T): T {
  try {
    return open();
  } catch (error) {
    workers?.pool.stop();
    throw error;
  }
}

/** Hands results on in the order of the files, holding back only those that finish before an earlier one. */
export class InOrder<T> {
  private next = 0;
  private readonly waiting = new Map<number, T>();

  constructor(private readonly deliver: (result: T, index: number) => void) {}

  put(index: number, result: T): void {
    this.waiting.set(index, result);
    for (let ready = this.waiting.get(this.next); ready !== undefined; ready = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.deliver(ready, this.next++);
    }
  }
}

/**
 * Reads and scans every file and hands each result to `onResult` as soon as it and every earlier file
 * are done, in the order of `files`: nothing but the results that finished early is kept. With workers,
 * this thread scans alongside them, all taking files from one queue (in that order, but the last few
 * largest first: see handOutOrder); without, it scans alone, a few reads at a time.
 */
export async function scanEach(files: readonly InputFile[], options: ScanFilesOptions, onResult: (result: DocumentResult, index: number) => void): Promise<void> {
  const inOrder = new InOrder<DocumentResult>(onResult);
  const workers = options.workers;
  const finished = (index: number, result: DocumentResult) => {
    options.progress?.done(result.source);
    inOrder.put(index, result);
  };
  await forEachFile(
    files,
    { ruleSet: options.ruleSet, workers },
    async (file, index) => finished(index, await scanOne(file, options)),
    (reply) => finished(reply.index, resultOf(reply, files[reply.index] as InputFile, options)),
  );
}

/**
 * Does `here` on each of `items` in this thread, or has a worker do it: with workers (started by
 * startScan), this thread takes items from one queue alongside them and `fromWorker` takes each of
 * their replies; without, this thread does them all, a few at a time, so that reading (the disk, the
 * PDF workers) overlaps with the engine.
 */
export async function forEachFile<T>(
  items: readonly T[],
  options: { ruleSet: RuleSet; workers: ScanWorkers | undefined },
  here: (item: T, index: number) => Promise<void>,
  fromWorker: (reply: FileReply) => void,
): Promise<void> {
  const { ruleSet, workers } = options;
  if (!workers) {
    await mapLimit(items, READ_CONCURRENCY, here);
    return;
  }
  workers.pool.release(ruleSet, fromWorker);
  try {
    for (let index = workers.alone ? undefined : workers.queue.take(); index !== undefined; index = workers.queue.take()) {
      await here(items[index] as T, index);
      workers.pool.afterDocument();
    }
  } catch (error) {
    workers.pool.stop();
    throw error;
  }
  await workers.pool.done;
}

/** Every file's result at once, in the order of `files` (see scanEach). */
export async function scanFiles(files: readonly InputFile[], options: ScanFilesOptions): Promise<DocumentResult[]> {
  const results: DocumentResult[] = [];
  await scanEach(files, options, (result) => results.push(result));
  return results;
}
