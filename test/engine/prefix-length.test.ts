import { describe, expect, it } from 'vitest';
import { prefixLength } from '../../src/prefix-length.js';

describe('prefixLength', () => {
  it('counts the items that satisfy the test, from the first, as a pass over the list would', () => {
    const sorted = [1, 3, 3, 3, 7, 10, 10, 15];
    for (let value = 0; value <= 16; value++) {
      const byScan = sorted.findIndex((n) => !(n <= value));
      expect(prefixLength(sorted, (n) => n <= value)).toBe(byScan === -1 ? sorted.length : byScan);
    }
  });

  it('gives 0 for an empty list and for a test the first item fails', () => {
    expect(prefixLength([], () => true)).toBe(0);
    expect(prefixLength([{ start: 5 }, { start: 9 }], (span) => span.start < 5)).toBe(0);
  });
});
