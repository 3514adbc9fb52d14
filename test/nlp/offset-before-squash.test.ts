import { describe, expect, it } from 'vitest';
import { offsetBeforeSquash, squash } from '../../src/nlp/index.js';

describe('offsetBeforeSquash', () => {
  it('finds each character of a squashed stretch where it stands in the text', () => {
    const text = 'Article 1\n\n  1. The Parties\n shall  encourage\tco-production\u00a0of films:\n (a) cinema; ';
    const start = text.indexOf('\n');
    const squashed = squash(text.slice(start));
    for (let at = 0; at < squashed.length; at++) {
      if (squashed[at] === ' ') continue;
      expect(text[offsetBeforeSquash(text, start, at)]).toBe(squashed[at]);
    }
    expect(offsetBeforeSquash(text, start, squashed.indexOf('co-production'))).toBe(text.indexOf('co-production'));
  });
});
