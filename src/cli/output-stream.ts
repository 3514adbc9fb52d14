import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { Io } from './io.js';

/** Output written piece by piece as a run goes (rows as agreements finish), to `--out FILE` or stdout. */
export interface OutputStream {
  write(text: string): void;
  close(): void;
}

function cannotWrite(out: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  return new UserError(`cannot write the output (${code ?? (error instanceof Error ? error.message : String(error))})`, out);
}

/** Opens `--out FILE` (created or emptied now, so that a bad path fails before any work) or stdout. */
export function openOutput(out: string | undefined, io: Io): OutputStream {
  if (out === undefined) return { write: (text) => io.stdout(text), close: () => undefined };
  let fd: number;
  try {
    fd = openSync(resolve(io.cwd, out), 'w');
  } catch (error) {
    throw cannotWrite(out, error);
  }
  return {
    write(text) {
      try {
        writeSync(fd, text);
      } catch (error) {
        throw cannotWrite(out, error);
      }
    },
    close: () => closeSync(fd),
  };
}

/** The format an output file's name asks for (`report.csv` → csv), among the names a command knows. */
export function formatOfPath<T extends string>(out: string | undefined, byExtension: Readonly<Record<string, T>>): T | undefined {
  const match = out ? /\.([a-z0-9]+)$/i.exec(out) : null;
  return match ? byExtension[(match[1] as string).toLowerCase()] : undefined;
}
