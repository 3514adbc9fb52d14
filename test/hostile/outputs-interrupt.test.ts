import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { BIN } from '../support/built.js';
import { scratchFolder } from './inputs-run.js';

/**
 * A batch scan with --out stopped by Ctrl-C (SIGINT), a closed terminal (SIGHUP) or a kill (SIGTERM)
 * while it is writing: the report written so far is not left behind as a stray temporary file, the
 * previous report is left as it was, one line says so, and the run ends by the signal (exit 130 for
 * Ctrl-C in a shell).
 */

const dir = scratchFolder('interrupt');
const BATCH = join(dir, 'batch');
const PREVIOUS = '{"previous":"report"}\n';

beforeAll(() => {
  mkdirSync(BATCH);
  const samples = readdirSync(join(PACKAGE_ROOT, 'corpus')).filter((name) => name.endsWith('.txt'));
  // Enough agreements that the run is still going when the first ones are written.
  for (let copy = 0; copy < 80; copy++) {
    for (const sample of samples) copyFileSync(join(PACKAGE_ROOT, 'corpus', sample), join(BATCH, `${copy}-${sample}`));
  }
});

interface Interrupted {
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

/** Runs the scan, sends `signal` once the temporary output holds a document, and waits for the end. */
function interruptWhileWriting(outDir: string, signal: NodeJS.Signals): Promise<Interrupted> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'scan', BATCH, '--format', 'jsonl', '--jobs', '1', '--no-cache', '--out', join(outDir, 'findings.jsonl')], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const poll = setInterval(() => {
      const partial = readdirSync(outDir).find((name) => name.endsWith('.partial'));
      if (partial && statSync(join(outDir, partial)).size > 0) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 20);
    child.on('error', reject);
    child.on('close', (code, endSignal) => {
      clearInterval(poll);
      resolve({ signal: endSignal, code, stderr });
    });
  });
}

describe('a batch scan with --out, interrupted while writing', () => {
  it.each([['SIGINT' as const], ['SIGTERM' as const], ['SIGHUP' as const]])('by %s leaves the previous report as it was and no temporary file, in one line', { timeout: 120_000 }, async (signal) => {
    const outDir = mkdtempSync(join(tmpdir(), 'culturescan-interrupt-out-'));
    writeFileSync(join(outDir, 'findings.jsonl'), PREVIOUS);
    const run = await interruptWhileWriting(outDir, signal);
    expect(run.signal).toBe(signal);
    expect(readdirSync(outDir)).toEqual(['findings.jsonl']);
    expect(readFileSync(join(outDir, 'findings.jsonl'), 'utf8')).toBe(PREVIOUS);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^culturescan: .*findings\.jsonl: interrupted: not written \(an earlier file of that name is left as it was\)$/)]);
  });
});
