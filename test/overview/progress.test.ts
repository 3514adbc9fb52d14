import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { progressLine, startProgress } from '../../src/cli/progress.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { BIN, ensureBuilt } from '../support/built.js';
import { runCli } from '../support/cli.js';

describe('the progress line', () => {
  it('says files done of total, elapsed time, rate and the current file, cut to the width', () => {
    expect(progressLine(12, 394, 4_000, 'tota/pta_12.xml')).toBe('12/394 files · 0:04 · 3.0 files/s · tota/pta_12.xml');
    const cut = progressLine(1, 2, 61_000, `${'very-long-folder/'.repeat(10)}pta_1.xml`, 60);
    expect(cut).toMatch(/^1\/2 files · 1:01 · 0\.0 files\/s · ….*pta_1\.xml$/);
    expect(cut.length).toBeLessThanOrEqual(60);
  });

  it('is drawn in place on a terminal, at most every tenth of a second, and cleared at the end', () => {
    let now = 0;
    const io = Object.assign(memoryIo(), { stderrIsTty: true, stderrColumns: 80 });
    const progress = startProgress(io, 3, false, () => now);
    progress.done('a.pdf');
    now = 50;
    progress.done('b.pdf');
    now = 300;
    progress.done('c.pdf');
    progress.finish();
    expect(io.err.split('\r\x1b[2K')).toEqual(['', '1/3 files · 0:00 · 0.0 files/s · a.pdf', '3/3 files · 0:00 · 10.0 files/s · c.pdf', '']);
  });

  it('is not drawn with --quiet, nor when stderr is not a terminal', async () => {
    const io = Object.assign(memoryIo(), { stderrIsTty: true });
    const quiet = startProgress(io, 1, true);
    quiet.done('a.pdf');
    quiet.finish();
    expect(io.err).toBe('');
    for (const command of [['scan'], ['overview'], ['lineage']]) expect((await runCli(PACKAGE_ROOT, command)).err).toBe('');
    ensureBuilt(BIN);
    const piped = spawnSync(process.execPath, [BIN, 'overview', '--format', 'csv'], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe('');
  });
});

describe('a message during a run', () => {
  it('gets a line of its own above the progress line, which is drawn again below it', () => {
    let now = 0;
    const io = Object.assign(memoryIo(), { stderrIsTty: true });
    const progress = startProgress(io, 2, false, () => now);
    progress.done('a.pdf');
    progress.say('culturescan: b.pdf: is not a PDF\n');
    now = 200;
    progress.done('b.pdf');
    progress.finish();
    expect(io.err.split('\r\x1b[2K')).toEqual(['', '1/2 files · 0:00 · 0.0 files/s · a.pdf', 'culturescan: b.pdf: is not a PDF\n', '1/2 files · 0:00 · 0.0 files/s · a.pdf', '2/2 files · 0:00 · 10.0 files/s · b.pdf', '']);
    const plain = memoryIo();
    startProgress(plain, 1, false).say('culturescan: x: y\n');
    expect(plain.err).toBe('culturescan: x: y\n');
  });
});

const script = spawnSync('script', ['--version']).status === 0;
if (!script) console.log('progress test in a terminal skipped: no `script` (util-linux) to give the program a terminal');

describe.skipIf(!script)('the progress line in a real terminal', () => {
  it('counts the files of the run on stderr while the report goes to its file', () => {
    ensureBuilt(BIN);
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-progress-'));
    // `script` runs the command in a pseudo-terminal and copies what it writes there to its own stdout.
    const run = spawnSync('script', ['-qec', `node ${BIN} overview --out ${join(dir, 'rows.csv')}`, '/dev/null'], { cwd: PACKAGE_ROOT, encoding: 'utf8', timeout: 300_000 });
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\r\x1b[2K').filter(Boolean);
    const total = readdirSync(join(PACKAGE_ROOT, 'corpus')).filter((f) => !/^readme/i.test(f)).length;
    expect(lines.at(-1)).toMatch(new RegExp(`^${total}/${total} files · \\d+:\\d\\d · \\d+\\.\\d files/s · corpus/[\\w.-]+$`));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(readFileSync(join(dir, 'rows.csv'), 'utf8').split('\r\n')).toHaveLength(total + 2);
    const quiet = spawnSync('script', ['-qec', `node ${BIN} overview --quiet --out ${join(dir, 'quiet.csv')}`, '/dev/null'], { cwd: PACKAGE_ROOT, encoding: 'utf8', timeout: 300_000 });
    expect(quiet.stdout).toBe('');
  });
});
