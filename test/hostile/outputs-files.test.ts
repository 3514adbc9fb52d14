import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runCli } from '../support/cli.js';

const AGREEMENT = join(PACKAGE_ROOT, 'corpus/aurelia-borealis-epa.txt');

function folderWithAgreement(): string {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-out-'));
  copyFileSync(AGREEMENT, join(dir, 'draft.txt'));
  return dir;
}

describe('--out', () => {
  it('refuses to name an input, in one line, and leaves the agreement whole (scan, report, compare, lineage)', async () => {
    const dir = folderWithAgreement();
    symlinkSync(join(dir, 'draft.txt'), join(dir, 'alias.txt'));
    const before = readFileSync(join(dir, 'draft.txt'), 'utf8');
    for (const argv of [
      ['scan', 'draft.txt', '--out', 'draft.txt'],
      ['scan', '.', '--out', './draft.txt'],
      ['report', 'draft.txt', '--out', 'alias.txt'],
      ['compare', 'draft.txt', AGREEMENT, '--out', 'draft.txt'],
      ['lineage', '.', '--out', 'draft.txt'],
    ]) {
      const { code, err } = await runCli(dir, argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err, argv.join(' ')).toMatch(/^culturescan: [^\n]*(?:draft|alias)\.txt: --out names an input file; it would be overwritten \(choose another file\)\n$/);
      expect(err.split('\n').filter(Boolean)).toHaveLength(1);
    }
    expect(readFileSync(join(dir, 'draft.txt'), 'utf8')).toBe(before);
  });

  it('replaces the previous report by renaming a whole new file over it, leaving no temporary file', async () => {
    const dir = folderWithAgreement();
    writeFileSync(join(dir, 'report.json'), 'the previous report');
    const before = statSync(join(dir, 'report.json')).ino;
    expect((await runCli(dir, ['scan', 'draft.txt', '--format', 'json', '--out', 'report.json'])).code).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { documents: unknown[] }).documents).toHaveLength(1);
    expect(statSync(join(dir, 'report.json')).ino).not.toBe(before); // a new file, not the old one truncated
    expect(readdirSync(dir).sort()).toEqual(['draft.txt', 'report.json']);
  });

  it('leaves the previous report whole when the new one cannot be written', async () => {
    const dir = folderWithAgreement();
    mkdirSync(join(dir, 'report.md'));
    writeFileSync(join(dir, 'report.md', 'keep'), 'x');
    const { code, err } = await runCli(dir, ['scan', 'draft.txt', '--format', 'markdown', '--out', 'report.md']);
    expect(code).toBe(2);
    expect(err).toBe('culturescan: report.md: cannot write the output: it is a folder\n');
    expect(readFileSync(join(dir, 'report.md', 'keep'), 'utf8')).toBe('x');
    expect(readdirSync(dir).sort()).toEqual(['draft.txt', 'report.md']);
  });

  it('into a folder that does not exist, or past a file posing as a folder, is one line in plain words, before any work (scan, report, overview)', async () => {
    const dir = folderWithAgreement();
    for (const argv of [
      ['scan', 'draft.txt', '--out', 'missing/findings.jsonl'],
      ['report', 'draft.txt', '--out', 'missing/brief.md'],
      ['overview', '.', '--out', 'missing/overview.csv'],
    ]) {
      const { code, out, err } = await runCli(dir, argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(out, argv.join(' ')).toBe('');
      expect(err, argv.join(' ')).toMatch(/^culturescan: missing\/\w+\.\w+: cannot write the output: its folder does not exist\n$/);
    }
    const { err } = await runCli(dir, ['scan', 'draft.txt', '--out', 'draft.txt/findings.jsonl']);
    expect(err).toBe('culturescan: draft.txt/findings.jsonl: cannot write the output: a part of its path is a file, not a folder\n');
    expect(readdirSync(dir)).toEqual(['draft.txt']);
  });

  it('writes through a symlinked report file', async () => {
    const dir = folderWithAgreement();
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'real.md'), 'old');
    symlinkSync(join(dir, 'reports', 'real.md'), join(dir, 'latest.md'));
    expect((await runCli(dir, ['scan', 'draft.txt', '--format', 'markdown', '--out', 'latest.md'])).code).toBe(0);
    expect(statSync(join(dir, 'latest.md'), { throwIfNoEntry: false }) && readFileSync(join(dir, 'reports', 'real.md'), 'utf8')).toMatch(/# culturescan findings/);
  });
});

describe("culturescan's own reports are not agreements", () => {
  it('a report written with --out into the scanned folder is refused in one line on the next scan, the agreements still scanned', async () => {
    const dir = folderWithAgreement();
    for (const [format, out] of [['markdown', 'findings.md'], ['text', 'findings.txt']] as const) {
      expect((await runCli(dir, ['scan', '.', '--format', format, '--out', out])).code).toBe(0);
    }
    expect((await runCli(dir, ['report', 'draft.txt', '--format', 'html', '--out', 'brief.html'])).code).toBe(0);
    expect((await runCli(dir, ['compare', 'draft.txt', AGREEMENT, '--out', 'compare.md'])).code).toBe(0);
    const again = await runCli(dir, ['scan', '.', '--format', 'json']);
    expect(again.code).toBe(0);
    const results = (JSON.parse(again.out) as { documents: Array<{ source: string; title: string | null }> }).documents;
    expect(results.filter((r) => r.title !== null).map((r) => r.source)).toEqual(['draft.txt']);
    expect(again.err.split('\n').filter(Boolean).sort()).toEqual(
      ['brief.html', 'compare.md', 'findings.md', 'findings.txt'].map((f) => `culturescan: ${f}: is a report written by culturescan (its first line says so), not an agreement`),
    );
  });
});
