import { describe, expect, it } from 'vitest';
import { idleProcessors, jobCount } from '../../src/cli/scan-files.js';

const MB = 1_000_000;
/** The ToTA corpus's shape: 394 files, 38 MB. */
const corpus = Array.from({ length: 394 }, () => 38 * MB / 394);

describe('idle processors', () => {
  it('are the CPUs the last minute\'s load leaves free, at least one', () => {
    expect(idleProcessors(2, 0.1)).toBe(2);
    expect(idleProcessors(4, 1.6)).toBe(2);
    expect(idleProcessors(2, 23)).toBe(1);
  });
});

describe('the number of jobs', () => {
  it('without --jobs: a job per idle processor for a large batch, one on a busy machine or for a small one', () => {
    expect(jobCount(corpus, undefined, 2)).toBe(2);
    expect(jobCount(corpus, undefined, 1)).toBe(1);
    expect(jobCount(corpus.slice(0, 100), undefined, 2)).toBe(1); // under 10 MB: a worker would not pay for its start
    expect(jobCount([5 * MB], undefined, 2)).toBe(1);
  });

  it('with --jobs: as asked, at most one per file, whatever the load', () => {
    expect(jobCount(corpus, 3, 1)).toBe(3);
    expect(jobCount([MB, MB], 4, 2)).toBe(2);
  });
});
