import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { scratchFolder } from './inputs-run.js';
import { BIN } from '../support/built.js';

/**
 * Standard output and error redirected to a file on a full disk: /dev/full is a device that refuses
 * every write with ENOSPC, as a full disk does, so it stands for one here without filling one.
 */

const AGREEMENT = join(PACKAGE_ROOT, 'corpus', 'aurelia-borealis-epa.txt');
const OTHER = join(PACKAGE_ROOT, 'corpus', 'aurelia-montaria-framework.txt');
const HAS_DEV_FULL = existsSync('/dev/full');
const cwd = scratchFolder('streams');

// A file refused in one line on stderr: control codes posing as text.
beforeAll(() => writeFileSync(join(cwd, 'controls.txt'), Buffer.alloc(4000, 1)));

/** Runs the command line with stdout (or stderr) opened on /dev/full. */
function runInto(stream: 'stdout' | 'stderr', args: readonly string[]) {
  const redirect = stream === 'stdout' ? '>/dev/full' : '2>/dev/full';
  const result = spawnSync('/bin/sh', ['-c', `exec "$@" ${redirect}`, 'sh', process.execPath, BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe.skipIf(!HAS_DEV_FULL)('standard output on a full disk', () => {
  it.each([
    [['scan', AGREEMENT, '--format', 'jsonl']],
    [['scan', AGREEMENT, OTHER]],
    [['report', AGREEMENT]],
    [['inspect', AGREEMENT]],
    [['compare', AGREEMENT, OTHER]],
    [['overview', AGREEMENT, OTHER, '--format', 'csv']],
  ])('%j: one line saying so, no stack trace, exit 2 (not 1, which a --fail-on gate gives)', (args) => {
    const run = runInto('stdout', args);
    expect(run.err).toBe('culturescan: cannot write to standard output: the disk is full\n');
    expect(run.code).toBe(2);
  });
});

describe.skipIf(!HAS_DEV_FULL)('standard error on a full disk', () => {
  it('loses only the messages: the findings are written and the exit code is the run\'s own', () => {
    const run = runInto('stderr', ['scan', AGREEMENT, 'controls.txt', '--format', 'jsonl']);
    expect(run.code).toBe(0);
    const sources = run.out.trim().split('\n').map((line) => (JSON.parse(line) as { source: string }).source);
    expect(sources).toHaveLength(2);
  });
});

describe('a file size limit (ulimit -f) reached while writing', () => {
  it('is said in plain words, for --out and for standard output, exit 2', () => {
    for (const target of ['--out big.jsonl', '>big.jsonl']) {
      const result = spawnSync('/bin/sh', ['-c', `ulimit -f 8 && exec "$@" ${target}`, 'sh', process.execPath, BIN, 'scan', join(PACKAGE_ROOT, 'corpus'), '--format', 'jsonl'], {
        cwd,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(result.stderr, target).toMatch(/^culturescan: (?:big\.jsonl: cannot write the output|cannot write to standard output): the file would pass the largest size allowed here \(ulimit -f\)\n$/);
      expect(result.status, target).toBe(2);
    }
  });
});
