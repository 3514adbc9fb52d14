import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { workerExecArgv } from '../../src/worker-exec-argv.js';
import { BIN, ensureBuilt } from '../support/built.js';

/** culturescan run from `node --input-type=module -e …`, whose options every worker thread inherits. */
function runImported(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const code = `await import(${JSON.stringify(BIN)});`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', code, '--', 'culturescan', ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8', timeout: 120_000 });
}

describe('worker threads started from a process run with --input-type', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  it('leave out only the options that concern the code the process was started with', () => {
    expect(workerExecArgv(['--input-type=module', '-e', 'code', '--max-old-space-size=512'])).toEqual(['-e', 'code', '--max-old-space-size=512']);
    expect(workerExecArgv(['--input-type', 'module', '--cpu-prof'])).toEqual(['--cpu-prof']);
    expect(workerExecArgv(['--inspect'])).toEqual(['--inspect']);
  });

  it('read a PDF in the PDF thread', () => {
    // Without the cache of read documents, where an earlier run may have left this PDF's text.
    const run = runImported(['inspect', '--no-cache', 'corpus/aurelia-calderra-deca.pdf']);
    expect(run.stderr).not.toMatch(/culturescan:/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/article 3\.10 +Dialogue on Digital Trade and Culture/);
  }, 120_000);
});
