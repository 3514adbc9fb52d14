/**
 * Node options for culturescan's worker threads: the process's own, less those that concern only the
 * code the process was started with. A worker inherits the process's options, and its script is an ES
 * module file, which Node refuses to load under `--input-type` (set when culturescan is imported from
 * `node --input-type=module -e …`, as a harness or a user script may do): every PDF, and every file
 * given to a scan worker, would then fail.
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if (arg === '--input-type') i++; // its value follows as the next word
    else if (!arg.startsWith('--input-type=')) kept.push(arg);
  }
  return kept;
}
