import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AgreementDocument, AgreementMeta, Finding, Signal } from '../model.js';
import { PACKAGE_ROOT } from '../paths.js';
import type { AgreementRow } from '../report/overview/row.js';
import type { ForcePrinted } from '../report/scan/index.js';
import { workedOutOf, type RulesWorkedOut } from '../rules/compile.js';
import type { CompiledRule, RuleSet } from '../rules/types.js';
import { startModuleWorker } from '../module-worker.js';
import { DEFAULT_TIME_BUDGET_MS, TimeBudgetExceeded } from '../engine/index.js';
import type { RowJob } from './overview-row.js';
import { startWorkersAtFullYoungGeneration, YoungGenerationHold, WORKER_OLD_GENERATION_MB, WORKER_YOUNG_GENERATION_MB } from './v8-tuning.js';

/** What every worker is started with. */
export interface WorkerSetup {
  /** Post each document back too (for `inspect`: gates, eval's article texts). */
  wantDocument: boolean;
  /**
   * Overview rows instead of findings: for each file (by index) how to name it and where its brief goes;
   * the worker then assesses each document and posts back its row alone.
   */
  rowJobs?: readonly RowJob[];
  /** The folder of the cache of read documents, if any. */
  cacheDir?: string;
  /** Post back only the findings of these categories (the output keeps no others); all when absent. Signals are all posted back. */
  kinds?: readonly string[];
  /** Decide the legal force of what the output prints of the posted findings and signals, while the document is at hand. */
  legalForce?: ForcePrinted;
  /**
   * Documents the main thread has read already (from standard input, or a rule's examples): file `i` is
   * `documents[i]`, scanned as it is instead of read from its path (see DocumentJob).
   */
  documents?: readonly DocumentJob[];
}

/** A document read before the scan, and the rules it is scanned with. */
export interface DocumentJob {
  doc: AgreementDocument;
  /** Places in the run's rules of the rules to scan it with; every rule when absent. */
  rules?: readonly number[];
}

/** What a worker is started with: the run's setup, and the slots it keeps its current file in. */
export interface WorkerData extends WorkerSetup {
  /** [0]: the index of the file being scanned, -1 between files; [1]: the index of the rule running on it, -1 outside the rules. */
  current: Int32Array;
  /** [0]: when (Date.now) the rules started on the current file, 0 outside the rules: what the pool's watchdog reads. */
  rulesSince: Float64Array;
}

export interface ScannedDocument {
  documentId: string;
  title: string;
  /** As the scan shows it: en, fr, es, or the code of a language the rules do not read (shownLanguage). */
  language: string;
  meta: AgreementMeta;
  findings: Finding[];
  signals: Signal[];
  cutShort?: true;
  lostNotes?: string[];
  warnings?: string[];
}

/** What a worker says about one file; `index` is the file's place in the run's list. */
export type FileReply =
  | { index: number; kind: 'scanned'; scanned: ScannedDocument; doc?: AgreementDocument }
  /** The reader refused the file (a UserError): a per-file error, as in-process. */
  | { index: number; kind: 'unreadable'; message: string }
  /** Something broke while scanning the file (a bug, or the worker died). */
  | { index: number; kind: 'failed'; message: string }
  /** The overview row of the file (a run with `rowJobs`). */
  | { index: number; kind: 'row'; row: AgreementRow };

/** The queue is empty: the worker may be stopped. */
export type WorkerReply = FileReply | { kind: 'idle' };

/**
 * The main thread's go, with the rules it has loaded and checked, compiled (regexes, maps and sets
 * survive the structured clone): a worker never parses rule files, so it starts scanning sooner. The
 * files come with it, so that workers can start (and load their modules) while the files are still
 * being listed.
 */
export interface WorkerGo {
  rules: CompiledRule[];
  /** What the main thread's RuleSet already holds worked out for these rules (the bundle's anchor plans and hash): no worker works it out again. */
  workedOut: RulesWorkedOut;
  paths: readonly string[];
  /** The shared queue (JobQueue): the next place in `order` to hand out. */
  counter: Int32Array;
  /** File indexes in the order they are handed out. */
  order: Int32Array;
}

/** Hands out the next file index in `order`, or undefined when none is left (shared memory, any thread). */
export function takeJob(counter: Int32Array, order: Int32Array): number | undefined {
  const next = Atomics.add(counter, 0, 1);
  return next < order.length ? order[next] : undefined;
}

/**
 * The files still to scan, shared by the main thread and the workers through shared memory: each takes
 * its next file itself, so a worker never waits for a busy main thread to hand it one.
 */
export class JobQueue {
  /** [0]: the next place in `order` to hand out. */
  readonly counter = new Int32Array(new SharedArrayBuffer(4));
  /**
   * File indexes in the order they are handed out: by default the run's order, in which results are
   * written as soon as they are done (taking files in another order holds finished results back until
   * the earlier ones come); see handOutOrder.
   */
  readonly order: Int32Array;

  constructor(fileCount: number, order?: readonly number[]) {
    this.order = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, fileCount))).subarray(0, fileCount);
    for (let i = 0; i < fileCount; i++) this.order[i] = order ? (order[i] as number) : i;
  }

  take(): number | undefined {
    return takeJob(this.counter, this.order);
  }

  get empty(): boolean {
    return Atomics.load(this.counter, 0) >= this.order.length;
  }
}

/**
 * The compiled worker script. Under vitest this module runs from src/ (TypeScript), where no .js
 * worker exists, so the one in dist/ is used; undefined when it has not been built.
 */
export function workerScript(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  const script = here.endsWith('.js') ? join(here, '..', 'scan-worker.js') : join(PACKAGE_ROOT, 'dist', 'src', 'cli', 'scan-worker.js');
  return existsSync(script) ? script : undefined;
}

/** Worker threads started before the run's files are known: they load their modules and wait. */
export interface StartedPool {
  /** The files the workers are to scan, taken from `queue` (the main thread may take from it too). */
  assign(paths: readonly string[], queue: JobQueue): ScanPool;
  /** Sends the workers away (nothing to scan after all, or the run failed). */
  stop(): void;
}

export interface ScanPool {
  /** Lets the workers take files, scanned with these rules; `onReply` hears of each file they finish. */
  release(ruleSet: RuleSet, onReply: (reply: FileReply) => void): void;
  /** Settles once released, the queue is empty and every worker has finished its file. */
  done: Promise<void>;
  /** Stops every worker at once (the run failed elsewhere, or the rules did not load). */
  stop(): void;
  /** This thread has finished a document of its own: the pool looks at its young generation (see YoungGenerationHold). */
  afterDocument(): void;
}

/** How the pool watches its workers. */
export interface PoolWatch {
  /** The rules' time budget per document (ScanOptions.timeBudgetMs). */
  budgetMs: number;
  /** The workers alone scan (the main thread only waits): a worker lost early is replaced all the same. */
  alone: boolean;
}

/** What the pool knows of a running worker: the slots it shares with it. */
interface Watched {
  current: Int32Array;
  rulesSince: Float64Array;
}

/**
 * Starts `size` worker threads that load their modules and then wait; once released they scan files from
 * `queue` and report each (in any order; the caller places replies by index). A worker that dies takes
 * only the file it was scanning with it: that file is reported as failed and a fresh worker takes over.
 * A worker that dies before finishing any file is not replaced when the main thread scans too (it scans
 * the rest anyway); it is when the workers alone scan (`alone`).
 *
 * A watchdog stops a worker whose rules have run on one file past the time budget (`budgetMs`, plus a
 * grace that leaves the engine's own check between rules to speak first): a regex that backtracks
 * without end never returns to that check. The file is reported with the rule it was stuck in, and a
 * fresh worker takes the rest of the queue.
 */
export function startScanPool(script: string, paths: readonly string[], size: number, setup: WorkerSetup, queue: JobQueue, watch?: PoolWatch): ScanPool {
  return openScanPool(script, size, setup, watch).assign(paths, queue);
}

/**
 * Starts the workers of startScanPool before the files are known: each loads its modules while this
 * thread lists the files and loads the rules; `assign` then says which files they are.
 */
export function openScanPool(script: string, size: number, setup: WorkerSetup, watch: PoolWatch = { budgetMs: DEFAULT_TIME_BUDGET_MS, alone: false }): StartedPool {
  let paths: readonly string[] = [];
  let queue = new JobQueue(0);
  const live = new Map<Worker, Watched>();
  const replied = new Set<number>();
  let onReply: ((reply: FileReply) => void) | undefined;
  let go: WorkerGo | undefined;
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  let watchdog: NodeJS.Timeout | undefined;
  const youngGeneration = new YoungGenerationHold();
  const settle = () => {
    clearInterval(watchdog);
    youngGeneration.stop();
    resolveDone();
  };
  const settleIfIdle = () => onReply && live.size === 0 && settle();
  const reply = (r: FileReply) => {
    if (replied.has(r.index)) return;
    replied.add(r.index);
    onReply?.(r);
  };
  let lastWords = '';
  // No worker could start, and no other thread scans: each file left says so rather than go missing.
  const failRestIfDeserted = () => {
    if (!watch.alone || live.size > 0 || !onReply) return;
    for (let index = queue.take(); index !== undefined; index = queue.take()) reply({ index, kind: 'failed', message: lastWords });
  };
  const start = () => {
    const current = new Int32Array(new SharedArrayBuffer(8)).fill(-1);
    const rulesSince = new Float64Array(new SharedArrayBuffer(8));
    const data: WorkerData = { ...setup, current, rulesSince };
    const resourceLimits = { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
    startWorkersAtFullYoungGeneration();
    const worker = startModuleWorker(Worker, script, { workerData: data, resourceLimits });
    worker.once('online', () => youngGeneration.workerOnline());
    live.set(worker, { current, rulesSince });
    if (go) worker.postMessage(go);
    let finished = 0;
    let lastError = '';
    worker.on('message', (message: WorkerReply) => {
      if (!live.has(worker)) return; // stopped by the watchdog as it finished
      if (message.kind !== 'idle') {
        finished++;
        youngGeneration.check();
        return reply(message);
      }
      live.delete(worker);
      void worker.terminate();
      settleIfIdle();
    });
    worker.on('error', (error) => (lastError = error.message));
    worker.on('exit', (code) => {
      if (!live.delete(worker)) return; // terminated: idle, stopped, or stuck
      const lost = Atomics.load(current, 0);
      const message = `the scan worker stopped (exit code ${code}${lastError ? `: ${lastError}` : ''})`;
      if (lost >= 0) reply({ index: lost, kind: 'failed', message });
      if ((finished > 0 || (watch.alone && lost >= 0)) && !queue.empty) start();
      else lastWords = message;
      failRestIfDeserted();
      settleIfIdle();
    });
  };
  const grace = Math.max(500, watch.budgetMs / 10);
  const stopStuck = () => {
    const now = Date.now();
    for (const [worker, { current, rulesSince }] of live) {
      const since = rulesSince[0] as number;
      const file = Atomics.load(current, 0);
      if (since === 0 || file < 0 || now - since <= watch.budgetMs + grace) continue;
      live.delete(worker);
      void worker.terminate();
      const rule = go?.rules[Atomics.load(current, 1)];
      reply({ index: file, kind: 'unreadable', message: new TimeBudgetExceeded(rule, watch.budgetMs, paths[file] as string).message });
      if (!queue.empty) start();
    }
    settleIfIdle();
  };
  for (let i = 0; i < size; i++) start();
  const stop = () => {
    const workers = [...live.keys()];
    live.clear();
    for (const worker of workers) void worker.terminate();
    settle();
  };
  const pool: ScanPool = {
    release(ruleSet, listener) {
      onReply = listener;
      go = { rules: ruleSet.rules, workedOut: workedOutOf(ruleSet), paths, counter: queue.counter, order: queue.order };
      for (const worker of live.keys()) worker.postMessage(go);
      watchdog = setInterval(stopStuck, Math.min(1000, Math.max(50, watch.budgetMs / 4)));
      failRestIfDeserted();
      settleIfIdle();
    },
    done,
    stop,
    afterDocument: () => youngGeneration.check(),
  };
  return {
    assign(files, filesQueue) {
      paths = files;
      queue = filesQueue;
      return pool;
    },
    stop,
  };
}
