import type { Io } from './io.js';

/** One sub-command of the CLI. `run` returns the exit code; only bin.ts sets process.exitCode. */
export interface Command {
  name: string;
  /** The full usage text for `culturescan <name> --help`. */
  usage: string;
  run(args: string[], io: Io): Promise<number>;
}
