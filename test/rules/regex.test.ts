import { describe, expect, it } from 'vitest';
import { compileRuleRegex, rewriteRegexSource } from '../../src/rules/regex.js';
import { regexLiterals } from '../../src/rules/regex-literals.js';

describe('rule regexes', () => {
  it('a space matches any whitespace, an optional space stays optional', () => {
    expect(rewriteRegexSource('shall not')).toBe('shall\\s+not');
    expect(rewriteRegexSource('co-? ?operation')).toBe('co-?\\s?operation');
    expect(rewriteRegexSource('[a ]')).toBe('[a ]');
  });

  it('\\b is Unicode-aware next to accented letters only', () => {
    expect(compileRuleRegex('\\bélectronique\\b').test('commerce électronique')).toBe(true);
    expect(compileRuleRegex('\\bfilm\\b').source).toBe('\\bfilm\\b');
  });
});

describe('regexLiterals', () => {
  it.each([
    ['\\bdoes not apply\\b', ['apply']],
    ['\\bcultural industr(?:y|ies)\\b', ['cultural']],
    ['\\b(?:audiovisual|broadcasting) services', ['audiovisual', 'broadcasting']],
    ['\\b(?:tv|film) services', ['services']],
    ['\\b(?:audiovisual|broadcasting)\\b', ['audiovisual', 'broadcasting']],
    ['film|cinema', ['film', 'cinema']],
    ['\\bexchanges?\\b', ['exchange']],
    ['\\w+ing', ['ing']],
    ['\\w+\\s\\d', undefined],
    ['(?:film)?music', ['music']],
    ['(?<!non-)commercial', ['commercial']],
    ['cultur\\w+|\\bart\\b|x', undefined],
    ['[^.]{0,220}broadcast', ['broadcast']],
    ['\\bthe\\s+parties\\s+agree', ['agree']],
  ])('%s → %j', (source, expected) => {
    expect(regexLiterals(source)).toEqual(expected);
  });
});
