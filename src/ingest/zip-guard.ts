import { constants, inflateRawSync } from 'node:zlib';
import { megabytes } from '../input-limits.js';
import { localEntries } from './zip-local-entries.js';

export interface ZipLimits {
  /** Largest total of all parts once inflated, in bytes. */
  inflatedBytes: number;
  /** Largest inflated/compressed ratio of a part above RATIO_FLOOR bytes. */
  inflateRatio: number;
}

/** Parts smaller than this inflate at any ratio: a page of repeated blanks compresses a thousand times and harms no one. */
const RATIO_FLOOR = 1024 * 1024;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  declared: number;
  localHeader: number;
  /** Whether the archive ends inside this part's data (read from its header, the directory lost). */
  cut?: boolean;
}

/** The parts read from an archive, and whether its directory was lost, so that they were found from their own headers. */
export interface ZipParts {
  parts: Map<string, Buffer>;
  directoryLost: boolean;
  /** The part the archive ends in, when it was cut short there: its data as far as it inflates. */
  cutPart?: string;
}

/**
 * The parts of a zip archive (a .docx) that `wanted` names, checked against decompression bombs: every
 * part is inflated here with a ceiling on its output, so sizes that the archive's headers understate are
 * caught too, and the parts a reader needs come out of that one inflation (a part stored with an unknown
 * method, or damaged, is left out). An archive cut short before its directory is read from the parts'
 * own headers, the part the cut falls in as far as it inflates. Returns the problem in one line when the archive is past the
 * limits or has no part to read.
 */
export function readZipParts(bytes: Uint8Array, limits: ZipLimits, wanted: (name: string) => boolean): ZipParts | string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = centralDirectory(buffer);
  const directoryLost = directory === NO_DIRECTORY;
  const entries = directoryLost ? localEntries(buffer) : directory;
  if (typeof entries === 'string') return entries;
  if (entries.length === 0) return NO_DIRECTORY;
  const kept = new Map<string, Buffer>();
  let cutPart: string | undefined;
  let total = 0;
  for (const entry of entries) {
    const ceiling = Math.min(limits.inflatedBytes - total, Math.max(RATIO_FLOOR, entry.compressed * limits.inflateRatio));
    if (entry.declared > ceiling) return tooLarge(entry, entry.declared, limits, total);
    const inflated = inflate(buffer, entry, ceiling);
    if (inflated === undefined) continue; // an unknown method: the Word reader reports the file as corrupt
    if (inflated === TOO_LARGE) return tooLarge(entry, ceiling + 1, limits, total);
    total += inflated.length;
    if (!wanted(entry.name)) continue;
    // Zip readers disagree on which of two parts of one name they take: Word may show one text and we read another.
    if (kept.has(entry.name)) return `is not a readable .docx file (it holds two parts named ${entry.name}: which of them Word reads is not certain)`;
    kept.set(entry.name, inflated);
    if (entry.cut) cutPart = entry.name;
  }
  return cutPart === undefined ? { parts: kept, directoryLost } : { parts: kept, directoryLost, cutPart };
}

function tooLarge(entry: ZipEntry, size: number, limits: ZipLimits, before: number): string {
  const from = `${megabytes(entry.compressed)} compressed`;
  if (before + size > limits.inflatedBytes) {
    return `inflates to more than ${megabytes(limits.inflatedBytes)} (part ${entry.name}, ${from}): refused as a decompression bomb; raise CULTURESCAN_MAX_INFLATED_MB if it is genuine`;
  }
  return `has a part (${entry.name}) that inflates more than ${limits.inflateRatio} times (${from}): refused as a decompression bomb; raise CULTURESCAN_MAX_INFLATE_RATIO if it is genuine`;
}

const NO_DIRECTORY = 'is not a readable .docx file (no zip directory at its end: truncated or not a Word document)';

/** The archive's entries, from its central directory; a string says why it cannot be read. */
function centralDirectory(buffer: Buffer): ZipEntry[] | string {
  const end = findEndRecord(buffer);
  if (end < 0) return NO_DIRECTORY;
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) return 'is a zip64 archive, which no Word document of an agreement needs; refused';
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL_ENTRY) return 'is not a readable .docx file (its zip directory is damaged)';
    const nameLength = buffer.readUInt16LE(at + 28);
    entries.push({
      method: buffer.readUInt16LE(at + 10),
      compressed: buffer.readUInt32LE(at + 20),
      declared: buffer.readUInt32LE(at + 24),
      localHeader: buffer.readUInt32LE(at + 42),
      name: buffer.toString('utf8', at + 46, Math.min(buffer.length, at + 46 + nameLength)),
    });
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return entries;
}

function findEndRecord(buffer: Buffer): number {
  const earliest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let at = buffer.length - 22; at >= earliest; at--) if (buffer.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  return -1;
}

const TOO_LARGE = Symbol('more than the ceiling');

/** A part's bytes once inflated, refused (TOO_LARGE) past `ceiling`; undefined for methods other than stored and deflated, or damaged data. */
function inflate(buffer: Buffer, entry: ZipEntry, ceiling: number): Buffer | typeof TOO_LARGE | undefined {
  if (entry.method !== STORED && entry.method !== DEFLATED) return undefined;
  const at = entry.localHeader;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL_HEADER) return undefined;
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const data = buffer.subarray(start, start + entry.compressed);
  if (entry.method === STORED) return data.length > ceiling ? TOO_LARGE : data;
  try {
    // A part cut short gives what its data holds up to the cut, instead of failing at its missing end.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, ceiling + 1), ...(entry.cut ? { finishFlush: constants.Z_SYNC_FLUSH } : {}) });
  } catch (error) {
    // Node refuses output above maxOutputLength with a RangeError; anything else is corrupt data, left to the Word reader.
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? TOO_LARGE : undefined;
  }
}
