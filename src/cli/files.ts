import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readAgreement } from '../ingest/index.js';
import type { AgreementDocument } from '../model.js';
import { isUserError, UserError } from '../errors.js';
import type { Io } from './io.js';

/** Reads a file named on the command line, resolved against the injected cwd, but speaks of it as the user typed it. */
export async function readTypedAgreement(typed: string, io: Io): Promise<AgreementDocument> {
  const path = resolve(io.cwd, typed);
  try {
    return { ...(await readAgreement(path, { cacheDir: io.cacheDir })), source: typed };
  } catch (error) {
    if (isUserError(error) && error.file === path) throw new UserError(error.message, typed);
    throw error;
  }
}

/** Writes a command's output to `--out FILE`, or to stdout when there is none. */
export async function writeOutput(text: string, out: string | undefined, io: Io): Promise<void> {
  if (out === undefined) return io.stdout(text);
  await writeFile(resolve(io.cwd, out), text).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`cannot write the output (${error.code ?? error.message})`, out);
  });
}
