import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const AGREEMENT = resolve('corpus/aurelia-montaria-framework.txt');
const OTHER = resolve('corpus/borealis-calderra-cepa.md');

/** A corpus folder where one agreement is there three times: as itself, copied under another name, and through a link. */
function corpusWithCopies(): string {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-overview-copies-'));
  copyFileSync(AGREEMENT, join(dir, 'aurelia-montaria.txt'));
  copyFileSync(AGREEMENT, join(dir, 'copy-of-aurelia-montaria.txt'));
  symlinkSync(join(dir, 'aurelia-montaria.txt'), join(dir, 'linked.txt'));
  copyFileSync(OTHER, join(dir, 'borealis-calderra.md'));
  return dir;
}

describe('a corpus counts an agreement given twice once', () => {
  it('by a second path or as the same bytes under another name, and says so in one line', async () => {
    const dir = corpusWithCopies();
    // The folder, and one of its files named again.
    const run = await runCli(dir, ['overview', '.', 'aurelia-montaria.txt', '--format', 'jsonl', '--no-cache', '--quiet']);
    expect(run.code, run.err).toBe(0);
    const ids = run.out.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids.sort()).toEqual(['aurelia-montaria', 'borealis-calderra']);
    const lines = run.err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^culturescan: 2 files are a second copy of an agreement given before, counted once: /);
    expect(lines[0]).toContain('copy-of-aurelia-montaria.txt (the same bytes as aurelia-montaria.txt)');
    expect(lines[0]).toMatch(/linked\.txt \(the same file as \S*aurelia-montaria\.txt\)/);
  });

  it('per Party too: each Party counts the agreement once', async () => {
    const run = await runCli(corpusWithCopies(), ['overview', '.', '--by', 'party', '--format', 'csv', '--no-cache', '--quiet']);
    expect(run.code, run.err).toBe(0);
    const xau = run.out.split('\n').find((line) => line.startsWith('"XAU"'));
    expect(xau).toMatch(/^"XAU","developing","1",/);
  });

  it('in lineage, where a copy would be its own template', async () => {
    const run = await runCli(corpusWithCopies(), ['lineage', '.', '--format', 'json', '--no-cache', '--quiet']);
    expect(run.code, run.err).toBe(0);
    expect(run.err).toMatch(/^culturescan: 2 files are a second copy of an agreement given before, counted once: [^\n]*\n$/);
    const agreements = (JSON.parse(run.out) as Array<{ documentId: string }>).map((a) => a.documentId);
    expect(agreements.sort()).toEqual(['aurelia-montaria', 'borealis-calderra']);
  });

  it('names, without leaving either out, two files that seem to hold one agreement: the same Parties signing on the same day', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-overview-versions-'));
    copyFileSync(AGREEMENT, join(dir, 'aurelia-montaria.txt'));
    // Its published text, laid out otherwise: other bytes, the same agreement.
    writeFileSync(join(dir, 'aurelia-montaria-published.txt'), readFileSync(AGREEMENT, 'utf8').replace(/\n\n/g, '\n\n\n'));
    copyFileSync(OTHER, join(dir, 'borealis-calderra.md'));
    const run = await runCli(dir, ['overview', '.', '--format', 'jsonl', '--no-cache', '--quiet']);
    expect(run.code, run.err).toBe(0);
    expect(run.out.trim().split('\n')).toHaveLength(3);
    expect(run.err).toBe('culturescan: two files name the same Parties signing on the same day (one agreement in two files, counted twice, or two instruments signed together): aurelia-montaria-published.txt and aurelia-montaria.txt; leave one out to count its agreement once\n');
  });
});
