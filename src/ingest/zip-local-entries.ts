import type { ZipEntry } from './zip-guard.js';

const LOCAL_HEADER = 0x04034b50;
/** General-purpose flag bit 3: the sizes follow the data, in a data descriptor, and the header's are zero. */
const SIZES_AFTER_DATA = 0x0008;

/**
 * The entries of an archive whose directory at the end is lost — a download cut short — read from the
 * header each part starts with, in order: the part the cut falls in is the last, marked `cut`, its
 * data running to the archive's end. A part whose sizes follow its data (a data descriptor) ends where
 * a descriptor whose compressed size reaches back to the part's start stands.
 */
export function localEntries(buffer: Buffer): ZipEntry[] {
  const entries: ZipEntry[] = [];
  for (let at = 0; at + 30 <= buffer.length && buffer.readUInt32LE(at) === LOCAL_HEADER; ) {
    const nameLength = buffer.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + buffer.readUInt16LE(at + 28);
    const sizesAfter = (buffer.readUInt16LE(at + 6) & SIZES_AFTER_DATA) !== 0;
    const compressed = sizesAfter ? descriptorSize(buffer, start) : buffer.readUInt32LE(at + 18);
    const entry = { name: buffer.toString('utf8', at + 30, Math.min(buffer.length, at + 30 + nameLength)), method: buffer.readUInt16LE(at + 8), localHeader: at };
    if (compressed === undefined || start + compressed > buffer.length) {
      if (start < buffer.length) entries.push({ ...entry, compressed: buffer.length - start, declared: sizesAfter ? 0 : buffer.readUInt32LE(at + 22), cut: true });
      break;
    }
    entries.push({ ...entry, compressed, declared: sizesAfter ? buffer.readUInt32LE(start + compressed + 12) : buffer.readUInt32LE(at + 22) });
    at = start + compressed + (sizesAfter ? 16 : 0);
  }
  return entries;
}

/** The compressed size a data descriptor after the part starting at `start` gives, when one whose size reaches back to `start` is there. */
function descriptorSize(buffer: Buffer, start: number): number | undefined {
  for (let at = buffer.indexOf(DESCRIPTOR_SIGNATURE, start); at >= 0 && at + 16 <= buffer.length; at = buffer.indexOf(DESCRIPTOR_SIGNATURE, at + 1)) {
    if (buffer.readUInt32LE(at + 8) === at - start) return at - start;
  }
  return undefined;
}

const DESCRIPTOR_SIGNATURE = Buffer.from([0x50, 0x4b, 0x07, 0x08]);
