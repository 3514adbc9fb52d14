import { closeSync, openSync, writeSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readAgreement } from '../ingest/index.js';
import type { AgreementDocument, DocumentResult } from '../model.js';
import { isUserError, UserError } from '../errors.js';
import type { Io } from './io.js';

/** Reads a file named on the command line, resolved against the injected cwd, but speaks of it as the user typed it; its reading warnings go to stderr. */
export async function readTypedAgreement(typed: string, io: Io): Promise<AgreementDocument> {
  const path = resolve(io.cwd, typed);
  try {
    const document = await readAgreement(path);
    for (const warning of document.warnings ?? []) io.stderr(`culturescan: ${typed}: warning: ${warning}\n`);
    return { ...document, source: typed };
  } catch (error) {
    if (isUserError(error) && error.file === path) throw new UserError(error.message, typed);
    throw error;
  }
}

/** One stderr line per reading warning of a scanned file, and per reason it could not be read. */
export function reportFileProblem(result: DocumentResult, io: Io): void {
  for (const warning of result.warnings ?? []) io.stderr(`culturescan: ${result.source}: warning: ${warning}\n`);
  for (const error of result.errors) io.stderr(`culturescan: ${result.source}: ${error}\n`);
}

/** reportFileProblem for each result, in order. */
export function reportFileProblems(results: readonly DocumentResult[], io: Io): void {
  for (const result of results) reportFileProblem(result, io);
}

/** Writes a command's output to `--out FILE`, or to stdout when there is none. */
export async function writeOutput(text: string, out: string | undefined, io: Io): Promise<void> {
  if (out === undefined) return io.stdout(text);
  await writeFile(resolve(io.cwd, out), text).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`cannot write the output (${error.code ?? error.message})`, out);
  });
}

/** Where a command writes its output piece by piece, as it is made: `--out FILE` or stdout. */
export interface OutputSink {
  write(text: string): void;
  /** Ends the output; throws if any write failed (a full disk), so that the run is not reported a success. */
  close(): void;
}

function cannotWrite(error: unknown, out: string): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  return new UserError(`cannot write the output (${code ?? (error instanceof Error ? error.message : String(error))})`, out);
}

/**
 * Opens `--out FILE` at once (a wrong path fails before any work), or stdout. A failed write does not
 * throw where it happens (inside a scan's result callback) but at `close`; later writes are dropped.
 */
export function openOutput(out: string | undefined, io: Io): OutputSink {
  if (out === undefined) return { write: (text) => io.stdout(text), close: () => undefined };
  let fd: number;
  try {
    fd = openSync(resolve(io.cwd, out), 'w');
  } catch (error) {
    throw cannotWrite(error, out);
  }
  let failure: unknown;
  return {
    write(text) {
      if (failure !== undefined) return;
      try {
        writeSync(fd, text);
      } catch (error) {
        failure = error;
      }
    },
    close() {
      closeSync(fd);
      if (failure !== undefined) throw cannotWrite(failure, out);
    },
  };
}
