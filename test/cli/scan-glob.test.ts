import { describe, expect, it } from 'vitest';
import { globToRegExp, isGlob, splitGlob } from '../../src/cli/glob.js';

describe('isGlob', () => {
  it('tells patterns from plain paths', () => {
    expect(isGlob('corpus/*.pdf')).toBe(true);
    expect(isGlob('drafts/v?.docx')).toBe(true);
    expect(isGlob('corpus/agreement.pdf')).toBe(false);
  });
});

describe('splitGlob', () => {
  it('cuts at the first segment with a wildcard', () => {
    expect(splitGlob('a/b/*.txt')).toEqual({ base: 'a/b', rest: '*.txt', depth: 1 });
    expect(splitGlob('a/*/c/*.md')).toEqual({ base: 'a', rest: '*/c/*.md', depth: 3 });
  });
  it('walks without limit when the pattern has **', () => {
    expect(splitGlob('a/**/*.xml')).toEqual({ base: 'a', rest: '**/*.xml', depth: Infinity });
  });
  it('keeps the current folder and the root as bases', () => {
    expect(splitGlob('*.txt').base).toBe('.');
    expect(splitGlob('/*.txt').base).toBe('/');
    expect(splitGlob('/tmp/x/*.txt').base).toBe('/tmp/x');
  });
});

describe('globToRegExp', () => {
  const matches = (pattern: string, path: string) => globToRegExp(pattern).test(path);

  it('* stays within one segment', () => {
    expect(matches('*.txt', 'a.txt')).toBe(true);
    expect(matches('*.txt', 'sub/a.txt')).toBe(false);
    expect(matches('*.txt', 'a.txt.bak')).toBe(false);
  });
  it('? is exactly one character', () => {
    expect(matches('v?.docx', 'v2.docx')).toBe(true);
    expect(matches('v?.docx', 'v10.docx')).toBe(false);
  });
  it('** spans zero or more folders', () => {
    expect(matches('**/*.xml', 'a.xml')).toBe(true);
    expect(matches('**/*.xml', 'x/y/z/a.xml')).toBe(true);
    expect(matches('x/**/a.xml', 'x/a.xml')).toBe(true);
    expect(matches('x/**/a.xml', 'x/y/z/a.xml')).toBe(true);
    expect(matches('x/**/a.xml', 'y/a.xml')).toBe(false);
  });
  it('a final ** stands for every file below', () => {
    expect(matches('**', 'a/b/c.pdf')).toBe(true);
    expect(matches('x/**', 'x/c.pdf')).toBe(true);
  });
  it('wildcards never match a leading dot, but a literal dot does', () => {
    expect(matches('*.txt', '.hidden.txt')).toBe(false);
    expect(matches('**/*.txt', '.git/a.txt')).toBe(false);
    expect(matches('.drafts/*.txt', '.drafts/a.txt')).toBe(true);
  });
  it('treats regular-expression characters literally', () => {
    expect(matches('a+b (1).txt', 'a+b (1).txt')).toBe(true);
    expect(matches('a.txt', 'abtxt')).toBe(false);
    expect(matches('[ab].txt', 'a.txt')).toBe(false);
  });
});
