/** The only door to the outside world that commands get: injected so that tests run them in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** True when stdout is an interactive terminal (colours, Ink). */
  isTty: boolean;
  /** The terminal itself, when both input and output are one: what the Ink review draws on and reads keys from. */
  terminal?: { stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream };
  /** All of standard input, for a document given as `-`. */
  readStdin?: () => Promise<Uint8Array>;
}

/** An Io that collects output in memory, for tests. */
export function memoryIo(cwd = process.cwd(), stdin?: Uint8Array | string): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd,
    isTty: false,
    ...(stdin !== undefined ? { readStdin: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin) } : {}),
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}
