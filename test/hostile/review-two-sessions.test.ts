import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from '../support/built.js';
import { Pane, tmux } from '../support/terminal-pane.js';

const AGREEMENT = 'corpus/borealis-calderra-cepa.md';
if (!tmux) console.warn('two-session review test skipped: tmux is not installed (apt-get install tmux)');

describe.skipIf(!tmux)('two reviews in two terminals on one decisions file', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  it('keeps both sessions\' decisions, and each exit line counts what the file holds', { timeout: 90_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-two-reviews-'));
    const decisions = join(dir, 'decisions.json');
    const first = Pane.start(`node ${BIN} review ${AGREEMENT} --decisions ${decisions}`);
    const second = Pane.start(`node ${BIN} review ${AGREEMENT} --decisions ${decisions}`);
    try {
      await first.waitFor(/Finding 1 of \d+ · 0 decided/);
      await second.waitFor(/Finding 1 of \d+ · 0 decided/);
      first.keys('k'); // finding 1: keep
      await first.waitFor(/Finding 2 of \d+ · 1 decided/);
      second.keys('n');
      await second.waitFor(/Finding 2 of/);
      second.keys('d'); // finding 2: dismiss, in a session that opened the file before the first saved
      // Its save reads the file the first session saved to: the first's keep is counted there too.
      await second.waitFor(/Finding 3 of \d+ · 2 decided/);
      second.keys('x'); // finding 3: discuss
      await second.waitFor(/· 3 decided/);
      first.keys('q');
      expect(await first.waitFor(/EXITED \d+/)).toMatch(/3 of \d+ findings decided \(1 keep, 1 dismiss, 1 discuss\)[^]*EXITED 0/);
      second.keys('q');
      expect(await second.waitFor(/EXITED \d+/)).toMatch(/3 of \d+ findings decided \(1 keep, 1 dismiss, 1 discuss\)[^]*EXITED 0/);
    } finally {
      first.stop();
      second.stop();
    }
    const saved = JSON.parse(readFileSync(decisions, 'utf8')) as { decisions: Record<string, { decision: string }> };
    expect(Object.values(saved.decisions).map((d) => d.decision).sort()).toEqual(['discuss', 'dismiss', 'keep']);
  });
});
