import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

/** One CLI invocation in-process, in `cwd`: its exit code and everything it printed. */
export async function runCli(cwd: string, argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(cwd);
  const code = await main([...argv], io);
  return { code, out: io.out, err: io.err };
}
