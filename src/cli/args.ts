import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../errors.js';
import { didYouMean } from './suggest.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its errors turned into one-line user errors. */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const unknown = unknownOption(error);
    if (unknown !== undefined) {
      const known = Object.keys(options).map((name) => `--${name}`);
      throw new UserError(`${command}: unknown option '${unknown}'${didYouMean(unknown.replace(/=.*/, ''), known)}`);
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UserError(`${command}: ${message}`);
  }
}

/**
 * The format `--out FILE` implies when `--format` is absent: the one its ending names in `byExtension`
 * (`findings.csv` → csv); undefined for no --out or an ending with no format of its own.
 */
export function formatOfOutput<T extends string>(out: string | undefined, byExtension: Readonly<Record<string, T>>): T | undefined {
  if (out === undefined) return undefined;
  const ending = /\.[^./\\]+$/.exec(out)?.[0]?.toLowerCase();
  return ending === undefined ? undefined : byExtension[ending];
}

/** Reads a --format value against the names a registry knows. */
export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`--${option} must be one of ${allowed.join(', ')} (got '${value}')`);
}

/** The option parseArgs did not know, read from its error. */
function unknownOption(error: unknown): string | undefined {
  if ((error as NodeJS.ErrnoException).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return undefined;
  return /'([^']+)'/.exec((error as Error).message)?.[1];
}
