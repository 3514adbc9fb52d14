import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from '../support/built.js';
import { Pane, tmux } from '../support/terminal-pane.js';

const AGREEMENT = 'corpus/borealis-calderra-cepa.md';
if (!tmux) console.warn('failed-save review test skipped: tmux is not installed (apt-get install tmux)');

describe.skipIf(!tmux)('a review whose decisions file cannot be saved', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  it('ends in one line that says where the decision just made was kept', { timeout: 90_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-save-fails-'));
    const decisions = join(dir, 'decisions.json');
    const pane = Pane.start(`node ${BIN} review ${AGREEMENT} --decisions ${decisions}`);
    try {
      await pane.waitFor(/Finding 1 of \d+ · 0 decided/);
      pane.keys('k');
      await pane.waitFor(/Finding 2 of \d+ · 1 decided/);
      // Another review holds the file's lock (fresh, so not taken for a dead review's) while this one saves.
      writeFileSync(`${decisions}.lock`, String(process.pid));
      pane.keys('x');
      const screen = await pane.waitFor(/EXITED \d+/);
      const kept = /decisions are kept in (\S+decisions\.json\.unsaved-[\dT-]+Z)/.exec(screen.replace(/\s*\n\s*/g, ''))?.[1];
      expect(screen).toMatch(/EXITED 2/);
      expect(kept).toBeDefined();
      const saved = JSON.parse(readFileSync(kept!, 'utf8')) as { decisions: Record<string, { decision: string }> };
      expect(Object.values(saved.decisions).map((d) => d.decision).sort()).toEqual(['discuss', 'keep']);
    } finally {
      pane.stop();
    }
  });
});
