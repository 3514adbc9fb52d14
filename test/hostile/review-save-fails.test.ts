import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from '../support/built.js';
import { Pane, tmux } from '../support/terminal-pane.js';

const AGREEMENT = 'corpus/borealis-calderra-cepa.md';
if (!tmux) console.warn('failed-save review test skipped: tmux is not installed (apt-get install tmux)');

interface SavedFile {
  decisions: Record<string, { decision: string }>;
}

const decisionsIn = (path: string) => Object.values((JSON.parse(readFileSync(path, 'utf8')) as SavedFile).decisions).map((d) => d.decision).sort();
/** The pane's text with its wrapped lines joined (the path of the kept copy is long). */
const joined = (screen: string) => screen.replace(/\s*\n\s*/g, '');
const KEPT = /decisions are kept in ?(\/\S+?decisions\.json\.unsaved-[\dT-]+Z)/;

describe.skipIf(!tmux)('a review whose decisions file cannot be saved', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  it('goes on, keeps its decisions beside the file while saves fail, saves them when it can again, and says where they are when it ends unsaved', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-save-fails-'));
    const decisions = join(dir, 'decisions.json');
    const lock = `${decisions}.lock`;
    const pane = Pane.start(`node ${BIN} review ${AGREEMENT} --decisions ${decisions}`);
    try {
      await pane.waitFor(/Finding 1 of \d+ · 0 decided/);
      pane.keys('k');
      await pane.waitFor(/Finding 2 of \d+ · 1 decided/);
      // Another review holds the file's lock (fresh, so not taken for a dead review's) while this one saves.
      writeFileSync(lock, String(process.pid));
      pane.keys('x');
      const failed = await pane.waitFor(/Not saved[^]*Finding 3 of|Finding 3 of[^]*Not saved/, 30);
      const kept = KEPT.exec(joined(failed))?.[1];
      expect(kept).toBeDefined();
      expect(decisionsIn(kept!)).toEqual(['discuss', 'keep']);
      expect(decisionsIn(decisions)).toEqual(['keep']);
      // The lock is released: the next decision saves all three, and the copy beside the file is no longer needed.
      rmSync(lock);
      pane.keys('d');
      await pane.waitFor(/Finding 4 of \d+ · 3 decided/, 30);
      // The decision is on screen as soon as it is made; the header clears once its save is done.
      await pane.waitFor(/^(?![^]*Not saved)/, 30);
      expect(decisionsIn(decisions)).toEqual(['discuss', 'dismiss', 'keep']);
      expect(existsSync(kept!)).toBe(false);
      // Held again until the review ends: it ends in one line that says where the four decisions are.
      writeFileSync(lock, String(process.pid));
      pane.keys('k');
      await pane.waitFor(/Not saved/, 30);
      pane.keys('q');
      const end = joined(await pane.waitFor(/EXITED \d+/, 30));
      expect(end).toMatch(/EXITED 2/);
      const keptAtEnd = KEPT.exec(end)?.[1];
      expect(keptAtEnd).toBeDefined();
      expect(decisionsIn(keptAtEnd!)).toEqual(['discuss', 'dismiss', 'keep', 'keep']);
    } finally {
      pane.stop();
    }
  });
});
