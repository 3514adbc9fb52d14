import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { BIN, ensureBuilt } from '../support/built.js';

/** Runs the built CLI under a CPU-time limit (ulimit -t): past it the kernel stops the process, whatever the machine's load. */
function underCpuLimit(seconds: number, args: string[], cwd: string) {
  return spawnSync('bash', ['-c', `ulimit -t ${seconds}; exec node "$@"`, 'bash', BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
}

describe('a text with no line breaks', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  it('of 2 MB is scanned in linear time: within 30 s of CPU (it ran past the 60 s budget), every category found', { timeout: 150_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-flat-'));
    // An agreement with every line break turned into a space, repeated: one unit of 2 MB, thousands of sentences and matches.
    const flat = readFileSync(join(PACKAGE_ROOT, 'corpus', 'aurelia-borealis-epa.txt'), 'utf8').replace(/\s+/g, ' ');
    writeFileSync(join(dir, 'flat.txt'), `${flat} `.repeat(Math.ceil(2_000_000 / (flat.length + 1))));
    const run = underCpuLimit(30, ['scan', 'flat.txt'], dir);
    expect(run.signal, 'killed at the CPU limit').toBeNull();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1 agreement\(s\) scanned, \d+ finding\(s\) \(convention-reference 1, cultural-exemption 1, /);
  });
});
