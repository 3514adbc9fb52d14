import { getHeapStatistics } from 'node:v8';
import { megabytes } from './input-limits.js';

/**
 * Heap a document takes per character of its text, from reading to its findings: the text's copies,
 * its offset maps, outline, units, sentences and the rules' work over them. A 20 MB text peaked at
 * about 25 bytes a character; a margin over that, so that a document refused is refused before it
 * runs the process out of memory (V8 then aborts the whole run with a native stack trace, and the
 * results of the files not yet written are lost with it).
 */
const HEAP_BYTES_PER_CHARACTER = 32;

/**
 * Why a text of `characters` cannot be scanned in the heap this thread may still take, or undefined
 * when it can. The main thread's heap is node's (a quarter of the memory, up to 4 GB by default,
 * raised with --max-old-space-size); a scan worker's is set where it starts. Which thread this is goes
 * unasked: node:worker_threads is not loaded by a scan that starts none.
 */
export function heapShortfall(characters: number): string | undefined {
  const { heap_size_limit: limit, used_heap_size: used } = getHeapStatistics();
  const needed = characters * HEAP_BYTES_PER_CHARACTER;
  if (needed <= limit - used) return undefined;
  const asked = Math.ceil((needed + used) / (1024 * 1024) / 1024) * 1024;
  return `is too long to scan in the memory available (${megabytes(characters)} of text needs about ${megabytes(needed)}; ${megabytes(Math.max(0, limit - used))} is free): split it, or give node more memory (NODE_OPTIONS=--max-old-space-size=${asked}, with --jobs 1: a scan worker's memory is set where it starts)`;
}
