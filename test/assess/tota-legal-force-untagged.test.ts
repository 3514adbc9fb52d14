import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { BIN, ensureBuilt } from '../support/built.js';
import { SHARED_TOTA } from './tota-articles.js';

const PRELOAD = join(PACKAGE_ROOT, 'test', 'fixtures', 'module-trace', 'preload.mjs');
const present = existsSync(SHARED_TOTA);
if (!present) console.log(`legal force of the ToTA corpus without compromise skipped: ${SHARED_TOTA} is absent`);

describe.skipIf(!present)('the legal force of every finding of the ToTA corpus', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  it('is read without compromise: a scan that prints it never loads the tagger', { timeout: 600_000 }, () => {
    const trace = join(mkdtempSync(join(tmpdir(), 'culturescan-trace-')), 'modules.txt');
    const child = spawnSync(process.execPath, ['--import', PRELOAD, BIN, 'scan', SHARED_TOTA, '--format', 'jsonl', '--jobs', '1', '--no-cache'], {
      cwd: PACKAGE_ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, MODULE_TRACE: trace },
    });
    expect(child.status, child.stderr).toBe(0);
    // Every force is there: binding, best-endeavour, exception and recital, several hundred in all.
    const forces = [...child.stdout.matchAll(/"legalForce":"([a-z-]+)"/g)].map((m) => m[1]);
    expect(forces.length).toBeGreaterThan(500);
    expect(new Set(forces).size).toBe(4);
    const modules = readFileSync(trace, 'utf8').split('\n');
    expect(modules.some((line) => line.includes('finding-sentences'))).toBe(true);
    expect(modules.filter((line) => line.includes('compromise'))).toEqual([]);
  });
});
