import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { readAgreement } from '../ingest/index.js';
import { OWN_OUTPUT_MARKER, type AgreementDocument } from '../model.js';
import { isUserError, UserError } from '../errors.js';
import { escapeControlCharacters } from '../report/control-characters.js';
import type { Io } from './io.js';

/** Reads a file named on the command line, resolved against the injected cwd, but speaks of it as the user typed it. */
export async function readTypedAgreement(typed: string, io: Io): Promise<AgreementDocument> {
  const path = resolve(io.cwd, typed);
  try {
    return { ...(await readAgreement(path)), source: typed };
  } catch (error) {
    if (isUserError(error) && error.file === path) throw new UserError(error.message, typed);
    throw error;
  }
}

/** What a report file starts with, by the kind of its format: a marker the readers know, where the format can hold one. */
export type OutputKind = 'markdown' | 'html' | 'text' | 'data';

function ownOutputHeader(kind: OutputKind): string {
  if (kind === 'markdown' || kind === 'html') return `<!-- ${OWN_OUTPUT_MARKER} -->\n`;
  return kind === 'text' ? `(${OWN_OUTPUT_MARKER})\n` : '';
}

/** A path with its symlinks resolved, or as it is when it does not exist yet. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

export interface OutputOptions {
  /** The format's kind: markdown, HTML and text reports carry the marker line (JSON and CSV cannot). */
  kind: OutputKind;
  /** The files the command reads (absolute): `--out` naming one of them is refused before anything is written. */
  inputs: readonly string[];
}

/** Refuses an `--out` that names one of the inputs, before any work: it would overwrite the agreement. */
export function checkOutput(out: string | undefined, inputs: readonly string[], io: Io): void {
  if (out === undefined) return;
  const target = realPath(resolve(io.cwd, out));
  if (inputs.some((input) => realPath(input) === target)) throw new UserError('--out names an input file; it would be overwritten (choose another file)', out);
}

/**
 * Writes a command's output to `--out FILE`, or to stdout when there is none. The file is written
 * beside its target under a temporary name and renamed over it, so that a full disk or a crash
 * leaves the previous report whole; a symlinked target is written through its link.
 */
export async function writeOutput(text: string, out: string | undefined, io: Io, options: OutputOptions): Promise<void> {
  if (out === undefined) return io.stdout(text);
  checkOutput(out, options.inputs, io);
  const target = realPath(resolve(io.cwd, out));
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    await writeFile(temporary, ownOutputHeader(options.kind) + escapeControlCharacters(text));
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new UserError(`cannot write the output (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, out);
  }
}
