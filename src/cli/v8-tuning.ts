import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what the last full collection left alive, in percent.
 * By default it may grow up to fourfold on a machine with much memory, and an overview or scan spends
 * most of its allocation on texts that die with their document: the heap then swells with garbage as a
 * run goes on (an overview of four copies of the ToTA corpus peaked at 1.5 times one copy's memory,
 * with nothing kept). A fifth more keeps the peak at the live documents plus a margin, flat however
 * many files a run reads, for a few percent more collection time (see `npm run bench`).
 */
const HEAP_GROWING_PERCENT = 20;

/**
 * The heap budget of a scan or overview worker thread (its old generation, in megabytes): several times
 * what the largest agreement of the ToTA corpus needs, so that a runaway document stops its worker (the
 * file is reported as failed and a fresh worker goes on) instead of growing it without bound.
 */
export const WORKER_OLD_GENERATION_MB = 1024;

/**
 * The young generation of a scan or overview worker thread, in megabytes (V8 splits it into two
 * semi-spaces of a third each, 4 MB here, and keeps the third for large young objects). By default
 * V8 grows each thread's semi-spaces to 16 MB as a scan allocates, and both stay resident: 32 MB of a
 * worker's 75–80 MB of heap, the most of anything it holds (its compiled regexes take 10 MB, its
 * documents in flight 10–15 MB, rules, modules and the rest of its old generation 15–20 MB). A
 * smaller nursery collects more often and promotes a little more, but a worker scans only its share
 * of the files: the process's whole CPU time barely moves. The main thread's, which only a command-line
 * flag sets, is held beside workers instead (YoungGenerationHold).
 */
export const WORKER_YOUNG_GENERATION_MB = 12;

/** A semi-space of a scan or overview worker thread, in megabytes: a third of its young generation (V8's split, above). */
const WORKER_SEMI_SPACE_MB = WORKER_YOUNG_GENERATION_MB / 3;

/**
 * Worker threads started from here on begin at the semi-space their young generation allows (see
 * WORKER_YOUNG_GENERATION_MB) instead of 1 MB: the size they grow to within their first documents, and
 * one they keep once YoungGenerationHold has stopped all growth. V8 reads it as each thread's heap is
 * set up: call before starting a worker.
 */
export function startWorkersAtFullYoungGeneration(): void {
  setFlagsFromString(`--min-semi-space-size=${WORKER_SEMI_SPACE_MB}`);
}

/**
 * The semi-space the main thread's young generation is held at, in megabytes, in a run that shares its
 * work with worker threads. Only a command-line flag sets it, and V8 grows it from 1 MB to 16 MB as a
 * scan allocates, both semi-spaces resident: beside a worker, 32 MB of the process's peak. At 4 MB the
 * main thread collects its young objects more often for the files it scans (held at the 1–2 MB the
 * start-up leaves, it collected them so often that `scan --jobs 2` took a tenth more CPU).
 */
const MAIN_SEMI_SPACE_MB = 4;

/** Both semi-spaces of this thread's young generation, in bytes (V8's new space). */
function youngGenerationBytes(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}

/**
 * Stops the growth of the main thread's young generation once it reaches MAIN_SEMI_SPACE_MB, in a run
 * with worker threads (see openScanPool). It is looked at after each collection the event loop hears
 * of (while the run lists its files and loads its rules) and after each document (`check`: a document
 * is scanned in one go, and the loop hears of nothing meanwhile); `workerOnline` as each worker starts.
 * V8 reads its growth factor at each growth, but raises it back to its least (2) whenever a thread's
 * heap is set up, as each worker starts: which is why it is set again then (and why setting it at
 * start-up holds nothing).
 */
export class YoungGenerationHold {
  private held = false;
  private readonly collections = new PerformanceObserver(() => this.check());

  constructor() {
    this.collections.observe({ entryTypes: ['gc'] });
    this.check();
  }

  check(): void {
    if (this.held || youngGenerationBytes() < 2 * MAIN_SEMI_SPACE_MB * 1024 * 1024) return;
    this.held = true;
    this.collections.disconnect();
    setFlagsFromString('--semi-space-growth-factor=1');
  }

  workerOnline(): void {
    if (this.held) setFlagsFromString('--semi-space-growth-factor=1');
    else this.check();
  }

  /** The run is over: no more looking. */
  stop(): void {
    this.collections.disconnect();
  }
}

/** The bytecode a function runs before V8 considers compiling it with TurboFan (V8's own default: 66 kB); see tuneV8. */
const INTERRUPT_BUDGET_BYTES = 300_000;

/**
 * V8 settings for a culturescan process, set before the pipeline's modules run; worker threads share
 * them. The scan's hot functions are large (the XML parser, rule evaluation, the unit builder), and
 * TurboFan inlining into them costs tens of milliseconds of compilation each, again in every worker
 * thread, without making them measurably faster: a batch scan of the ToTA corpus spends about a third
 * less CPU time without it (see `npm run bench`, which runs both of its phases with these settings).
 */
export function tuneV8(): void {
  setFlagsFromString('--no-turbo-inlining');
  // By default V8 runs a regex's first match in its bytecode interpreter and compiles it to machine code
  // on the second: every regex run more than once is compiled twice. A scan runs most of its few hundred
  // regexes several times even on a short text, so compiling each once, straight to machine code, cuts a
  // tenth of a small scan's time and costs a whole-corpus scan nothing.
  setFlagsFromString('--no-regexp-tier-up');
  // V8 sends a function to TurboFan once it has run about 66 kB of bytecode (its interrupt budget), and
  // a scan's functions reach that within their first documents, before their type feedback has
  // settled: a full scan of the ToTA corpus compiled about 510 functions, many of them twice or more
  // after a deoptimisation, each on a compiler thread whose CPU counts as the scan's. With a budget of
  // about 300 kB, half as many are compiled (about 240, a third of the deoptimisations), on feedback
  // that holds, and the scan runs no slower: read at run time, so it takes effect here, before the
  // pipeline's functions are created.
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET_BYTES}`);
  // The rest of V8's own threads' CPU is concurrent marking: the heap held to a fifth over what the last
  // full collection left (above) is collected about a dozen times in a scan of the corpus. Marking on the
  // main thread alone (--no-concurrent-marking) takes 0.92 times the CPU but 1.07 times the peak
  // memory, one marking thread instead of several 1.04 times the CPU, and --single-threaded-gc cannot
  // be set once V8 runs (it stops the process): none is set. A budget of 1 MB compiled less again but
  // ran no faster than 300 kB (0.97 against 0.94 times the CPU of the default).
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
