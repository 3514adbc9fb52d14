import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { UserError } from '../errors.js';
import { inputLimits, megabytes, type InputLimits } from '../input-limits.js';
import { PACKAGE_ROOT } from '../paths.js';
import { startModuleWorker } from '../module-worker.js';
import type { DirectBudget } from './pdf-direct.js';
import type { PdfFailure } from './pdf-pages.js';
import type { Reader } from './reader.js';
import { startsWith } from './text-decode.js';

/** Every PDF opens with its header, `%PDF-` and the version. */
function isPdf(bytes: Uint8Array): boolean {
  return startsWith(bytes, '%PDF-');
}

/** Fewer letters than this per page, on average, means the pages are pictures (a scan without OCR). */
const MIN_LETTERS_PER_PAGE = 20;

/** A PDF, page by page through pdf-parse in a thread of its own, without running headers, footers and page numbers. */
export const pdfReader: Reader = {
  format: 'pdf',
  extensions: ['.pdf'],
  label: 'a PDF',
  sniff: isPdf,
  recognise: isPdf,
  async read(bytes, name) {
    const { pageTexts, warnings, cutShort } = await extractPagesOfWhole(bytes, name);
    if (pageTexts.length === 0) throw new UserError('has no pages', name);
    if (!hasLetters(pageTexts, MIN_LETTERS_PER_PAGE * Math.max(1, pageTexts.length))) {
      throw new UserError(
        `has no text layer (${pageTexts.length} page(s) of images, as a scanner makes them); run OCR on it first, e.g. ocrmypdf`,
        name,
      );
    }
    const { joinPages } = await import('./pdf-furniture.js');
    const extraction = { ...joinPages(pageTexts), ...(cutShort ? { cutShort } : {}) };
    return warnings.length > 0 ? { ...extraction, warnings } : extraction;
  },
};

/**
 * The pages of a PDF, also of one cut short whose catalog is left (see pdf-cut-short.ts), with one
 * warning; one cut before it is refused in one line that says it was cut short. A PDF laid out for the
 * web (linearised) lists its pages before their text, so a cut may leave the list and lose the last
 * pages' text: those pages read empty, and the file is read up to the last page whose text is left,
 * marked cut short (the brief lists the rest as missing).
 */
async function extractPagesOfWhole(bytes: Uint8Array, name: string): Promise<{ pageTexts: string[]; warnings: string[]; cutShort?: true }> {
  try {
    return { pageTexts: await extractPages(bytes, name), warnings: [] };
  } catch (error) {
    const { endsEarly, withTrailer } = await import('./pdf-cut-short.js');
    if (!(error instanceof UserError) || !error.message.startsWith(CORRUPT) || !endsEarly(bytes)) throw error;
    const mended = withTrailer(bytes);
    const cut = 'is cut short (it ends without the %%EOF marker that ends a PDF)';
    if (!mended) throw new UserError(`${cut}, before the part that lists its pages: no page can be read; download it again`, name);
    const pageTexts = await extractPages(mended, name).catch(() => {
      throw new UserError(`${cut}, and what is left does not read: no page can be read; download it again`, name);
    });
    const kept = pageTexts.length - emptyPagesAtEnd(pageTexts);
    if (kept === pageTexts.length || kept === 0) return { pageTexts, warnings: [`${cut}: read from what it holds, the list of its pages included (${pageTexts.length} page(s))`] };
    return {
      pageTexts: pageTexts.slice(0, kept),
      warnings: [`${cut}: read up to page ${kept} of ${pageTexts.length}, the last whose text is left; the rest is missing`],
      cutShort: true,
    };
  }
}

/** How many pages at the end hold no letter. */
function emptyPagesAtEnd(pageTexts: readonly string[]): number {
  let empty = 0;
  while (empty < pageTexts.length && !/\p{L}/u.test(pageTexts[pageTexts.length - 1 - empty] ?? '')) empty++;
  return empty;
}

/** Whether the pages hold at least `needed` letters: counted one by one without a list of them, and only until there are enough. */
function hasLetters(pageTexts: readonly string[], needed: number): boolean {
  const letter = /\p{L}/gu;
  let count = 0;
  for (const text of pageTexts) {
    letter.lastIndex = 0;
    while (count < needed && letter.test(text)) count++;
    if (count >= needed) return true;
  }
  return false;
}

async function extractPages(bytes: Uint8Array, name: string): Promise<string[]> {
  const limits = inputLimits();
  // The PDFs LibreOffice, Word and browsers print are read directly, here, in a small fraction of pdf.js's
  // time; any other (or any doubt) is left to pdf.js in the PDF thread.
  const started = Date.now();
  const direct = (await import('./pdf-direct.js')).readPdfDirectly(bytes, directBudget(limits));
  if ('pageTexts' in direct) {
    if (Date.now() - started > limits.pdfMillis) throw new UserError(timeOver(limits), name);
    return direct.pageTexts;
  }
  const script = pdfWorkerScript();
  // Without a built worker (tests run from the sources before a build), the PDF is read here, unguarded.
  // Threads are loaded with the first PDF: a run that reads none does not load them. Required, not
  // imported: code compiled from the code cache cannot import() (cli/code-cache.ts).
  const result = script
    ? await extractInWorker((createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')).Worker, script, bytes, limits)
    : await (await import('./pdf-pages.js')).extractPageTexts(bytes);
  if (Array.isArray(result)) return result;
  throw new UserError('limit' in result ? result.limit : describeFailure(result), name);
}

/**
 * What the direct reader may inflate and interpret before it leaves a PDF to pdf.js: a quarter of the PDF
 * memory budget at most (a stream that inflates without bound is then met by the PDF thread's limits),
 * and operators enough for thousands of dense pages.
 */
function directBudget(limits: InputLimits): DirectBudget {
  return { inflatedBytes: Math.min(64 * 1024 * 1024, Math.floor(limits.pdfHeapBytes / 4)), operators: 5_000_000 };
}

const timeOver = (limits: InputLimits) => `took more than ${limits.pdfMillis / 1000} s to read; raise CULTURESCAN_PDF_SECONDS if it is genuine`;

/** A budget ran out: the one line that says which, and how to raise it. */
interface OverBudget {
  limit: string;
}

/** How often the process's memory is looked at while a PDF is read. */
const MEMORY_CHECK_MS = 50;

/** The PDF thread's young generation, in MB. */
const YOUNG_GENERATION_MB = 8;

/** A PDF thread that read its last file within the budgets, kept for the next PDF this thread reads. */
let spare: Worker | undefined;

function takeWorker(Thread: typeof Worker, script: string, limits: InputLimits): Worker {
  if (spare) {
    const worker = spare;
    spare = undefined;
    worker.ref();
    return worker;
  }
  const worker = startModuleWorker(Thread, script, {
    resourceLimits: {
      maxOldGenerationSizeMb: Math.max(64, Math.round(limits.pdfHeapBytes / (1024 * 1024))),
      // pdf.js's garbage is short-lived: a smaller nursery than V8 sizes for this heap keeps a fifth less
      // resident memory at the same CPU time (measured on a 5-page and a 183-page PDF).
      maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
    },
  });
  worker.on('exit', () => spare === worker && (spare = undefined));
  return worker;
}

/** Keeps a healthy PDF thread for the next file (loading pdf.js again costs more than most PDFs); an idle one never holds the process open. */
function keepWorker(worker: Worker): void {
  if (spare) {
    void worker.terminate();
    return;
  }
  worker.unref();
  spare = worker;
}

/**
 * Reads the PDF in a thread of its own with a capped heap, and ends that thread when it takes longer
 * than the time budget or the process grows by more than the memory budget: pdf.js inflates streams
 * into buffers outside the heap, so a Flate bomb shows only in the process's resident memory.
 */
function extractInWorker(Thread: typeof Worker, script: string, bytes: Uint8Array, limits: InputLimits): Promise<string[] | PdfFailure | OverBudget> {
  const memory: OverBudget = {
    limit: `needs more than ${megabytes(limits.pdfHeapBytes)} of memory to read (a stream that inflates without bound?); raise CULTURESCAN_PDF_MEMORY_MB if it is genuine`,
  };
  const time: OverBudget = { limit: timeOver(limits) };
  return new Promise((resolve) => {
    const baseline = process.memoryUsage.rss();
    const worker = takeWorker(Thread, script, limits);
    const finish = (result: string[] | PdfFailure | OverBudget, healthy: boolean) => {
      clearTimeout(timer);
      clearInterval(watch);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (healthy) keepWorker(worker);
      else void worker.terminate();
      resolve(result);
    };
    const onMessage = (result: string[] | PdfFailure) => finish(result, true);
    const onError = (error: NodeJS.ErrnoException) =>
      finish(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? memory : error.code ? { limit: `could not be read: the PDF reader did not start (${error.message})` } : { kind: error.name, message: error.message }, false);
    const onExit = (code: number) => finish({ kind: '', message: `the PDF reader stopped (exit code ${code})` }, false);
    const timer = setTimeout(() => finish(time, false), limits.pdfMillis);
    const watch = setInterval(() => process.memoryUsage.rss() - baseline > limits.pdfHeapBytes && finish(memory, false), MEMORY_CHECK_MS);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(bytes);
  });
}

/**
 * The compiled PDF worker. Under vitest this module runs from src/ (TypeScript), where no .js worker
 * exists, so the one in dist/ is used; undefined when it has not been built.
 */
function pdfWorkerScript(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  const script = here.endsWith('.js') ? join(here, '..', 'pdf-reader-worker.js') : join(PACKAGE_ROOT, 'dist', 'src', 'ingest', 'pdf-reader-worker.js');
  return existsSync(script) ? script : undefined;
}

const CORRUPT = 'is a corrupt or incomplete PDF';

/** pdf-parse's exception classes, told apart by name (they cross a worker boundary). */
function describeFailure({ kind, message: detail }: PdfFailure): string {
  if (kind === 'PasswordException') {
    return 'is encrypted (password-protected); remove the protection first, e.g. qpdf --decrypt --password=PASSWORD in.pdf out.pdf';
  }
  return `${CORRUPT} (${detail || kind || 'unreadable'})`;
}
