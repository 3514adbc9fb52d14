import { basename, extname } from 'node:path';
import { UserError } from '../errors.js';
import { readInputFile } from '../input-file.js';
import { megabytes } from '../input-limits.js';
import { OWN_OUTPUT_MARKER, type AgreementDocument } from '../model.js';
import { assembleDocument } from './assemble.js';
import { cachedExtraction } from './extraction-cache.js';
import type { Reader } from './reader.js';
import { chooseReader } from './registry.js';
import { oneLineName } from '../one-line-name.js';

export { SUPPORTED_EXTENSIONS } from './registry.js';
export { FOREIGN_DOCUMENT_EXTENSIONS } from './foreign-formats.js';
export { toNormalizedOffset, toOriginalOffset, toOriginalRange } from './offset-map.js';

/** How to read: `cacheDir`, the folder of the cache of read documents (none: every file is read afresh). */
export interface ReadOptions {
  cacheDir?: string;
}

/** Reads one agreement file of any supported format into the structured document. Throws UserError for bad input. */
export async function readAgreement(path: string, options: ReadOptions = {}): Promise<AgreementDocument> {
  return readAgreementBytes(await readInputFile(path, { shown: path }), path, options);
}

/**
 * Reads an agreement from bytes already in memory (a cache, a worker). `name` is the file name or
 * path: its extension selects the reader, and it is what messages and `source` show.
 */
export async function readAgreementBytes(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<AgreementDocument> {
  const reader = chooseReader(bytes, name);
  if (bytes.length === 0) throw new UserError('is empty (0 bytes)', name);
  if (isOwnOutput(bytes)) throw new UserError('is a report written by culturescan (its first line says so), not an agreement', name);
  try {
    const extraction = await cachedExtraction(reader, bytes, name, options.cacheDir);
    const id = oneLineName(basename(name, extname(name)));
    const document = assembleDocument(extraction, { id, source: name, format: reader.format });
    const misnamed = misleadingEnding(reader, name);
    return misnamed ? { ...document, warnings: [...(document.warnings ?? []), misnamed] } : document;
  } catch (error) {
    // Past V8's longest string (512 MiB), reachable once CULTURESCAN_MAX_FILE_MB is raised that far: this file only.
    if (isStringTooLong(error)) throw new UserError(`holds more text than can be read at once (${megabytes(bytes.length)}; no text over 512 MB can be held, whatever CULTURESCAN_MAX_FILE_MB says): split it`, name);
    throw error;
  }
}

/** What to say of a file read by its content under the ending of another format (`draft.doc` holding a .docx). */
function misleadingEnding(reader: Reader, name: string): string | undefined {
  const ending = extname(name).toLowerCase();
  if (ending === '' || reader.extensions.includes(ending)) return undefined;
  return `holds ${reader.label}, not what its ending '${ending}' says: read as such (rename it to ${reader.extensions[0]})`;
}

function isStringTooLong(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'ERR_STRING_TOO_LONG' || (error instanceof RangeError && /Invalid string length/.test(error.message));
}

/** Whether the file starts with the marker line of culturescan's own reports (see OWN_OUTPUT_MARKER). */
function isOwnOutput(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 200)).toString('utf8');
  return head.split('\n', 1)[0]!.includes(OWN_OUTPUT_MARKER);
}

