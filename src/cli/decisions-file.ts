import { closeSync, existsSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  if (!existsSync(path)) {
    if (whenMissing === 'empty') return emptyDecisionFile();
    throw new UserError('no such decisions file', typed);
  }
  const text = readInputTextSync(path, { shown: typed });
  const parsed = parseDecisionFile(text);
  if ('problem' in parsed) throw new UserError(parsed.problem, typed);
  return parsed;
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
 * Saves decisions merged with what the file holds now (another review may have saved since: each
 * fingerprint keeps its newest decision), under a lock, and returns what the file then holds.
 * Written beside and renamed over the old file, so that an interrupted write never leaves half a file.
 */
export function writeDecisions(path: string, typed: string, file: DecisionFile): DecisionFile {
  // A symlinked decisions file is written through its link, never replaced by a copy.
  const target = realPath(path);
  let unlock: (() => void) | undefined;
  try {
    unlock = lock(`${target}.lock`, typed);
    const merged = mergeDecisionFiles(readDecisions(target, typed, 'empty'), file);
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
