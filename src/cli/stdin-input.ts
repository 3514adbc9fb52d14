import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { UserError } from '../errors.js';
import { SUPPORTED_EXTENSIONS } from '../ingest/index.js';
import { sniffReader } from '../ingest/registry.js';
import type { Io } from './io.js';

/** The argument that stands for standard input, as in most command-line tools. */
export const STDIN_ARG = '-';

/** The formats `--format-in` names, and the ending each stands for. */
const INPUT_FORMATS = { txt: '.txt', md: '.md', html: '.html', docx: '.docx', pdf: '.pdf', xml: '.xml' } as const;
export type InputFormat = keyof typeof INPUT_FORMATS;

/** The options of every command that reads a document, for `-`. */
export const STDIN_OPTIONS = {
  name: { type: 'string' },
  'format-in': { type: 'string' },
} as const;

export const STDIN_HELP = `-                    read the document from standard input, with:
  --name NAME          the name shown for it (default: stdin); its ending tells the format
  --format-in FORMAT   the format, when the name does not tell it: ${Object.keys(INPUT_FORMATS).join(', ')}
                       (without either, the content is recognised, or read as plain text)`;

/** What `--name` and `--format-in` say about the document on standard input. */
export interface StdinSpec {
  name?: string;
  formatIn?: string;
}

/** The spec from a command's parsed options; naming it without `-` among the inputs is an argument error. */
export function stdinSpec(values: { name?: string; 'format-in'?: string }, inputs: readonly string[]): StdinSpec {
  const spec = { ...(values.name !== undefined ? { name: values.name } : {}), ...(values['format-in'] !== undefined ? { formatIn: values['format-in'] } : {}) };
  const reads = inputs.filter((i) => i === STDIN_ARG).length;
  if (reads > 1) throw new UserError("'-' (standard input) can be read only once");
  if (reads === 0 && (spec.name !== undefined || spec.formatIn !== undefined)) throw new UserError(`--${spec.name !== undefined ? 'name' : 'format-in'} describes the document read from standard input: give '-' as the file`);
  if (spec.formatIn !== undefined && !(spec.formatIn in INPUT_FORMATS)) {
    throw new UserError(`--format-in must be one of ${Object.keys(INPUT_FORMATS).join(', ')} (got '${spec.formatIn}')`);
  }
  return spec;
}

/**
 * The name the document on standard input is shown by, and the name its reader is chosen by: the
 * shown name with the ending of its format (from --format-in, else --name's own ending, else what its
 * bytes are recognised as, else plain text).
 */
export function stdinNames(spec: StdinSpec, bytes: Uint8Array): { shown: string; forReader: string } {
  const shown = spec.name ?? 'stdin';
  const own = extname(shown).toLowerCase();
  const ending = spec.formatIn !== undefined ? INPUT_FORMATS[spec.formatIn as InputFormat] : SUPPORTED_EXTENSIONS.includes(own) ? own : (sniffReader(bytes)?.extensions[0] ?? '.txt');
  const forReader = own === ending ? basename(shown) : `${basename(shown, own || undefined)}${ending}`;
  return { shown, forReader };
}

const readOnce = new WeakMap<Io, Promise<Uint8Array>>();

/** Standard input, read once for the run: a second reader (the brief's provenance) gets the same bytes. */
export async function readStdin(io: Io): Promise<Uint8Array> {
  const read = io.readStdin;
  if (!read) throw new UserError("'-': standard input cannot be read here");
  let bytes = readOnce.get(io);
  if (!bytes) readOnce.set(io, (bytes = read()));
  return bytes;
}

/**
 * Standard input saved to a private temporary file named for its reader, for the commands that read
 * inputs from paths (a batch scan hands paths to its worker threads). Removed when the process ends.
 */
export async function stdinAsFile(io: Io, spec: StdinSpec): Promise<{ display: string; absolute: string }> {
  const bytes = await readStdin(io);
  const { shown, forReader } = stdinNames(spec, bytes);
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-stdin-'));
  const absolute = join(dir, forReader);
  writeFileSync(absolute, bytes, { mode: 0o600 });
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return { display: shown, absolute };
}
