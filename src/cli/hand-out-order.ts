/**
 * How many of a run's last files, per job, are handed out largest first. The run's jobs all take their
 * next file from one queue, so they stay busy together until it runs dry; then each finishes the file
 * it holds, and a large file taken last leaves the other jobs idle for as long as it takes. A few files
 * per job at the end are enough to put the large ones first and leave the small ones to even the jobs
 * out, and few enough that the results held back to keep the output in the run's order (a file that
 * finishes before an earlier one waits for it) stay a handful, however long the run.
 */
export const LARGEST_FIRST_PER_JOB = 8;

/** How many of a run's last files are handed out largest first (see LARGEST_FIRST_PER_JOB). */
export function largestFirstCount(fileCount: number, jobs: number): number {
  return jobs > 1 ? Math.min(fileCount, LARGEST_FIRST_PER_JOB * jobs) : 0;
}

/**
 * The order in which the files of a run are handed out to its jobs: the run's own order, in which the
 * results are written as soon as they are done, but the last files (whose sizes are `lastSizes`, in the
 * run's order) largest first, the run's order breaking ties.
 */
export function handOutOrder(fileCount: number, lastSizes: readonly number[]): number[] {
  const first = fileCount - lastSizes.length;
  const last = lastSizes.map((size, i) => ({ index: first + i, size })).sort((a, b) => b.size - a.size || a.index - b.index);
  return [...Array.from({ length: first }, (_, i) => i), ...last.map((file) => file.index)];
}
