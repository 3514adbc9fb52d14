import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { BIN, ensureBuilt } from '../support/built.js';
import { Pane, tmux } from '../support/terminal-pane.js';

const CARVE_OUT = '3. This Article does not apply to broadcasting, or to any measure affecting the transmission of audiovisual programmes to the public on a scheduled basis, whatever the technology used.\n';
if (!tmux) console.warn('review terminal tests skipped: tmux is not installed (apt-get install tmux)');

describe.skipIf(!tmux)('culturescan review of a draft where a decided clause is gone', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  it('says on screen and on leaving which earlier decision no longer applies', { timeout: 90_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-review-lapsed-'));
    const text = readFileSync(join(PACKAGE_ROOT, 'corpus', 'aurelia-borealis-epa.txt'), 'utf8');
    expect(text).toContain(CARVE_OUT);
    writeFileSync(join(dir, 'draft-1.txt'), text);
    writeFileSync(join(dir, 'draft-2.txt'), text.replace(CARVE_OUT, ''));
    const decisions = join(dir, 'decisions.json');

    const first = Pane.start(`node ${BIN} review ${join(dir, 'draft-1.txt')} --category cultural-exemption --decisions ${decisions}`, 80);
    let article: string | undefined;
    try {
      const screen = await first.waitFor(/Finding 1 of 1 · 0 decided/);
      article = /│ .*(Article [\d.]+)/.exec(screen)?.[1];
      expect(article).toBeDefined();
      first.keys('x');
      await first.waitFor(/1 decided/);
      first.keys('q');
      await first.waitFor(/EXITED 0/);
    } finally {
      first.stop();
    }

    const second = Pane.start(`node ${BIN} review ${join(dir, 'draft-2.txt')} --decisions ${decisions}`, 80);
    try {
      const screen = (await second.waitFor(/Finding 1 of \d+/)).replace(/\n\s*/g, ' ');
      expect(screen).toContain(`1 earlier decision no longer applies: its clause is gone from this draft (cultural-exemption, ${article}: to discuss)`);
      second.keys('q');
      const last = (await second.waitFor(/EXITED \d+/)).replace(/\n/g, '');
      expect(last).toMatch(/0 of \d+ findings decided .*1 earlier decision no longer applies: its clause is gone .*EXITED 0/);
    } finally {
      second.stop();
    }
  });
});
