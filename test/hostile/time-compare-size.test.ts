import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { HAS_GNU_TIME, MEMORY_BUDGET_MB, runMeasured, scratchFolder } from './inputs-run.js';

/**
 * `compare` of a text of a hundred megabytes with itself ran for hours; its pairing is near-linear now
 * (time-compare-pairing), but the assessment of a side that repeats its clauses thousands of times is
 * not. Past its limit a side is refused in one line, before its rules run. The limit is lowered here to 1 MB, so that a text just past it stands for the huge one.
 */

const dir = scratchFolder('compare-size');
const AGREEMENT = readFileSync(join(PACKAGE_ROOT, 'corpus', 'aurelia-borealis-epa.txt'), 'utf8');
writeFileSync(join(dir, 'long.txt'), `${AGREEMENT}\n\n`.repeat(Math.ceil(1_200_000 / AGREEMENT.length)));

describe('compare of a text past its limit', () => {
  it('refuses it in one line that names the variable raising the limit (exit 2)', { timeout: 150_000 }, () => {
    const run = runMeasured(dir, ['compare', 'long.txt', 'long.txt'], { env: { CULTURESCAN_COMPARE_MAX_MB: '1' } });
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.lines).toEqual([expect.stringMatching(/^culturescan: long\.txt: is too long to compare \(1\.\d MB of text; compare takes up to 1 MB a side, raised with CULTURESCAN_COMPARE_MAX_MB\)$/)]);
    if (HAS_GNU_TIME) expect(run.peakMb).toBeLessThan(MEMORY_BUDGET_MB);
  });
});
