import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { BIN, ensureBuilt } from '../support/built.js';

/** GNU time, which reports a child's peak resident memory; the memory assertions skip without it. */
export const GNU_TIME = '/usr/bin/time';
export const HAS_GNU_TIME = existsSync(GNU_TIME);

export interface MeasuredRun {
  code: number | null;
  out: string;
  err: string;
  /** Peak resident memory of the run, in MB; undefined without GNU time. */
  peakMb: number | undefined;
  /** stderr lines, each one message. */
  lines: string[];
}

export interface RunOptions {
  /** Run as this user (root only): how a test meets a folder it may not list. */
  uid?: number;
  env?: Record<string, string>;
  /**
   * The most CPU time the run may take, all its threads together (the shell's `ulimit -t`): past it the
   * kernel stops it, so a regression that would spin for ever fails the test whatever the machine's load.
   */
  cpuSeconds?: number;
}

/**
 * Runs the built command line in `cwd` under GNU time and returns what it printed and its peak memory.
 * The timeout only keeps a regression (a read from a pipe that never ends) from hanging the suite; the
 * assertions are on exit codes, lines and memory, never on time.
 */
export function runMeasured(cwd: string, args: readonly string[], options: RunOptions = {}): MeasuredRun {
  const rssFile = join(tmpdir(), `culturescan-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const limited = options.cpuSeconds === undefined ? [process.execPath, BIN, ...args] : ['/bin/sh', '-c', `ulimit -t ${options.cpuSeconds} && exec "$@"`, 'sh', process.execPath, BIN, ...args];
  const command = HAS_GNU_TIME ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...limited] : limited;
  // A cache of its own per run: a cached extraction would skip the reading these runs are about.
  const cacheHome = mkdtempSync(join(tmpdir(), 'culturescan-cache-'));
  const result = spawnSync(command[0] as string, command.slice(1), {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cacheHome, ...options.env },
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  rmSync(cacheHome, { recursive: true, force: true });
  let peakMb: number | undefined;
  if (HAS_GNU_TIME && existsSync(rssFile)) {
    const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    peakMb = Number.isFinite(kb) ? kb / 1024 : undefined;
    rmSync(rssFile, { force: true });
  }
  const err = result.stderr ?? '';
  return { code: result.status, out: result.stdout ?? '', err, peakMb, lines: err.split('\n').filter((line) => line.length > 0) };
}

/** A fresh folder for one test file's inputs, removed after its tests; the command line is built first if it is stale. */
export function scratchFolder(prefix: string): string {
  beforeAll(() => ensureBuilt(BIN), 300_000);
  const dir = mkdtempSync(join(tmpdir(), `culturescan-${prefix}-`));
  chmodSync(dir, 0o755); // readable by the unprivileged user some tests run as
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * What one bad file may cost at most: the command line itself takes about 100 MB; the defects it guards
 * against took gigabytes (a link to /dev/zero, a Word or PDF bomb).
 */
export const MEMORY_BUDGET_MB = 400;
