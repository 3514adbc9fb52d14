#!/usr/bin/env node
import { homedir } from 'node:os';
import { defaultCacheDir } from './cache-dir.js';
import { compileThroughCodeCache } from './code-cache.js';
import { EXIT } from './errors.js';
import { writeProblem } from './write-problem.js';
import { tuneV8 } from './v8-tuning.js';

tuneV8(); // before the pipeline's modules load
const argv = process.argv.slice(2);
const cacheDir = defaultCacheDir(process.env, homedir());
// `--no-cache` leaves every cache alone, this one too (main reads the flag for the others).
compileThroughCodeCache(argv.includes('--no-cache') ? undefined : cacheDir, { write: true });

// A reader that stops early (`culturescan scan | head`) closes the pipe: that ends the run quietly.
// Output that cannot be written (a full disk under a redirection) ends it in one line, exit 2: the
// output is incomplete, and exit 1 would read as a failed --fail-on gate.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  process.stderr.write(`culturescan: cannot write to standard output: ${writeProblem(error)}\n`);
  process.exit(EXIT.usage);
});
// Messages that cannot be written are lost, but the results and the exit code stay the run's own.
process.stderr.on('error', () => {});

// No top-level await: the packed bin is CommonJS (see code-cache.ts).
void run();

async function run(): Promise<void> {
  const { main } = await import('./main.js');
  const io = {
    stdout: (text: string) => process.stdout.write(text),
    stderr: (text: string) => process.stderr.write(text),
    stderrControl: (sequence: string) => process.stderr.write(sequence),
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    cacheDir,
    stderrIsTty: Boolean(process.stderr.isTTY),
    ...(process.stderr.isTTY ? { stderrColumns: process.stderr.columns } : {}),
    ...(process.stdin.isTTY && process.stdout.isTTY ? { terminal: { stdin: process.stdin, stdout: process.stdout } } : {}),
  };

  process.exitCode = await main(argv, io);
}
