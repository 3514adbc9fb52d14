/**
 * PDFs read in a thread of their own (node:worker_threads entry, run from dist/): each message brings
 * one PDF's bytes, and the page texts (or pdf-parse's failure) go back in one message. The starting
 * thread caps this thread's heap and watches the process's memory and the time, and ends it when
 * either runs out; otherwise it keeps it for the next PDF.
 */
import { parentPort } from 'node:worker_threads';
import { extractPageTexts } from './pdf-pages.js';

const port = parentPort;
if (!port) throw new Error('pdf-reader-worker.js runs only as a worker thread');
port.on('message', (bytes: Uint8Array) => void extractPageTexts(bytes).then((result) => port.postMessage(result)));
