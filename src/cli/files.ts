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

/** One stderr line per file that could not be read and per reading warning, in the results' order. */
export function reportFileProblems(results: readonly DocumentResult[], io: Io): void {
  for (const r of results) {
    for (const warning of r.warnings ?? []) io.stderr(`culturescan: ${r.source}: warning: ${warning}\n`);
    for (const error of r.errors) io.stderr(`culturescan: ${r.source}: ${error}\n`);
  }
}

/** Writes a command's output to `--out FILE`, or to stdout when there is none. */
export async function writeOutput(text: string, out: string | undefined, io: Io): Promise<void> {
  if (out === undefined) return io.stdout(text);
  await writeFile(resolve(io.cwd, out), text).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`cannot write the output (${error.code ?? error.message})`, out);
  });
}
