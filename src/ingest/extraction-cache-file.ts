import { randomBytes } from 'node:crypto';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readInputFile } from '../input-file.js';

/**
 * The files of culturescan's caches (read documents, overview rows): one JSON entry per file, read whole
 * or not at all, written whole or not at all.
 */

/**
 * The parsed JSON of the entry at `file`, or undefined when it is missing, not a regular file (a link to a
 * device or a pipe is never opened), larger than `limit` bytes, unreadable or not JSON (a truncated write,
 * another program's file).
 */
export async function readEntryFile(file: string, limit?: number): Promise<unknown> {
  try {
    return JSON.parse((await readInputFile(file, { shown: file, ...(limit === undefined ? {} : { limit }) })).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Writes `entry` to `file`: to a temporary file of this process first, then renamed into place, so that
 * two runs sharing the folder never see half an entry (the last rename wins, and both wrote the same).
 * A cache that cannot be written is only a slower run: failures are dropped.
 */
export async function writeEntryFile(file: string, entry: unknown): Promise<void> {
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temp, JSON.stringify(entry));
    await rename(temp, file);
  } catch {
    await unlink(temp).catch(() => undefined);
  }
}
