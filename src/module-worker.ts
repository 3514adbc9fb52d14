import { pathToFileURL } from 'node:url';
import type { Worker, WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread (of `Thread`, node:worker_threads' Worker, which the caller loads) that runs the
 * ES module file `script` under the process's own options, whatever they are. Node refuses a worker's
 * script file under `--input-type` (set when culturescan is imported from `node --input-type=module -e …`,
 * as a harness or a user script may do), and refuses V8's options (`--max-old-space-size`,
 * `--stack-size`, …) in a list of options given to a worker. A worker that inherits the process's
 * options and whose entry is one line of code importing the script meets neither refusal.
 */
export function startModuleWorker(Thread: typeof Worker, script: string, options: Omit<WorkerOptions, 'eval' | 'execArgv'>): Worker {
  return new Thread(`import(${JSON.stringify(pathToFileURL(script).href)});`, { ...options, eval: true });
}
