/**
 * One run of the packed command line (dist/bundle/cli/bin.js, what `npx culturescan` runs) in a child
 * process of its own, measured from within: wall time from before the bin loads to the process's exit,
 * CPU time and peak RSS of the whole process (its worker threads included). What the benches compare
 * with their floors is what users run: the packed bin and its packed worker, with the bin's own V8
 * settings.
 */
import { spawnSync } from 'node:child_process';
import { BUILT_BIN } from '../paths.js';

export interface BinRun {
  /** Wall seconds from before the bin is imported to the process's exit (Node's own start left out). */
  seconds: number;
  /** CPU time of the whole process (all its threads), user and system. */
  cpuSeconds: number;
  maxRssMb: number;
  /** What the command wrote on standard output. */
  output: string;
}

/** Runs `culturescan ARGS...` as the packed bin (in the folder `cwd`); a run that fails throws. */
export function runBuiltBin(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): BinRun {
  const probe = `const s=performance.now();process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\n@@'+JSON.stringify({seconds:(performance.now()-s)/1000,cpuSeconds:(u.userCPUTime+u.systemCPUTime)/1e6,maxRssMb:u.maxRSS/1024}))});await import(${JSON.stringify(BUILT_BIN)});`;
  // `bench` stands where the bin's own path would be: the bin reads its arguments from the third on.
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', probe, '--', 'bench', ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  const marker = child.stderr.lastIndexOf('@@');
  if (child.status !== 0 || marker < 0) throw new Error(`culturescan ${args.join(' ')} failed:\n${child.stderr.slice(0, 2000)}`);
  return { ...(JSON.parse(child.stderr.slice(marker + 2)) as Omit<BinRun, 'output'>), output: child.stdout };
}
