import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { SHARED_TOTA } from '../assess/tota-articles.js';
import { BIN, ensureBuilt, WORKER } from '../support/built.js';

const REPORTER = join(PACKAGE_ROOT, 'test', 'fixtures', 'workers', 'young-generation-at-exit.cjs');
/**
 * The most the main thread's young generation may take, held: two semi-spaces of 4 MB, or of 8 MB when
 * one document of its own grows it past 4 MB before it is looked at again (V8 grows them to 16 MB each).
 */
const HELD_MB = 16;

/** The main thread's young generation as the scan ended, and its output. */
function scanReportingYoungGeneration(jobs: string, files: readonly string[]) {
  const child = spawnSync(process.execPath, ['-r', REPORTER, BIN, 'scan', '--jobs', jobs, '--format', 'jsonl', '--no-cache', ...files], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
  const reported = /young generation: ([\d.]+) MB\s*$/.exec(child.stderr);
  return { code: child.status, out: child.stdout, youngMb: reported ? Number(reported[1]) : NaN };
}

const present = existsSync(SHARED_TOTA);
if (!present) console.log(`the main thread's young generation in a scan with a worker: skipped, ${SHARED_TOTA} is absent`);

describe.skipIf(!present)('scan --jobs 2 on real agreements', () => {
  beforeAll(() => ensureBuilt(WORKER), 120_000);

  it('holds the main thread\'s young generation below what V8 grows it to, with the same output as --jobs 1', { timeout: 180_000 }, () => {
    // Eighty agreements: enough allocation for V8 to grow an unheld young generation to its most.
    const files = readdirSync(SHARED_TOTA).filter((name) => name.endsWith('.xml')).sort().slice(0, 80).map((name) => join(SHARED_TOTA, name));
    const one = scanReportingYoungGeneration('1', files);
    const two = scanReportingYoungGeneration('2', files);
    expect(one.code).toBe(0);
    expect(two.out).toBe(one.out);
    expect(two.youngMb).toBeLessThanOrEqual(HELD_MB);
    // Without a worker nothing holds it, and it grows (to 32 MB where V8 has the memory).
    expect(one.youngMb).toBeGreaterThanOrEqual(2 * two.youngMb);
  });
});
