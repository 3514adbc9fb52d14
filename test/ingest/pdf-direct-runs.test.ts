import { describe, expect, it } from 'vitest';
import { readPenMove, SpaceMemory, TextRun } from '../../src/ingest/pdf-direct-runs.js';

// A run set in 10-point type, 30 units written so far, 10 high.
const run = { size: 10, width: 30, height: 10 };

describe('how the direct PDF reader reads a move of the pen between two glyphs', () => {
  it('joins glyphs that follow on, writes a space for a word gap and closes the run at a wider gap', () => {
    expect(readPenMove(0.5, 0, run, false, true)).toEqual({ move: 'joins', forgetSpaces: false, closeAfter: false });
    expect(readPenMove(2.5, 0, run, false, true)).toEqual({ move: 'word-space', forgetSpaces: true, closeAfter: false });
    expect(readPenMove(12, 0, run, false, true)).toEqual({ move: 'gap', forgetSpaces: true, closeAfter: false });
    // With no run open, a word gap stands as a space item of its own.
    expect(readPenMove(2.5, 0, run, false, false).move).toBe('gap');
  });

  it('ends the line at a move down by more than the run is high, and closes the run at a move back', () => {
    expect(readPenMove(-200, -12, run, false, true).move).toBe('new-line');
    expect(readPenMove(5, -11, run, false, true).move).toBe('new-line');
    expect(readPenMove(-3, 0, run, false, true)).toEqual({ move: 'jump-back', forgetSpaces: true, closeAfter: false });
    // A raised glyph (a note call) joins the run, which closes after it.
    expect(readPenMove(0.5, 3, run, false, true)).toEqual({ move: 'joins', forgetSpaces: false, closeAfter: true });
  });

  it('turns a space glyph drawn too narrow into a gap, unless the pen hardly moved', () => {
    expect(readPenMove(0.8, 0, run, true, true).move).toBe('gap');
    expect(readPenMove(0.2, 0, run, true, true)).toEqual({ move: 'joins', forgetSpaces: true, closeAfter: false });
  });

  it('owes a space after a character and a space glyph, until forgotten', () => {
    const spaces = new SpaceMemory();
    expect(spaces.owed()).toBe(false);
    spaces.shown(false);
    spaces.shown(true);
    expect(spaces.owed()).toBe(true);
    spaces.forget();
    expect(spaces.owed()).toBe(false);
  });

  it('closes a run into an item with its banked width, normalised text and line end', () => {
    const items: Parameters<TextRun['close']>[0] = [];
    const gathered = new TextRun((text) => text.normalize('NFKC'));
    gathered.begin({ transform: [10, 0, 0, 10, 72, 700], advanceScale: 1, fontSize: 10 });
    gathered.add('e', false);
    gathered.add('\ufb01', true);
    gathered.width = 20;
    gathered.rescale(2);
    gathered.width = 5;
    gathered.close(items, true);
    gathered.close(items);
    expect(items).toEqual([{ str: 'efi', width: 30, height: 10, transform: [10, 0, 0, 10, 72, 700], hasEOL: true }]);
  });
});
