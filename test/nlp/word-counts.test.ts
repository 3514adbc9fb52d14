import { describe, expect, it } from 'vitest';
import { parseWordCounts, rarestWord } from '../../src/nlp/index.js';

describe('word counts', () => {
  const counts = parseWordCounts(['# per million words', 'interest 450', 'interests 60 # a comment', 'international 1900', '', 'group 150', 'groups 130', 'society 60'].join('\n'));

  it('sum the counts of the listed words that begin with a prefix, none for a prefix no listed word begins with', () => {
    expect(counts.beginningWith('intere')).toBe(510);
    expect(counts.beginningWith('inte')).toBe(2410);
    expect(counts.beginningWith('grou')).toBe(280);
    expect(counts.beginningWith('groups')).toBe(130);
    expect(counts.beginningWith('partn')).toBe(0);
    expect(counts.beginningWith('zzz')).toBe(0);
  });

  it('make a phrase looked for at the word whose prefix begins the fewest words, of three letters or more', () => {
    // "interest" is the longest, but "interest..." is written more often than "grou...".
    expect(rarestWord(['interest', 'group'], false)).toBe(0);
    expect(rarestWord(['interest', 'group'], false, counts)).toBe(1);
    // Words no listed word begins with: the longest, the first of them.
    expect(rarestWord(['econom', 'and', 'social', 'partner'], false, counts)).toBe(3);
    expect(rarestWord(['social', 'partner'], false, counts)).toBe(1);
    // A word of one or two letters is never the anchor of a phrase with a longer word.
    expect(rarestWord(['e', 'book'], true, parseWordCounts('book 900'))).toBe(1);
    // "society" is listed and "civil" is not: the shorter word it is.
    expect(rarestWord(['civil', 'societi'], false, counts)).toBe(0);
  });
});
