import { closeSync, existsSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { readInputTextSync } from '../input-file.js';
import { realPath } from './real-path.js';
import { writeProblem } from './write-problem.js';
import { emptyDecisionFile, formatDecisionFile, mergeDecisionFiles, parseDecisionFile, type DecisionFile } from '../tui/decisions.js';

/**
 * Reads a decisions file named by the user. A file that does not exist yet is an empty review for
 * `review` (it is about to start one) and an error for a command that reads decisions already made.
 */
export function readDecisions(path: string, typed: string, whenMissing: 'empty' | 'error'): DecisionFile {
  const parsed = readDecisionsOrProblem(path, typed, whenMissing);
  if ('problem' in parsed) throw new UserError(parsed.problem, typed);
  return parsed;
}

/** readDecisions, with a file that is there but is not one (not JSON, another shape, a newer version) told rather than thrown. */
function readDecisionsOrProblem(path: string, typed: string, whenMissing: 'empty' | 'error'): DecisionFile | { problem: string } {
  if (!existsSync(path)) {
    if (whenMissing === 'empty') return emptyDecisionFile();
    throw new UserError('no such decisions file', typed);
  }
  return parseDecisionFile(readInputTextSync(path, { shown: typed }));
}

/**
 * Moves a decisions file that no longer reads beside itself, whole (it may hold decisions typed by
 * hand, or a newer version's), under a name of its own: `decisions.json.unreadable-2026-01-01T10-00-00-000Z`.
 */
/** A time as a file name may hold it: "2026-12-07T17-14-05-123Z". */
const fileStamp = () => new Date().toISOString().replace(/[:.]/g, '-');

function setAside(target: string): string {
  const aside = `${target}.unreadable-${fileStamp()}`;
  renameSync(target, aside);
  return aside;
}

/** A lock older than this was left by a review that died mid-save (a save takes milliseconds). */
const STALE_LOCK_MS = 10_000;
/** How long a save waits for another review's save to finish before saying so. */
const LOCK_WAIT_MS = 3_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Takes the lock file beside the decisions file (created exclusively), waiting a little for another save. */
function lock(lockPath: string, typed: string): () => void {
  const until = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      closeSync(openSync(lockPath, 'wx'));
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (statSync(lockPath, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(lockPath, { force: true });
      else if (Date.now() > until) throw new UserError(`another review is saving to this decisions file (if none is running, remove ${lockPath})`, typed);
      else sleep(25);
    }
  }
}

/**
 * Saves the decisions made since `base` (the file as the review last read or wrote it) over what the
 * file holds now (another review may have saved since: each fingerprint keeps its newest decision; an
 * entry edited or deleted by hand stays so), under a lock, and returns what the file then holds.
 * Written beside and renamed over the old file, so that an interrupted write never leaves half a file.
 * A file that no longer reads (edited by hand into broken JSON, or saved by a newer version while
 * this review ran) is set aside whole and `warn` told: neither its decisions nor the review's are lost.
 */
export function writeDecisions(path: string, typed: string, file: DecisionFile, warn: (warning: string) => void = () => {}, base?: DecisionFile): DecisionFile {
  // A symlinked decisions file is written through its link, never replaced by a copy.
  const target = realPath(path);
  let unlock: (() => void) | undefined;
  try {
    unlock = lock(`${target}.lock`, typed);
    const onDisk = readDecisionsOrProblem(target, typed, 'empty');
    if ('problem' in onDisk) {
      const aside = setAside(target);
      warn(`${onDisk.problem}; it is kept as ${basename(aside)}, and the decisions of this review were saved in its place`);
    }
    // A file set aside holds none of the review's decisions any more: all of them are written.
    const merged = 'problem' in onDisk ? file : mergeDecisionFiles(onDisk, file, base);
    const partial = `${target}.partial`;
    writeFileSync(partial, formatDecisionFile(merged));
    renameSync(partial, target);
    return merged;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot write the decisions file: ${writeProblem(error)}`, typed);
  } finally {
    unlock?.();
  }
}

/**
 * Where a review's decisions go when its decisions file cannot be written (a full disk, a folder gone
 * or made read-only, another review's lock held): the whole file as the review holds it, beside the
 * decisions file as `<file>.unsaved-<time>`, else in the system's temporary folder, so that the decision
 * just made is not lost. `previous`, the copy an earlier failed save wrote, is written over first, so
 * that a review keeps one such copy. The path written, or undefined when no place can be.
 */
export function keepUnsaved(path: string, file: DecisionFile, previous?: string): string | undefined {
  const name = `${basename(path)}.unsaved-${fileStamp()}`;
  const places = [dirname(resolve(path)), tmpdir()].map((folder) => join(folder, name));
  for (const kept of previous ? [previous, ...places] : places) {
    try {
      writeFileSync(kept, formatDecisionFile(file));
      return kept;
    } catch {
      // The next place, or none.
    }
  }
  return undefined;
}
