import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stripMarkdown } from '../../src/ingest/markdown.js';
import { BIN, ensureBuilt } from '../support/built.js';

/** Runs the built CLI under a CPU-time limit (ulimit -t): past it the kernel stops the process, whatever the machine's load. */
function underCpuLimit(seconds: number, args: string[], cwd: string) {
  return spawnSync('bash', ['-c', `ulimit -t ${seconds}; exec node "$@"`, 'bash', BIN, ...args], { cwd, encoding: 'utf8' });
}

describe('Markdown emphasis on a line of unclosed delimiters', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  it('is read in linear time: 100,000 unclosed ** on one line within 20 s of CPU (it took 101 s)', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-emphasis-'));
    writeFileSync(join(dir, 'stars.md'), `# Agreement on Cultural Cooperation\n\nArticle 1\n\n${'**a '.repeat(100_000)}\n\n${'__b '.repeat(50_000)}${'*c '.repeat(50_000)}\n`);
    const run = underCpuLimit(20, ['inspect', 'stars.md'], dir);
    expect(run.signal, 'killed at the CPU limit').toBeNull();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Agreement on Cultural Cooperation \(md, en\)/);
  });

  it('still strips strong and emphasis that are closed, and leaves unclosed marks as text', () => {
    const { text } = stripMarkdown('The **Parties** shall *cooperate* on __culture__ and _trade_; a ** stray and a *lone mark.');
    expect(text).toBe('The Parties shall cooperate on culture and trade; a ** stray and a *lone mark.');
  });
});
