import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import { sha256 } from '../sha256.js';
import type { Format } from '../model.js';
import { readEntryFile, writeEntryFile } from './extraction-cache-file.js';
import type { Extraction, Reader } from './reader.js';

/**
 * The formats worth caching: reading a PDF or a Word file (pdf-parse, an archive of XML parts) costs more than
 * everything after it; text, HTML and XML are read faster than a cache entry is checked.
 */
const CACHED_FORMATS: ReadonlySet<Format> = new Set(['pdf', 'docx']);

/** Raise when a reader's extraction changes for the same bytes, so that older entries are no longer used. */
const EXTRACTION_VERSION = 9;

function installedVersion(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

let readerVersion: string | undefined;
/** The version of the readers: culturescan's own, the extraction's, and the reading libraries'. Part of every key. */
function currentReaderVersion(): string {
  readerVersion ??= [
    `culturescan@${(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version}`,
    `extraction@${EXTRACTION_VERSION}`,
    `pdf-parse@${installedVersion('pdf-parse')}`,
  ].join(' ');
  return readerVersion;
}

/** How often the cache answered, in this thread (the tests check that a second run used it). */
export const cacheCounts = { hits: 0, misses: 0 };

/**
 * A reader's extraction through the cache in `dir`: keyed by the bytes' SHA-256, the format and the
 * reader version. An entry that cannot be read or does not check out is read afresh and rewritten;
 * entries are written to a temporary file and renamed into place, so two runs sharing the folder never
 * see half an entry. A cache that cannot be written is only a slower run.
 */
export async function cachedExtraction(reader: Reader, bytes: Uint8Array, name: string, dir: string | undefined): Promise<Extraction> {
  if (dir === undefined || !CACHED_FORMATS.has(reader.format)) return reader.read(bytes, name);
  const digest = sha256(bytes);
  const key = `${reader.format} ${digest} ${currentReaderVersion()}`;
  const file = join(dir, `${reader.format}-${digest}.json`);
  // The schema (and zod) are loaded only by a run that meets a PDF or a Word file.
  const { entrySchema } = await import('./extraction-cache-entry.js');
  const stored = entrySchema.safeParse(await readEntryFile(file));
  if (stored.success && stored.data.key === key) {
    cacheCounts.hits++;
    return stored.data.extraction as Extraction;
  }
  cacheCounts.misses++;
  const extraction = await reader.read(bytes, name);
  if (!extractionOutline(extraction)) await writeEntryFile(file, { key, extraction });
  return extraction;
}

/** Extractions that carry an outline (their own structure) are not the kind this cache holds. */
const extractionOutline = (extraction: Extraction) => extraction.outline !== undefined;
