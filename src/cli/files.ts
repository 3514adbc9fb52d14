import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { readAgreement, readAgreementBytes } from '../ingest/index.js';
import { readStdin, STDIN_ARG, stdinNames, type StdinSpec } from './stdin-input.js';
import { OWN_OUTPUT_MARKER, type AgreementDocument, type DocumentResult } from '../model.js';
import { isUserError, UserError } from '../errors.js';
import { escapeControlCharacters } from '../report/control-characters.js';
import { onInterrupt } from './interrupt.js';
import type { Io } from './io.js';
import { realPath } from './real-path.js';
import { writeProblem } from './write-problem.js';

/**
 * Reads a file named on the command line, resolved against the injected cwd, but speaks of it as the user
 * typed it; its reading warnings go to stderr. `-` reads standard input, shown by `--name` and read as
 * `--format-in` says (see stdin-input).
 */
export async function readTypedAgreement(typed: string, io: Io, stdin: StdinSpec = {}): Promise<AgreementDocument> {
  if (typed === STDIN_ARG) return readStdinAgreement(io, stdin);
  const path = resolve(io.cwd, typed);
  try {
    const document = await readAgreement(path, { cacheDir: io.cacheDir });
    for (const warning of document.warnings ?? []) io.stderr(`culturescan: ${typed}: warning: ${warning}\n`);
    return { ...document, source: typed };
  } catch (error) {
    if (isUserError(error) && error.file === path) throw new UserError(error.message, typed);
    throw error;
  }
}

async function readStdinAgreement(io: Io, spec: StdinSpec): Promise<AgreementDocument> {
  const bytes = await readStdin(io);
  const { shown, forReader } = stdinNames(spec, bytes);
  try {
    return { ...(await readAgreementBytes(bytes, forReader)), source: shown };
  } catch (error) {
    if (isUserError(error) && error.file === forReader) throw new UserError(error.message, shown);
    throw error;
  }
}

/** What went wrong in reading one file: a scan's result, or an overview's row. */
export type FileProblems = Pick<DocumentResult, 'source' | 'errors' | 'warnings'>;

/**
 * One line per reading warning of a file, and per reason it could not be read, each handed to `say`
 * (stderr, or the progress line's way of writing to it).
 */
export function reportFileProblem(result: FileProblems, say: (line: string) => void): void {
  for (const warning of result.warnings ?? []) say(`culturescan: ${result.source}: warning: ${warning}\n`);
  for (const error of result.errors) say(`culturescan: ${result.source}: ${error}\n`);
}

/** reportFileProblem on stderr for each result, in order. */
export function reportFileProblems(results: readonly DocumentResult[], io: Io): void {
  for (const result of results) reportFileProblem(result, (line) => io.stderr(line));
}

/** What a report file starts with, by the kind of its format: a marker the readers know, where the format can hold one. */
export type OutputKind = 'markdown' | 'html' | 'text' | 'data';

export function ownOutputHeader(kind: OutputKind): string {
  if (kind === 'markdown' || kind === 'html') return `<!-- ${OWN_OUTPUT_MARKER} -->\n`;
  return kind === 'text' ? `(${OWN_OUTPUT_MARKER})\n` : '';
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

/** Where a command writes its output piece by piece, as it is made: `--out FILE` or stdout. */
export interface OutputSink {
  write(text: string): void;
  /** Ends the output: the file takes the place of the old one; throws if any write failed (a full disk), so that the run is not reported a success. */
  close(): void;
  /** Ends the output after a failure: the file written so far is dropped and the old one stays. */
  abandon(): void;
}

function cannotWrite(error: unknown, out: string): UserError {
  return new UserError(`cannot write the output: ${writeProblem(error)}`, out);
}

/**
 * Opens `--out FILE` at once (a wrong path fails before any work), or stdout. The file is written
 * beside its target under a temporary name and renamed over it on `close`, so that a full disk or a
 * crash leaves the previous report whole; a symlinked target is written through its link. A failed
 * write does not throw where it happens (inside a scan's result callback) but at `close`. A run ended
 * by a signal (Ctrl-C) removes the temporary file and leaves the previous report whole too.
 */
export function openOutput(out: string | undefined, io: Io, options: OutputOptions): OutputSink {
  if (out === undefined) return { write: (text) => io.stdout(text), close: () => undefined, abandon: () => undefined };
  checkOutput(out, options.inputs, io);
  const target = realPath(resolve(io.cwd, out));
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.partial`);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx');
  } catch (error) {
    throw cannotWrite(error, out);
  }
  let failure: unknown;
  let open = true;
  const write = (text: string) => {
    if (failure !== undefined) return;
    try {
      writeSync(fd, escapeControlCharacters(text));
    } catch (error) {
      failure = error;
    }
  };
  // Interrupted, the run drops what it wrote, as a failed one does: the previous report stays whole.
  const stopWatching = onInterrupt(() => {
    if (!finish()) return;
    rmSync(temporary, { force: true });
    io.stderr(`culturescan: ${escapeControlCharacters(out)}: interrupted: not written (an earlier file of that name is left as it was)\n`);
  });
  const finish = () => {
    if (!open) return false;
    open = false;
    stopWatching();
    closeSync(fd);
    return true;
  };
  write(ownOutputHeader(options.kind));
  return {
    write,
    close() {
      if (!finish()) return;
      try {
        if (failure === undefined) renameSync(temporary, target);
      } catch (error) {
        failure = error;
      }
      if (failure !== undefined) {
        rmSync(temporary, { force: true });
        throw cannotWrite(failure, out);
      }
    },
    abandon() {
      if (finish()) rmSync(temporary, { force: true });
    },
  };
}

/** Writes a command's whole output to `--out FILE` (as openOutput does), or to stdout when there is none. */
export async function writeOutput(text: string, out: string | undefined, io: Io, options: OutputOptions): Promise<void> {
  const output = openOutput(out, io, options);
  output.write(text);
  output.close();
}
