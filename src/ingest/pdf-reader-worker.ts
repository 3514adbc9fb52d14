/**
 * A PDF read in a thread of its own (node:worker_threads entry, run from dist/): the bytes come in
 * workerData, the page texts (or pdf-parse's failure) go back in one message. The starting thread caps
 * this thread's heap and watches the process's memory and the time, and ends it when either runs out.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractPageTexts } from './pdf-pages.js';

const port = parentPort;
if (!port) throw new Error('pdf-reader-worker.js runs only as a worker thread');
port.postMessage(await extractPageTexts(workerData as Uint8Array));
