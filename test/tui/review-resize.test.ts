import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from '../support/built.js';
import { Pane, tmux } from '../support/terminal-pane.js';

/**
 * A review whose window is resized, once or in a burst as dragging its edge does, shows one whole frame
 * for the new size, with nothing left of the frames drawn before it, and loses no decision.
 */

const AGREEMENT = 'corpus/borealis-calderra-cepa.md';
if (!tmux) console.warn('review resize tests skipped: tmux is not installed (apt-get install tmux)');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The screen's lines with text, and checks that they are one frame: its title first, one box, the keys last. */
function oneFrame(screen: string): string[] {
  const lines = screen.split('\n').filter((line) => line.trim() !== '');
  expect(lines[0], screen).toMatch(/^ Comprehensive Economic Partnership Agreement/);
  expect(lines.filter((line) => /Finding \d+ of \d+/.test(line)), screen).toHaveLength(1);
  expect(lines.filter((line) => line.includes('╭')), screen).toHaveLength(1);
  expect(lines.filter((line) => line.includes('╰')), screen).toHaveLength(1);
  expect(lines.filter((line) => line.includes('Decision:')), screen).toHaveLength(1);
  return lines;
}

describe.skipIf(!tmux)('culturescan review in a resized terminal', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  it('a burst of resizes, narrower and wider, leaves one frame drawn for the last size, and every decision', { timeout: 60_000 }, async () => {
    const decisions = join(mkdtempSync(join(tmpdir(), 'culturescan-review-')), 'decisions.json');
    const pane = Pane.start(`node ${BIN} review ${AGREEMENT} --decisions ${decisions}`);
    try {
      await pane.waitFor(/Finding 1 of \d+ · 0 decided/);
      pane.keys('k');
      await pane.waitFor(/Finding 2 of \d+ · 1 decided/);
      for (const columns of [100, 80, 60, 45, 70, 120, 50]) {
        pane.resize(columns);
        await sleep(40);
      }
      await sleep(1000);
      const narrow = oneFrame(pane.text());
      expect(Math.max(...narrow.map((line) => line.trimEnd().length))).toBeLessThanOrEqual(50);
      pane.resize(110, 30);
      await sleep(1000);
      oneFrame(pane.text());
      pane.keys('d');
      await pane.waitFor(/Finding 3 of \d+ · 2 decided/);
      oneFrame(pane.text());
      pane.keys('q');
      expect(await pane.waitFor(/EXITED \d+/)).toMatch(/2 of \d+ findings decided \(1 keep, 1 dismiss, 0 discuss\)[^]*EXITED 0/);
    } finally {
      pane.stop();
    }
    const saved = JSON.parse(readFileSync(decisions, 'utf8')) as { decisions: Record<string, { decision: string }> };
    expect(Object.values(saved.decisions).map((d) => d.decision)).toEqual(['keep', 'dismiss']);
  });
});
