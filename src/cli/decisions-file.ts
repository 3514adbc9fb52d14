import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import { readInputTextSync } from '../input-file.js';
import { emptyDecisionFile, formatDecisionFile, parseDecisionFile, type DecisionFile } from '../tui/decisions.js';

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

/** Written beside and renamed over the old file, so that an interrupted write never leaves half a file. */
export function writeDecisions(path: string, typed: string, file: DecisionFile): void {
  try {
    const partial = `${path}.partial`;
    writeFileSync(partial, formatDecisionFile(file));
    renameSync(partial, path);
  } catch (error) {
    throw new UserError(`cannot write the decisions file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, typed);
  }
}
