import { describe, expect, it } from 'vitest';
import { isFirstNumber, normaliseNumber, numberPosition } from '../../src/structure/numbers.js';

describe('normaliseNumber', () => {
  it.each([
    ['14', '14'],
    ['8.1', '8.1'],
    ['XIII-2', 'XIII-2'],
    ['G-01', 'G-01'],
    ['5 bis', '5BIS'],
    ['8.70.', '8.70'],
    ['3:', '3'],
    ['14 . 4', '14.4'],
    ['3–09', '3-09'],
    ['3—09', '3-09'],
    ['xiv', 'XIV'],
    ['Première', 'PREMIERE'],
    ['único', 'UNICO'],
    ['1er', '1ER'],
  ])('reads %j as %j', (printed, canonical) => {
    expect(normaliseNumber(printed)).toBe(canonical);
  });

  it('gives one form to the ways a number is printed, so that they compare equal', () => {
    expect(normaliseNumber('8.1')).toBe(normaliseNumber(' 8 . 1. '));
    expect(normaliseNumber('IV–2')).toBe(normaliseNumber('iv-2'));
  });
});

describe('numberPosition and isFirstNumber', () => {
  it('places Arabic and Roman numbers in their run, and no number with a word in it', () => {
    expect(numberPosition('17.3')).toEqual({ parts: [17, 3], roman: false });
    expect(numberPosition('3–09')).toEqual({ parts: [3, 9], roman: false });
    expect(numberPosition('xiv')).toEqual({ parts: [14], roman: true });
    expect(numberPosition('8 bis')).toBeUndefined();
    expect(numberPosition('Fourteen')).toBeUndefined();
  });

  it('knows a run\'s first number however it is printed', () => {
    expect(['1', '01', '8.1', 'I', 'One', 'premier', 'Primera', 'ÚNICO'].every(isFirstNumber)).toBe(true);
    expect(['2', '8.11', 'II', 'Two', '10'].some(isFirstNumber)).toBe(false);
  });
});
