import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, openSync, closeSync, ftruncateSync, rmSync, symlinkSync, writeFileSync, writeSync, chmodSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { BIN } from '../support/built.js';
import { HAS_GNU_TIME, MEMORY_BUDGET_MB, runMeasured, scratchFolder } from './inputs-run.js';

/**
 * Files that are not regular files, or too large to hold: each is refused before it is read, in one line,
 * by every command that reads a file, and a batch scan reports the good files beside them.
 */

const dir = scratchFolder('files');
const GOOD = 'good.txt';
let socketServer: Server | undefined;

beforeAll(async () => {
  copyFileSync(join(PACKAGE_ROOT, 'corpus', 'aurelia-borealis-epa.txt'), join(dir, GOOD));
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  symlinkSync('/dev/zero', join(dir, 'zeros.txt'));
  // 600 MB without writing them: a sparse file, above V8's 512 MiB string limit.
  const fd = openSync(join(dir, 'huge.txt'), 'w');
  ftruncateSync(fd, 600 * 1024 * 1024);
  closeSync(fd);
  socketServer = createServer();
  await new Promise<void>((resolve) => socketServer!.listen(join(dir, 'socket.txt'), resolve));
  writeFileSync(join(dir, 'gold.jsonl'), '');
});
afterAll(() => socketServer?.close());

/** The one line each bad file must get, whatever command read it. */
const EXPECTED: Record<string, RegExp> = {
  'pipe.txt': /^culturescan: pipe\.txt: is a named pipe \(FIFO\), not a regular file/,
  'zeros.txt': /^culturescan: zeros\.txt: is a character device, not a regular file/,
  'socket.txt': /^culturescan: socket\.txt: is a socket, not a regular file/,
  'huge.txt': /^culturescan: huge\.txt: is too large \(600 MB; the limit is 256 MB, raised with CULTURESCAN_MAX_FILE_MB\)$/,
};

function expectWithinBudget(peakMb: number | undefined) {
  if (!HAS_GNU_TIME) return;
  expect(peakMb).toBeLessThan(MEMORY_BUDGET_MB);
}

describe('single-file commands refuse what is not a regular file, or too large, in one line', () => {
  // Every kind of bad file through inspect; every other way in with one of them (they share one door).
  const runs: [string, string[]][] = [
    ...Object.keys(EXPECTED).map((bad): [string, string[]] => [bad, ['inspect', bad]]),
    ['zeros.txt', ['report', 'zeros.txt']],
    ['pipe.txt', ['review', 'pipe.txt']],
    ['socket.txt', ['compare', 'socket.txt', GOOD]],
    ['huge.txt', ['compare', GOOD, 'huge.txt']],
    ['pipe.txt', ['report', GOOD, '--decisions', 'pipe.txt']],
    ['zeros.txt', ['eval', '--gold', 'zeros.txt', GOOD]],
  ];
  it.each(runs)('%s: %j', (bad, args) => {
    const run = runMeasured(dir, args);
    expect(run.code).toBe(2);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatch(EXPECTED[bad] as RegExp);
    expectWithinBudget(run.peakMb);
  });
});

describe('a batch scan reports each bad file in one line and every good file', () => {
  it.each([['1'], ['2']])('--jobs %s', (jobs) => {
    const bad = Object.keys(EXPECTED);
    const run = runMeasured(dir, ['scan', '--format', 'jsonl', '--jobs', jobs, GOOD, ...bad]);
    expect(run.code).toBe(0);
    const documents = run.out.trim().split('\n').map((line) => JSON.parse(line) as { source: string; findings: unknown[]; errors: string[] });
    expect(documents.filter((d) => d.errors.length === 0).map((d) => d.source)).toEqual([GOOD]);
    expect(documents.find((d) => d.source === GOOD)!.findings.length).toBeGreaterThan(0);
    expect(run.lines).toHaveLength(bad.length);
    for (const name of bad) expect(run.lines.filter((line) => (EXPECTED[name] as RegExp).test(line))).toHaveLength(1);
    expectWithinBudget(run.peakMb);
  });

  it('a text longer than the longest string V8 holds (512 MiB), once the size limit is raised past it, is one line and the batch goes on (--jobs 1 and 2)', { timeout: 150_000 }, () => {
    const path = join(dir, 'longest.txt');
    const block = Buffer.from('The Parties shall cooperate in the field of culture.\n'.repeat(20_000));
    const fd = openSync(path, 'w');
    for (let written = 0; written < 540 * 1024 * 1024; written += block.length) writeSync(fd, block);
    closeSync(fd);
    try {
      for (const jobs of ['1', '2']) {
        const run = runMeasured(dir, ['scan', '--format', 'jsonl', '--jobs', jobs, GOOD, 'longest.txt'], { env: { CULTURESCAN_MAX_FILE_MB: '1024' } });
        expect(run.code, run.err).toBe(0);
        expect(run.lines).toEqual([expect.stringMatching(/^culturescan: longest\.txt: holds more text than can be read at once \(5\d\d MB; no text over 512 MB can be held, whatever CULTURESCAN_MAX_FILE_MB says\): split it$/)]);
        const documents = run.out.trim().split('\n').map((line) => JSON.parse(line) as { source: string; findings: unknown[]; errors: string[] });
        expect(documents.map((d) => [d.source, d.errors.length])).toEqual([[GOOD, 0], ['longest.txt', 1]]);
        expect(documents[0]!.findings.length).toBeGreaterThan(0);
      }
    } finally {
      rmSync(path, { force: true });
    }
  });

  it('the size limit is raised by CULTURESCAN_MAX_FILE_MB, and lowered too', () => {
    const run = runMeasured(dir, ['inspect', GOOD], { env: { CULTURESCAN_MAX_FILE_MB: '0.001' } });
    expect(run.code).toBe(2);
    expect(run.lines).toEqual([expect.stringMatching(/^culturescan: good\.txt: is too large \(.*the limit is 0 MB/)]);
  });
});

// Root lists every folder: the run drops to an unprivileged user for it, who must be able to reach the
// built program (a checkout inside a private folder, such as one made by mktemp -d, is out of its reach).
const asRoot = process.getuid?.() === 0;
const UNPRIVILEGED = 65534;
const unprivilegedReachesBin = !asRoot || spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)}, require('fs').constants.R_OK)`], { uid: UNPRIVILEGED, gid: UNPRIVILEGED }).status === 0;
if (!unprivilegedReachesBin) console.warn(`unlistable-folder test skipped: user ${UNPRIVILEGED} cannot read ${BIN} (the checkout sits in a folder closed to other users)`);

describe.skipIf(!unprivilegedReachesBin)('a folder that cannot be listed', () => {
  it('is one line, and the rest of the batch is scanned', () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'locked'), { recursive: true });
    copyFileSync(join(dir, GOOD), join(root, GOOD));
    copyFileSync(join(dir, GOOD), join(root, 'locked', 'hidden.txt'));
    chmodSync(join(root, GOOD), 0o644);
    chmodSync(root, 0o755);
    chmodSync(join(root, 'locked'), 0o000);
    const run = runMeasured(dir, ['scan', '--format', 'jsonl', 'tree'], asRoot ? { uid: UNPRIVILEGED } : {});
    chmodSync(join(root, 'locked'), 0o755);
    expect(run.lines).toEqual(['culturescan: tree/locked: cannot list this folder: permission denied']);
    expect(run.code).toBe(0);
    expect(run.out.trim().split('\n').map((line) => (JSON.parse(line) as { source: string }).source)).toEqual(['tree/good.txt']);
  });
});

describe('symbolic links inside a folder scanned', () => {
  it('a linked folder is scanned once (a link back up the tree is no loop); a link to nothing or looping, and a named pipe, are one line each, named so when given by name too', () => {
    const root = join(dir, 'linked');
    mkdirSync(join(root, 'drafts'), { recursive: true });
    mkdirSync(join(dir, 'elsewhere', 'round-2'), { recursive: true });
    copyFileSync(join(dir, GOOD), join(root, 'drafts', 'first.txt'));
    copyFileSync(join(dir, GOOD), join(dir, 'elsewhere', 'round-2', 'second.txt'));
    symlinkSync(join(dir, 'elsewhere'), join(root, 'archive'));
    symlinkSync('..', join(root, 'drafts', 'up'));
    symlinkSync('drafts', join(root, 'same-drafts'));
    symlinkSync('missing.txt', join(root, 'gone.txt'));
    symlinkSync('loop.txt', join(root, 'loop.txt'));
    symlinkSync('missing-notes', join(root, 'notes'));
    execFileSync('mkfifo', [join(root, 'queue.txt')]);
    const run = runMeasured(dir, ['scan', '--format', 'jsonl', 'linked']);
    expect(run.code).toBe(0);
    const documents = run.out.trim().split('\n').map((line) => JSON.parse(line) as { source: string; findings: unknown[]; errors: string[] });
    expect(documents.filter((d) => d.errors.length === 0).map((d) => d.source)).toEqual(['linked/archive/round-2/second.txt', 'linked/drafts/first.txt']);
    const named = runMeasured(dir, ['scan', 'linked/gone.txt', 'linked/loop.txt']);
    expect(named.code).toBe(2);
    expect(named.lines.slice(0, 2)).toEqual([
      'culturescan: linked/gone.txt: is a symbolic link to nothing (its target does not exist)',
      'culturescan: linked/loop.txt: is a symbolic link that loops',
    ]);
    expect(run.lines).toEqual([
      'culturescan: linked/gone.txt: is a symbolic link to nothing (its target does not exist)',
      'culturescan: linked/loop.txt: is a symbolic link that loops',
      expect.stringMatching(/^culturescan: linked\/queue\.txt: is a named pipe \(FIFO\), not a regular file/),
    ]);
  });
});
