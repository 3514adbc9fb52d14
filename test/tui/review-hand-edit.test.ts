import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from '../support/built.js';
import { Pane, tmux } from '../support/terminal-pane.js';

const AGREEMENT = 'corpus/borealis-calderra-cepa.md';
if (!tmux) console.warn('hand-edit review test skipped: tmux is not installed (apt-get install tmux)');

/**
 * The pane's text with the lines it wrapped at its 120 columns joined again: a line cut at a space
 * lost that space (the pane trims the ends of lines), one cut inside a word is full.
 */
function unwrapped(screen: string): string {
  return screen.split('\n').map((line) => (line.length >= 120 ? line : `${line} `)).join('');
}

interface SavedFile {
  decisions: Record<string, { decision: string }>;
}

describe.skipIf(!tmux)('a decisions file broken by hand while the review runs', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  it('loses no decision: the review goes on, the broken file is kept aside whole, and the exit says so', { timeout: 90_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-hand-edit-'));
    const decisions = join(dir, 'decisions.json');
    const pane = Pane.start(`node ${BIN} review ${AGREEMENT} --decisions ${decisions}`);
    const broken = '{"version": 2, "decisions": {\n';
    try {
      await pane.waitFor(/Finding 1 of \d+ · 0 decided/);
      pane.keys('k');
      await pane.waitFor(/Finding 2 of \d+ · 1 decided/);
      // An editor saves the file half-typed, as a slip of the hand leaves it.
      writeFileSync(decisions, broken);
      pane.keys('d');
      await pane.waitFor(/Finding 3 of \d+ · 2 decided/);
      pane.keys('x');
      await pane.waitFor(/· 3 decided/);
      pane.keys('q');
      const end = unwrapped(await pane.waitFor(/EXITED \d+/));
      expect(end).toMatch(/culturescan: \S*decisions\.json: warning: is not JSON \([^)]*\); it is kept as decisions\.json\.unreadable-[\dTZ-]+, and the decisions of this review were saved in its place/);
      expect(end).toMatch(/3 of \d+ findings decided \(1 keep, 1 dismiss, 1 discuss\)[^]*EXITED 0/);
    } finally {
      pane.stop();
    }
    const saved = JSON.parse(readFileSync(decisions, 'utf8')) as SavedFile;
    expect(Object.values(saved.decisions).map((d) => d.decision).sort()).toEqual(['discuss', 'dismiss', 'keep']);
    const aside = readdirSync(dir).filter((name) => name.startsWith('decisions.json.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0]!), 'utf8')).toBe(broken);
  });

  it('lets an entry deleted by hand from the file while the review runs stay deleted', { timeout: 90_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-hand-delete-'));
    const decisions = join(dir, 'decisions.json');
    const pane = Pane.start(`node ${BIN} review ${AGREEMENT} --decisions ${decisions}`);
    try {
      await pane.waitFor(/Finding 1 of \d+ · 0 decided/);
      pane.keys('k');
      await pane.waitFor(/Finding 2 of \d+ · 1 decided/);
      pane.keys('d');
      await pane.waitFor(/Finding 3 of \d+ · 2 decided/);
      // The reviewer takes the keep back by deleting its entry in an editor.
      const onDisk = JSON.parse(readFileSync(decisions, 'utf8')) as SavedFile;
      const kept = Object.keys(onDisk.decisions).find((key) => onDisk.decisions[key]!.decision === 'keep')!;
      delete onDisk.decisions[kept];
      writeFileSync(decisions, JSON.stringify(onDisk, null, 2));
      pane.keys('x');
      // The review saw the deletion when it saved: two decided, not three.
      await pane.waitFor(/Finding 4 of \d+ · 2 decided/);
      pane.keys('q');
      const end = unwrapped(await pane.waitFor(/EXITED \d+/));
      expect(end).toMatch(/2 of \d+ findings decided \(0 keep, 1 dismiss, 1 discuss\)[^]*EXITED 0/);
    } finally {
      pane.stop();
    }
    const saved = JSON.parse(readFileSync(decisions, 'utf8')) as SavedFile;
    expect(Object.values(saved.decisions).map((d) => d.decision).sort()).toEqual(['discuss', 'dismiss']);
  });
});
