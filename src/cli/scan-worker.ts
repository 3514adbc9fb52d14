/**
 * A scan worker (node:worker_threads entry, run from dist/): loads the rule set once from the rule
 * folders it is given, waits for the go, then takes files from the run's shared queue and for each runs
 * readAgreement → scanDocument and posts the result back as plain data. No formatting, filtering or printing here: the
 * main thread does that.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { scanDocument } from '../engine/index.js';
import { readAgreement } from '../ingest/index.js';
import { loadRuleSet } from '../rules/index.js';
import { isUserError } from './errors.js';
import { takeJob, type FileReply, type WorkerData } from './scan-pool.js';

const setup = workerData as WorkerData;
const port = parentPort;
if (!port) throw new Error('scan-worker.js runs only as a worker thread');
const ruleSet = loadRuleSet(setup.ruleDirs, { cwd: setup.cwd });

async function scanFile(index: number): Promise<FileReply> {
  try {
    const doc = await readAgreement(setup.paths[index] as string);
    const findings = scanDocument(doc, ruleSet);
    const scanned = { documentId: doc.id, title: doc.title, language: doc.language, meta: doc.meta, findings };
    return { index, kind: 'scanned', scanned, ...(setup.wantDocument ? { doc } : {}) };
  } catch (error) {
    if (isUserError(error)) return { index, kind: 'unreadable', message: error.message };
    // A bug, not bad input: reported for this file; the pool keeps the other files' results.
    return { index, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

// The main thread says 'go' once its own copy of the rules has loaded without errors.
await new Promise((resolve) => port.once('message', resolve));
// Files from the shared queue until it is empty; `current` tells the pool which file a crash would take with it.
for (let index = takeJob(setup.counter, setup.order); index !== undefined; index = takeJob(setup.counter, setup.order)) {
  Atomics.store(setup.current, 0, index);
  port.postMessage(await scanFile(index));
}
Atomics.store(setup.current, 0, -1);
port.postMessage({ kind: 'idle' });
