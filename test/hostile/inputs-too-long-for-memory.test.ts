import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { runMeasured, scratchFolder } from './inputs-run.js';

/**
 * A text file under the size limit whose scan needs more memory than node may take: V8 used to abort
 * the whole run ("FATAL ERROR: Reached heap limit", a native stack trace), the files not yet written
 * lost with it. It is refused in one line that says how to give node the memory, and the batch goes on.
 */
const dir = scratchFolder('too-long');
const LONG = 'long.txt';
const GOOD = 'aurelia-montaria-framework.txt';
/** A heap smaller than the long text's scan needs (about 32 bytes a character of text). */
const SMALL_HEAP = { NODE_OPTIONS: '--max-old-space-size=128' };

describe('a text too long for the memory node may take', () => {
  beforeAll(() => {
    const samples = readdirSync(SAMPLE_CORPUS_DIR)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(join(SAMPLE_CORPUS_DIR, name), 'utf8'));
    const one = samples.join('\n\n');
    // About 6 MB: the sample agreements one after another, again and again, as a merged dump would hold them.
    writeFileSync(join(dir, LONG), Array.from({ length: Math.ceil(6e6 / one.length) }, () => one).join('\n\n'));
    writeFileSync(join(dir, GOOD), readFileSync(join(SAMPLE_CORPUS_DIR, GOOD)));
  });

  it('is refused in one line that names the file and the remedy; the other file is scanned', () => {
    const run = runMeasured(dir, ['scan', LONG, GOOD, '--format', 'jsonl', '--jobs', '1'], { env: SMALL_HEAP });
    expect(run.err).not.toMatch(/FATAL|heap out of memory|\n\s+at /);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatch(new RegExp(`^culturescan: ${LONG}: is too long to scan in the memory available \\(\\d+(?:\\.\\d)? MB of text needs about \\d+ MB; \\d+ MB is free\\): split it, or give node more memory \\(NODE_OPTIONS=--max-old-space-size=\\d+, with --jobs 1: a scan worker's memory is set where it starts\\)$`));
    expect(run.code).toBe(0);
    const rows = run.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { source: string; findings: unknown[]; errors?: string[] });
    const row = (source: string) => rows.find((r) => r.source === source);
    expect(row(GOOD)?.findings.length).toBeGreaterThan(0);
    expect(row(LONG)?.findings).toEqual([]);
    expect(row(LONG)?.errors?.[0]).toMatch(/^is too long to scan in the memory available/);
  });

  it('is scanned with the memory the message asks for', () => {
    const refused = runMeasured(dir, ['scan', LONG, '--format', 'jsonl'], { env: SMALL_HEAP });
    expect(refused.code).toBe(2);
    const asked = /NODE_OPTIONS=(--max-old-space-size=\d+)/.exec(refused.lines[0] ?? '')?.[1];
    expect(asked).toBeDefined();
    const run = runMeasured(dir, ['scan', LONG, '--format', 'jsonl', '--jobs', '1'], { env: { NODE_OPTIONS: asked! } });
    expect(run.code).toBe(0);
    expect(run.lines).toEqual([]);
    expect((JSON.parse(run.out.trim()) as { source: string; findings: unknown[] }).findings.length).toBeGreaterThan(0);
  }, 180_000);
});
