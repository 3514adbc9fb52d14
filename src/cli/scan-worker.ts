/**
 * A scan worker (node:worker_threads entry, run from dist/): puts the code cache in place, then loads the
 * worker's modules and runs it (scan-worker-run.ts). From the packed bin the modules are then compiled
 * from the code the main thread cached, not a second time.
 */
import { workerData } from 'node:worker_threads';
import { compileThroughCodeCache } from './code-cache.js';
import type { WorkerData } from './scan-pool.js';

compileThroughCodeCache((workerData as WorkerData).cacheDir, { write: false });
// No top-level await: the packed worker is CommonJS (see code-cache.ts).
void import('./scan-worker-run.js').then(({ runScanWorker }) => runScanWorker());
