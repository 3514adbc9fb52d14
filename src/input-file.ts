import { closeSync, constants, fstatSync, lstatSync, open, openSync, readSync, statSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { UserError } from './errors.js';
import { inputLimits, megabytes } from './input-limits.js';

/**
 * The one door every file culturescan reads goes through (agreements, rules, vocabularies, gold and
 * decisions files): the path is opened without blocking and its descriptor checked before a byte is
 * read, so only a regular file within the size limit is read. A named pipe would otherwise block
 * forever and a link to /dev/zero fill the memory. Checking the descriptor rather than the path costs
 * one stat a file, and a path swapped for a pipe between a check and the open cannot slip through.
 */

export interface InputFileOptions {
  /** How the file is named in messages (as the user typed it). */
  shown: string;
  /** Largest size accepted, in bytes; the CULTURESCAN_MAX_FILE_MB limit when absent. */
  limit?: number;
}

/** Why a path that exists is not a file to read, or undefined when it is a regular file. */
export function notRegularFile(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'is a directory, not a file';
  if (stats.isFIFO()) return 'is a named pipe (FIFO), not a regular file; culturescan reads only regular files';
  if (stats.isCharacterDevice()) return 'is a character device, not a regular file; culturescan reads only regular files';
  if (stats.isBlockDevice()) return 'is a block device, not a regular file; culturescan reads only regular files';
  if (stats.isSocket()) return 'is a socket, not a regular file; culturescan reads only regular files';
  return 'is not a regular file';
}

/** The one-line problem of a failed stat, open or read of `path`. */
export function fileProblem(error: unknown, path?: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' && path !== undefined && isSymbolicLink(path)) return 'is a symbolic link to nothing (its target does not exist)';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'ENOTDIR') return 'no such file (a part of the path is not a folder)';
  if (code === 'ELOOP') return 'is a symbolic link that loops';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function sizeProblem(size: number, limit: number): string | undefined {
  if (size <= limit) return undefined;
  return `is too large (${megabytes(size)}; the limit is ${megabytes(limit)}, raised with CULTURESCAN_MAX_FILE_MB)`;
}

function problemOf(stats: Stats, limit: number): string | undefined {
  return notRegularFile(stats) ?? sizeProblem(stats.size, limit);
}

function check(stats: Stats, options: InputFileOptions, limit: number): void {
  const problem = problemOf(stats, limit);
  if (problem) throw new UserError(problem, options.shown);
}

/**
 * Why `path` could not be opened: what the path is, when it is no regular file within the limit (a socket
 * cannot be opened at all), else the open's own problem (no such file, permission denied).
 */
function openProblem(error: unknown, path: string, stats: Stats | undefined, limit: number): string {
  return (stats && problemOf(stats, limit)) ?? fileProblem(error, path);
}

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * The bytes of a regular file within the limit (see the top of this file). Only the open waits for
 * the thread pool; the descriptor is then checked and read at once. So each file's bytes arrive in a
 * callback of their own and go from bytes to result before the next file is read, whatever number of
 * files a scan has started: memory holds one document at a time, as when every step waited, and the
 * three other steps cost no round trip through the pool (their promises and handles cost the main
 * thread more than the system calls).
 */
export async function readInputFile(path: string, options: InputFileOptions): Promise<Buffer> {
  const limit = options.limit ?? inputLimits().fileBytes;
  let fd: number;
  try {
    fd = await openWithoutWaiting(path);
  } catch (error) {
    throw new UserError(openProblem(error, path, await stat(path).catch(() => undefined), limit), options.shown);
  }
  return readOpened(fd, path, options, limit);
}

/** readInputFile for synchronous callers (the code cache's entries). */
export function readInputFileSync(path: string, options: InputFileOptions): Buffer {
  const limit = options.limit ?? inputLimits().fileBytes;
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw new UserError(openProblem(error, path, statOrUndefined(path), limit), options.shown);
  }
  return readOpened(fd, path, options, limit);
}

/** readInputFile for synchronous callers (rule files, decisions), decoded as UTF-8. */
export function readInputTextSync(path: string, options: InputFileOptions): string {
  return readInputFileSync(path, options).toString('utf8');
}

function openWithoutWaiting(path: string): Promise<number> {
  return new Promise((resolve, reject) => open(path, OPEN_FLAGS, (error, fd) => (error ? reject(error) : resolve(fd))));
}

/** The bytes of the file open as `fd` once its descriptor is checked; the descriptor is closed in every case. */
function readOpened(fd: number, path: string, options: InputFileOptions, limit: number): Buffer {
  try {
    const stats = fstatSync(fd);
    check(stats, options, limit);
    const bytes = Buffer.allocUnsafe(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const read = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(fileProblem(error, path), options.shown);
  } finally {
    closeSync(fd);
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
