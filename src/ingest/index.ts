import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { UserError } from '../errors.js';
import { OWN_OUTPUT_MARKER, type AgreementDocument } from '../model.js';
import { assembleDocument } from './assemble.js';
import { cachedExtraction } from './extraction-cache.js';
import { chooseReader } from './registry.js';

export { SUPPORTED_EXTENSIONS } from './registry.js';
export { toNormalizedOffset, toOriginalOffset, toOriginalRange } from './offset-map.js';

/** How to read: `cacheDir`, the folder of the cache of read documents (none: every file is read afresh). */
export interface ReadOptions {
  cacheDir?: string;
}

/** Reads one agreement file of any supported format into the structured document. Throws UserError for bad input. */
export async function readAgreement(path: string, options: ReadOptions = {}): Promise<AgreementDocument> {
  let bytes: Uint8Array;
  try {
    // No stat first: reading a directory fails with EISDIR, which fileProblem words.
    bytes = await readFile(path);
  } catch (error) {
    throw new UserError(fileProblem(error), path);
  }
  return readAgreementBytes(bytes, path, options);
}

/**
 * Reads an agreement from bytes already in memory (a cache, a worker). `name` is the file name or
 * path: its extension selects the reader, and it is what messages and `source` show.
 */
export async function readAgreementBytes(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<AgreementDocument> {
  const reader = chooseReader(bytes, name);
  if (bytes.length === 0) throw new UserError('is empty (0 bytes)', name);
  if (isOwnOutput(bytes)) throw new UserError('is a report written by culturescan (its first line says so), not an agreement', name);
  const extraction = await cachedExtraction(reader, bytes, name, options.cacheDir);
  const id = basename(name, extname(name));
  return assembleDocument(extraction, { id, source: name, format: reader.format });
}

/** Whether the file starts with the marker line of culturescan's own reports (see OWN_OUTPUT_MARKER). */
function isOwnOutput(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 200)).toString('utf8');
  return head.split('\n', 1)[0]!.includes(OWN_OUTPUT_MARKER);
}

function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return error instanceof Error ? error.message : String(error);
}
