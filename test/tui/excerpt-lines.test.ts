import { describe, expect, it } from 'vitest';
import { excerptLines } from '../../src/tui/excerpt-lines.js';

const EXCERPT = 'This Chapter does not apply to «audio-visual services» or to services of «broadcasting», nor to the measures a Party adopts for them.';
const shown = (lines: ReturnType<typeof excerptLines>) => lines.map((runs) => runs.map((run) => (run.matched ? `*${run.text}*` : run.text)).join(''));

describe('the review wraps an excerpt at spaces itself', () => {
  it('into lines of the width given, none opening or closing with a space, the matched words kept across a break', () => {
    for (const width of [20, 33, 40, 57]) {
      const lines = shown(excerptLines(EXCERPT, width, false));
      for (const line of lines) {
        expect(line.replace(/\*/g, '').length).toBeLessThanOrEqual(width);
        expect(line).not.toMatch(/^\s|\s$/);
      }
      expect(lines.join(' ').replace(/\*/g, '')).toBe(EXCERPT.replace(/[«»]/g, ''));
    }
    expect(shown(excerptLines(EXCERPT, 40, false))).toEqual(['This Chapter does not apply to', '*audio-visual services* or to services of', '*broadcasting*, nor to the measures a', 'Party adopts for them.']);
  });

  it('keeps the « » as text when the screen has no colour to show the matched words', () => {
    const lines = excerptLines(EXCERPT, 200, true);
    expect(lines).toEqual([[{ text: EXCERPT, matched: false }]]);
  });

  it('cuts a word longer than a line', () => {
    expect(shown(excerptLines('«abcdefghij» k', 4, false))).toEqual(['*abcd*', '*efgh*', '*ij* k']);
  });
});
