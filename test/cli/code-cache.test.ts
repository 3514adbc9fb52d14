import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { BIN, ensureBuilt } from '../support/built.js';

/**
 * The packed bin's chunks are compiled through V8's code cache in the cache folder: entries that are
 * missing, stale or damaged are compiled from the source and rewritten, and never change a run's output.
 */

const TEXT = join(SAMPLE_CORPUS_DIR, 'aurelia-montaria-framework.txt');

function run(cacheHome: string, args: string[]) {
  const child = spawnSync(process.execPath, [BIN, ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const entryDir = (cacheHome: string) => join(cacheHome, 'culturescan', 'code');
const freshCacheHome = () => mkdtempSync(join(tmpdir(), 'culturescan-code-cache-'));

/** The entry of the scan command's chunk, the largest, which every scan compiles. */
function scanEntry(cacheHome: string): string {
  const name = readdirSync(entryDir(cacheHome)).find((file) => /^scan-[\w-]+\.js\.v8$/.test(file));
  expect(name).toBeDefined();
  return join(entryDir(cacheHome), name as string);
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('the code cache of the packed chunks', () => {
  let expected: { status: number | null; stdout: string; stderr: string };
  beforeAll(() => {
    ensureBuilt(BIN);
    expected = run(freshCacheHome(), ['scan', TEXT, '--format', 'jsonl', '--no-cache']);
    expect(expected.status, expected.stderr).toBe(0);
  }, 120_000);

  it('is written by a first run, used by the next, and the output is the same', () => {
    const home = freshCacheHome();
    expect(run(home, ['scan', TEXT, '--format', 'jsonl'])).toEqual(expected);
    const entry = scanEntry(home);
    const written = readFileSync(entry);
    expect(run(home, ['scan', TEXT, '--format', 'jsonl'])).toEqual(expected);
    expect(readFileSync(entry)).toEqual(written); // used, not rewritten
    rmSync(home, { recursive: true, force: true });
  });

  it('is left alone with --no-cache', () => {
    const home = freshCacheHome();
    expect(run(home, ['scan', TEXT, '--format', 'jsonl', '--no-cache'])).toEqual(expected);
    expect(existsSync(entryDir(home))).toBe(false);
    rmSync(home, { recursive: true, force: true });
  });

  /** Damages the scan chunk's entry with `damage`, then checks a run reads as without a cache and rewrites the entry. */
  function damagedRun(damage: (entry: string, written: Buffer) => void): void {
    const home = freshCacheHome();
    run(home, ['scan', TEXT, '--format', 'jsonl']);
    const entry = scanEntry(home);
    const written = readFileSync(entry);
    damage(entry, written);
    expect(run(home, ['scan', TEXT, '--format', 'jsonl'])).toEqual(expected);
    expect(readFileSync(entry).subarray(0, written.indexOf(0x0a))).toEqual(written.subarray(0, written.indexOf(0x0a))); // rewritten whole
    expect(run(home, ['scan', TEXT, '--format', 'jsonl'])).toEqual(expected);
    rmSync(home, { recursive: true, force: true });
  }

  it('a truncated entry is compiled afresh and rewritten', () => {
    damagedRun((entry, written) => writeFileSync(entry, written.subarray(0, written.length >> 1)));
  });

  it('an entry whose data was changed on disk is compiled afresh and rewritten', () => {
    damagedRun((entry, written) => {
      const changed = Buffer.from(written);
      for (let i = changed.length - 4096; i < changed.length; i += 7) changed[i] = (changed[i] as number) ^ 0x5a;
      writeFileSync(entry, changed);
    });
  });

  it('an entry that checks out but holds no code V8 accepts is compiled afresh and rewritten', () => {
    damagedRun((entry, written) => {
      const key = written.subarray(0, written.indexOf(0x0a) + 1);
      const garbage = Buffer.alloc(written.length, 0x41);
      writeFileSync(entry, Buffer.concat([key, Buffer.from(`${sha256(garbage)}\n`), garbage]));
    });
  });

  it('another chunk\'s entry, an empty file or a folder in its place is never used', () => {
    damagedRun((entry) => {
      const other = readdirSync(join(entry, '..')).find((file) => file.startsWith('main-'));
      writeFileSync(entry, readFileSync(join(entry, '..', other as string)));
    });
    damagedRun((entry) => writeFileSync(entry, ''));
    const home = freshCacheHome();
    run(home, ['scan', TEXT, '--format', 'jsonl']);
    const entry = scanEntry(home);
    rmSync(entry);
    mkdirSync(entry);
    expect(run(home, ['scan', TEXT, '--format', 'jsonl'])).toEqual(expected);
    rmSync(home, { recursive: true, force: true });
  });

  it('scan workers compile from the entries the main thread wrote, with the same output', () => {
    const home = freshCacheHome();
    const files = ['aurelia-montaria-framework.txt', 'calderra-solana-tpa.txt', 'estavia-norlande-pca.txt'].map((file) => join(SAMPLE_CORPUS_DIR, file));
    const alone = run(home, ['scan', ...files, '--format', 'jsonl', '--jobs', '1', '--no-cache']);
    run(home, ['scan', TEXT]);
    expect(run(home, ['scan', ...files, '--format', 'jsonl', '--jobs', '2'])).toEqual(alone);
    rmSync(home, { recursive: true, force: true });
  });

  /** Files of other builds' runs in a cache folder, written `ageHours` ago. */
  function plant(home: string, files: Record<string, number>): void {
    mkdirSync(entryDir(home), { recursive: true });
    for (const [name, ageHours] of Object.entries(files)) {
      const file = join(entryDir(home), name);
      writeFileSync(file, 'culturescan code cache 1 node v0 another build\n');
      const then = (Date.now() - ageHours * 3600_000) / 1000;
      utimesSync(file, then, then);
    }
  }

  it('a run that writes entries removes those of other builds unused for a day, and the temporary files of dead runs', () => {
    const home = freshCacheHome();
    plant(home, {
      'scan-0ldBu1ld.js.v8': 30, // another build's, unused for more than a day: removed
      'main-0therBld.js.v8': 2, // another install's, used two hours ago: kept
      'scan-0ldBu1ld.js.v8.4242.0a1b2c.tmp': 3, // a run that died before renaming: removed
      'main-0therBld.js.v8.4243.0a1b2d.tmp': 0, // a run writing now: kept
      'notes.txt': 30, // not an entry: never touched
    });
    expect(run(home, ['scan', TEXT, '--format', 'jsonl'])).toEqual(expected);
    const left = readdirSync(entryDir(home));
    expect(left).not.toContain('scan-0ldBu1ld.js.v8');
    expect(left).not.toContain('scan-0ldBu1ld.js.v8.4242.0a1b2c.tmp');
    expect(left).toEqual(expect.arrayContaining(['main-0therBld.js.v8', 'main-0therBld.js.v8.4243.0a1b2d.tmp', 'notes.txt']));
    expect(scanEntry(home)).toBeDefined(); // this build's own
    rmSync(home, { recursive: true, force: true });
  });

  it('a run marks the entries it uses, and then prunes too: an install in use keeps its entries', () => {
    const home = freshCacheHome();
    run(home, ['scan', TEXT, '--format', 'jsonl']);
    const entry = scanEntry(home);
    const then = (Date.now() - 48 * 3600_000) / 1000;
    utimesSync(entry, then, then);
    plant(home, { 'scan-0ldBu1ld.js.v8': 30 });
    const written = readFileSync(entry);
    expect(run(home, ['scan', TEXT, '--format', 'jsonl'])).toEqual(expected);
    expect(readFileSync(entry)).toEqual(written); // used, not rewritten
    expect(Date.now() - statSync(entry).mtimeMs).toBeLessThan(3600_000);
    expect(readdirSync(entryDir(home))).not.toContain('scan-0ldBu1ld.js.v8');
    rmSync(home, { recursive: true, force: true });
  });

  it('runs sharing the folder at once, some writing and some pruning, all give the same output', async () => {
    const home = freshCacheHome();
    plant(home, { 'scan-0ldBu1ld.js.v8': 30, 'main-0ldBu1ld.js.v8': 30 });
    const runAsync = () =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'scan', TEXT, '--format', 'jsonl'], { cwd: PACKAGE_ROOT, env: { ...process.env, XDG_CACHE_HOME: home } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });
    const runs = await Promise.all([runAsync(), runAsync(), runAsync(), runAsync()]);
    for (const result of runs) expect(result).toEqual(expected);
    const left = readdirSync(entryDir(home));
    expect(left.filter((name) => name.includes('0ldBu1ld') || name.endsWith('.tmp'))).toEqual([]);
    expect(run(home, ['scan', TEXT, '--format', 'jsonl'])).toEqual(expected);
    rmSync(home, { recursive: true, force: true });
  }, 60_000);
});
