import { readdirSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The code cache keeps one entry per packed chunk, named after the chunk, and the build names its
 * chunks by a hash of their contents: every build writes entries of its own and leaves the last
 * build's behind (about 0.6 MB a build). Entries no chunk of this build is named for belong to other
 * builds: another version, or another checkout or install that shares the cache folder and may be
 * running at this moment. They are removed only once no run has used them for a while, so that two
 * installs used side by side do not throw out each other's entries at each run; a run marks the
 * entries it used by their modification time, at most once in MARK_EVERY_MS.
 *
 * Every step may race with other runs (a reader of the entry just removed compiles from the source, a
 * writer renames a whole new file into place), so every failure is ignored: pruning only saves disk.
 */

/** An entry of another build unused for this long is removed. */
export const UNUSED_FOR_MS = 24 * 60 * 60 * 1000;

/** A run marks an entry it used as used when the mark is older than this. */
export const MARK_EVERY_MS = 60 * 60 * 1000;

/** A temporary file left by a run that died between writing and renaming it (a write takes milliseconds). */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/** An entry: the chunk's file name and `.v8`. */
const ENTRY = /^(.+)\.v8$/;

/** A temporary entry of a run: `<entry>.<pid>.<random hex>.tmp` (code-cache.ts's writeEntry). */
const TEMPORARY = /^.+\.v8\.\d+\.[0-9a-f]+\.tmp$/;

/** Marks the entries at `files`, which this run used, as used now (their mtime) when their mark is old; whether any was. */
export function markUsed(files: readonly string[], now: number): boolean {
  let marked = false;
  for (const file of files) {
    try {
      if (statSync(file).mtimeMs >= now - MARK_EVERY_MS) continue;
      utimesSync(file, now / 1000, now / 1000);
      marked = true;
    } catch {
      // removed or replaced meanwhile: nothing to mark
    }
  }
  return marked;
}

/**
 * Removes from `entryDir` the entries of chunks other than `chunkNames` unused for UNUSED_FOR_MS and
 * the temporary files of runs that died writing one; nothing else in the folder is touched.
 */
export function pruneOtherBuilds(entryDir: string, chunkNames: ReadonlySet<string>, now: number): void {
  let names: string[];
  try {
    names = readdirSync(entryDir);
  } catch {
    return;
  }
  for (const name of names) {
    const entry = ENTRY.exec(name);
    const ownChunk = entry !== null && chunkNames.has(entry[1] as string);
    const unusedFor = entry !== null && !ownChunk ? UNUSED_FOR_MS : TEMPORARY.test(name) ? ABANDONED_AFTER_MS : undefined;
    if (unusedFor === undefined) continue;
    const file = join(entryDir, name);
    try {
      const stats = statSync(file);
      if (stats.isFile() && stats.mtimeMs < now - unusedFor) unlinkSync(file);
    } catch {
      // removed by another run meanwhile, or not ours to remove
    }
  }
}
