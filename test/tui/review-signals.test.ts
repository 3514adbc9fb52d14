import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from '../support/built.js';
import { Pane, tmux } from '../support/terminal-pane.js';

/**
 * A review ended from outside — its terminal closed (SIGHUP), or killed (SIGTERM) — keeps what
 * Ctrl-C keeps: every decision, and a note being typed with its decision. The process still ends by
 * its signal, as a shell expects (129, 143).
 */

const AGREEMENT = 'corpus/borealis-calderra-cepa.md';
if (!tmux) console.warn('review signal tests skipped: tmux is not installed (apt-get install tmux)');

/** The review's own process (not the shell of the pane that started it), found by its decisions file. */
function reviewPid(decisions: string): number {
  const found = spawnSync('pgrep', ['-f', `^node .*review ${AGREEMENT} --decisions ${decisions}$`], { encoding: 'utf8' });
  const pids = found.stdout.trim().split('\n').filter(Boolean).map(Number);
  expect(pids).toHaveLength(1);
  return pids[0]!;
}

describe.skipIf(!tmux)('culturescan review ended by a signal', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  it.each([
    ['SIGHUP', 129],
    ['SIGTERM', 143],
  ] as const)('%s while a note is typed keeps the decisions and the note', { timeout: 60_000 }, async (signal, status) => {
    const decisions = join(mkdtempSync(join(tmpdir(), 'culturescan-review-')), 'decisions.json');
    const pane = Pane.start(`node ${BIN} review ${AGREEMENT} --decisions ${decisions}`);
    try {
      await pane.waitFor(/Finding 1 of \d+ · 0 decided/);
      pane.keys('k');
      await pane.waitFor(/Finding 2 of \d+ · 1 decided/);
      pane.keys('x');
      await pane.waitFor(/Finding 3 of \d+ · 2 decided/);
      pane.keys('m');
      await pane.waitFor(/Note \(Enter keeps it/);
      pane.keys('-l', 'ask the delegation first');
      await pane.waitFor(/Note \(Enter keeps it, Esc drops it\): ask the delegation first/);
      process.kill(reviewPid(decisions), signal);
      await pane.waitFor(new RegExp(`EXITED ${status}`));
    } finally {
      pane.stop();
    }
    const saved = JSON.parse(readFileSync(decisions, 'utf8')) as { decisions: Record<string, { decision: string; note?: string }> };
    expect(Object.values(saved.decisions).map((d) => [d.decision, d.note])).toEqual([
      ['keep', undefined],
      ['discuss', 'ask the delegation first'],
    ]);
  });
});
