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

  /** A review of a draft at 120 columns without colour, the screen of its first finding and of a note being typed. */
  const plainReview = async (agreement: string) => {
    const decisions = join(mkdtempSync(join(tmpdir(), 'culturescan-plain-')), 'decisions.json');
    const pane = Pane.start(`TERM=xterm-256color NO_COLOR=1 node ${BIN} review ${agreement} --decisions ${decisions}`);
    try {
      const first = await pane.waitFor(/Finding 1 of \d+/, 30);
      pane.keys('x');
      await pane.waitFor(/Finding 2 of \d+ · 1 decided/);
      pane.keys('m');
      await pane.waitFor(/Note \(Enter keeps it/);
      pane.keys('why');
      return { first, note: await pane.waitFor(/why/) };
    } finally {
      pane.stop();
    }
  };

  it.each([['a Word draft', 'corpus/valmontie-norlande-accord.docx'], ['a PDF draft', 'corpus/tavelia-eskerland-agreement.pdf']])(
    'shows %s with the matched words marked and the note\'s cursor in text, every line within 120 columns',
    { timeout: 90_000 },
    async (_, agreement) => {
      const { first, note } = await plainReview(agreement);
      // Bold and inverse are styles NO_COLOR drops: the marks and the cursor must be characters.
      expect(first).toMatch(/«[^»\n]+»/);
      expect(note).toMatch(/Note \(Enter keeps it, Esc drops it\): why_/);
      // The key line fits the 120 columns, and the excerpt's lines, wrapped at spaces, never open with one.
      expect(first).toMatch(/^ k keep .* q quit.*\)$/m);
      expect(first).not.toMatch(/^ │ {2}\S/m);
    },
  );
});
