import { describe, expect, it } from 'vitest';
import { handOutOrder, LARGEST_FIRST_PER_JOB, largestFirstCount } from '../../src/cli/hand-out-order.js';
import { JobQueue } from '../../src/cli/scan-pool.js';

describe('the order files are handed out in', () => {
  it('is the run\'s order with the last files largest first, ties in the run\'s order', () => {
    // Six files; the sizes of the last four: a large one last, two alike.
    expect(handOutOrder(6, [10, 30, 10, 900])).toEqual([0, 1, 5, 3, 2, 4]);
  });

  it('is the run\'s order when no file is handed out largest first', () => {
    expect(handOutOrder(4, [])).toEqual([0, 1, 2, 3]);
  });

  it('hands every file out exactly once', () => {
    const sizes = [5, 1, 4, 1, 5, 9, 2, 6];
    expect([...handOutOrder(20, sizes)].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});

describe('how many of the last files go largest first', () => {
  it('a few per job, none for a single job, never more than the run has', () => {
    expect(largestFirstCount(394, 2)).toBe(2 * LARGEST_FIRST_PER_JOB);
    expect(largestFirstCount(394, 1)).toBe(0);
    expect(largestFirstCount(5, 4)).toBe(5);
  });
});

describe('the shared queue of a run', () => {
  it('hands files out in the order it is given, then nothing', () => {
    const queue = new JobQueue(3, handOutOrder(3, [1, 7]));
    expect([queue.take(), queue.take(), queue.take(), queue.take()]).toEqual([0, 2, 1, undefined]);
    expect(queue.empty).toBe(true);
  });
});
