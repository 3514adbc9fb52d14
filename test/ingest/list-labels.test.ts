import { describe, expect, it } from 'vitest';
import { formatNumber, levelLabel } from '../../src/ingest/list-labels.js';

describe('the labels Word draws before numbered paragraphs', () => {
  it('writes a number in each of the formats numbering.xml names', () => {
    expect([3, 12].map((n) => formatNumber(n, 'decimal'))).toEqual(['3', '12']);
    expect([3, 12].map((n) => formatNumber(n, 'decimalZero'))).toEqual(['03', '12']);
    expect([1, 26, 27, 28, 53].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'bb', 'aaa']);
    expect(formatNumber(3, 'upperLetter')).toBe('C');
    expect([4, 9, 14, 40].map((n) => formatNumber(n, 'lowerRoman'))).toEqual(['iv', 'ix', 'xiv', 'xl']);
    expect(formatNumber(19, 'upperRoman')).toBe('XIX');
    expect([1, 14, 21].map((n) => formatNumber(n, 'cardinalText'))).toEqual(['One', 'Fourteen', 'Twenty-one']);
    expect([1, 2, 12, 20, 23].map((n) => formatNumber(n, 'ordinalText'))).toEqual(['First', 'Second', 'Twelfth', 'Twentieth', 'Twenty-third']);
    expect(formatNumber(5, 'someFutureFormat')).toBe('5');
  });

  it('fills a level text with the current numbers of the levels it names, each in its own format', () => {
    expect(levelLabel('Article %1', [7], ['decimal'])).toBe('Article 7');
    expect(levelLabel('Article %1.%2', [2, 3], ['decimal', 'decimal'])).toBe('Article 2.3');
    expect(levelLabel('(%3)', [1, 2, 4], ['decimal', 'decimal', 'lowerRoman'])).toBe('(iv)');
    expect(levelLabel('CHAPTER %1', [14], ['cardinalText'])).toBe('CHAPTER Fourteen');
  });
});
