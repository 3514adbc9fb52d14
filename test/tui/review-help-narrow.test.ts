import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REVIEW_KEYS } from '../../src/tui/Review.js';
import { BIN, ensureBuilt } from '../support/built.js';
import { Pane, tmux } from '../support/terminal-pane.js';

const AGREEMENT = 'corpus/borealis-calderra-cepa.md';
if (!tmux) console.warn('review help tests skipped: tmux is not installed (apt-get install tmux)');

describe.skipIf(!tmux)('the review\'s help in a terminal of 80 columns', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  it('keeps every key\'s description in its column, a long one wrapped under itself', { timeout: 60_000 }, async () => {
    const decisions = join(mkdtempSync(join(tmpdir(), 'culturescan-help-')), 'decisions.json');
    const pane = Pane.start(`node ${BIN} review ${AGREEMENT} --decisions ${decisions}`, 80);
    try {
      await pane.waitFor(/Finding 1 of \d+/);
      pane.keys('?');
      const help = await pane.waitFor(/Press any key to go back/);
      const lines = help.split('\n');
      const first = lines.findIndex((line) => line.trim() === 'Keys') + 1;
      const last = lines.findIndex((line) => line.trimStart().startsWith(REVIEW_KEYS.at(-1)![0]));
      const column = lines[first]!.indexOf(REVIEW_KEYS[0]![1].split(' ')[0]!);
      const rows = lines.slice(first, last + 1);
      // Every description (wrapped or not) is there whole, and every line of it starts in one column.
      for (const [, what] of REVIEW_KEYS) expect(rows.map((row) => row.slice(column).trim()).join(' '), what).toContain(what);
      for (const row of rows) {
        expect(row.length, row).toBeLessThanOrEqual(80);
        expect(row.slice(0, column).trim() === '' || row.slice(column - 1, column) === ' ', row).toBe(true);
        // Ink keeps the space a line was broken at: a wrapped line may start one column further.
        expect(row.slice(column), `${row}: a description starts in column ${column}`).toMatch(/^ ?\S/);
      }
      expect(rows.length, 'a description wrapped').toBeGreaterThan(REVIEW_KEYS.length);
    } finally {
      pane.stop();
    }
  });
});
