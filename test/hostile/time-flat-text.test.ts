import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runMeasured, scratchFolder } from './inputs-run.js';

const dir = scratchFolder('flat');

describe('a text with no line breaks', () => {
  it('of 2 MB is scanned in linear time: within 30 s of CPU (it ran past the 60 s budget), every category found', { timeout: 150_000 }, () => {
    // An agreement with every line break turned into a space, repeated: one unit of 2 MB, thousands of sentences and matches.
    const flat = readFileSync(join(PACKAGE_ROOT, 'corpus', 'aurelia-borealis-epa.txt'), 'utf8').replace(/\s+/g, ' ');
    writeFileSync(join(dir, 'flat.txt'), `${flat} `.repeat(Math.ceil(2_000_000 / (flat.length + 1))));
    const run = runMeasured(dir, ['scan', 'flat.txt'], { cpuSeconds: 30 });
    expect(run.err).toBe(''); // not killed at the CPU limit, nothing refused
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/1 agreement\(s\) scanned, \d+ finding\(s\) \(convention-reference 1, cultural-exemption 1, /);
  });
});
