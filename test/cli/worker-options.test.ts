import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { BIN, ensureBuilt } from '../support/built.js';

/** culturescan run by `node` with these options before its script, which every worker thread inherits. */
function runWith(nodeOptions: string[], args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [...nodeOptions, BIN, ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8', timeout: 120_000 });
}

/** culturescan run from `node --input-type=module -e …`, whose options every worker thread inherits. */
function runImported(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const code = `await import(${JSON.stringify(BIN)});`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', code, '--', 'culturescan', ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8', timeout: 120_000 });
}

// The sample corpus holds PDFs (read in the PDF thread) and is scanned by two jobs (a scan worker beside the main thread).
const SCAN_TWO_JOBS = ['scan', '--no-cache', '--format', 'jsonl', '--jobs', '2', 'corpus'];

describe('worker threads started from a process run with V8 options', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  it('scan and read PDFs as without them (Node refuses those options in a list given to a worker)', () => {
    const plain = runWith([], SCAN_TWO_JOBS);
    const tuned = runWith(['--max-old-space-size=512', '--stack-size=900'], SCAN_TWO_JOBS);
    expect(tuned.stderr).not.toMatch(/culturescan:/);
    expect(tuned.status).toBe(0);
    expect(tuned.stdout.split('\n').length).toBeGreaterThan(10);
    expect(tuned.stdout).toBe(plain.stdout);
  }, 240_000);
});

describe('worker threads started from a process run with --input-type', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  it('scan with two jobs', () => {
    const run = runImported(SCAN_TWO_JOBS);
    expect(run.stderr).not.toMatch(/culturescan:/);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(runWith([], SCAN_TWO_JOBS).stdout);
  }, 240_000);

  it('read a PDF in the PDF thread', () => {
    // Without the cache of read documents, where an earlier run may have left this PDF's text.
    const run = runImported(['inspect', '--no-cache', 'corpus/aurelia-calderra-deca.pdf']);
    expect(run.stderr).not.toMatch(/culturescan:/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/article 3\.10 +Dialogue on Digital Trade and Culture/);
  }, 120_000);
});
