import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from '../support/built.js';
import { Pane, tmux } from '../support/terminal-pane.js';

const AGREEMENT = 'corpus/borealis-calderra-cepa.md';
// An SGR sequence that sets a colour: 30-37/90-97 foreground, 38;… extended, 2 dim (Ink's dimColor).
const COLOUR = /\x1b\[(?:\d+;)*(?:2|3[0-8]|9[0-7])(?:;\d+)*m/;
if (!tmux) console.warn('review colour tests skipped: tmux is not installed (apt-get install tmux)');

describe.skipIf(!tmux)('culturescan review and NO_COLOR', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  const screen = async (env: string) => {
    const decisions = join(mkdtempSync(join(tmpdir(), 'culturescan-colour-')), 'decisions.json');
    const pane = Pane.start(`${env} node ${BIN} review ${AGREEMENT} --decisions ${decisions}`);
    try {
      await pane.waitFor(/Finding 1 of \d+/);
      return pane.styled();
    } finally {
      pane.stop();
    }
  };

  it('draws in colour by default, and without any colour when NO_COLOR is set', { timeout: 60_000 }, async () => {
    expect(await screen('TERM=xterm-256color')).toMatch(COLOUR);
    const plain = await screen('TERM=xterm-256color NO_COLOR=1');
    expect(plain).toMatch(/Finding 1 of \d+/);
    expect(plain).not.toMatch(COLOUR);
  });
});
