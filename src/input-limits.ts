/**
 * The limits every input is held to, each raisable by an environment variable (read once per process,
 * so that scan workers, which inherit the environment, apply the same ones). README "Limits" documents them.
 */

const MB = 1024 * 1024;

/** A positive number of megabytes (or seconds) from the environment, else the default. */
function fromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export interface InputLimits {
  /** Largest file read, in bytes (CULTURESCAN_MAX_FILE_MB, default 256): below V8's 512 MiB string limit. */
  fileBytes: number;
  /** Largest total of a Word file's parts once inflated, in bytes (CULTURESCAN_MAX_INFLATED_MB, default 128). */
  inflatedBytes: number;
  /**
   * Largest inflated/compressed ratio of a Word part above 1 MB (CULTURESCAN_MAX_INFLATE_RATIO, default 100):
   * real document.xml files compress about 5–20 times; a bomb hundreds or thousands of times.
   */
  inflateRatio: number;
  /** Heap of the PDF reader, in bytes (CULTURESCAN_PDF_MEMORY_MB, default 512). */
  pdfHeapBytes: number;
  /** Time to read one PDF, in milliseconds (CULTURESCAN_PDF_SECONDS, default 120). */
  pdfMillis: number;
  /**
   * Longest text `compare` takes on either side, in characters (CULTURESCAN_COMPARE_MAX_MB, default 16):
   * sixteen times the longest agreement of the ToTA corpus. Pairing the clauses is near-linear; the
   * assessment of each side weighs every e-commerce commitment against every cultural carve-out, which
   * a text of a hundred megabytes repeating its clauses (thousands of each) would take gigabytes to do.
   */
  compareTextChars: number;
}

export function inputLimits(): InputLimits {
  return {
    fileBytes: fromEnv('CULTURESCAN_MAX_FILE_MB', 256) * MB,
    inflatedBytes: fromEnv('CULTURESCAN_MAX_INFLATED_MB', 128) * MB,
    inflateRatio: fromEnv('CULTURESCAN_MAX_INFLATE_RATIO', 100),
    pdfHeapBytes: fromEnv('CULTURESCAN_PDF_MEMORY_MB', 512) * MB,
    pdfMillis: fromEnv('CULTURESCAN_PDF_SECONDS', 120) * 1000,
    compareTextChars: fromEnv('CULTURESCAN_COMPARE_MAX_MB', 16) * MB,
  };
}

/** "300 MB", for messages. */
export function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
