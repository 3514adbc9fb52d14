import { homedir } from 'node:os';
import { defaultCacheDir } from './cache-dir.js';

/** The only door to the outside world that commands get: injected so that tests run them in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** True when stdout is an interactive terminal (colours, Ink). */
  isTty: boolean;
  /** True when stderr is an interactive terminal: long runs draw their progress line there. */
  stderrIsTty?: boolean;
  /** The terminal's width, when stderr is one. */
  stderrColumns?: number;
  /**
   * Writes a terminal control sequence to stderr as it is (the progress line's "back to the start of
   * the line and clear it"); every text goes through `stderr`, where control characters are shown.
   */
  stderrControl?(sequence: string): void;
  /** The folder of the cache of read documents; none: every file is read afresh (`--no-cache`). */
  cacheDir?: string;
  /** The terminal itself, when both input and output are one: what the Ink review draws on and reads keys from. */
  terminal?: { stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream };
  /** All of standard input, for a document given as `-`. */
  readStdin?: () => Promise<Uint8Array>;
}

/** An Io that collects output in memory, for tests (with the cache where XDG_CACHE_HOME says: the tests set it to a temporary folder). */
export function memoryIo(cwd = process.cwd(), stdin?: Uint8Array | string): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd,
    isTty: false,
    ...(stdin !== undefined ? { readStdin: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin) } : {}),
    cacheDir: defaultCacheDir(process.env, homedir()),
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
    stderrControl(sequence: string) {
      io.err += sequence;
    },
  };
  return io;
}
