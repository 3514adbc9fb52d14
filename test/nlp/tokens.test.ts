import { describe, expect, it } from 'vitest';
import { foldCodeUnit, foldWord, StemCache, stemWord, tokenize } from '../../src/nlp/index.js';

describe('stemming and folding', () => {
  it('stems per language and folds accents', () => {
    expect(stemWord('industries', 'en')).toBe(stemWord('industry', 'en'));
    expect(stemWord('culturelles', 'fr')).toBe(stemWord('culturelle', 'fr'));
    expect(stemWord('electrónicos', 'es')).toBe(stemWord('electronico', 'es'));
    expect(foldWord('Électronique')).toBe('electronique');
  });

  it('folds one code unit to one: lower case, accents off, never two characters for one', () => {
    const fold = (text: string) => String.fromCharCode(...[...text].map((ch) => foldCodeUnit(ch.charCodeAt(0))));
    expect(fold('Commerce ÉLECTRONIQUE, Ñandú')).toBe('commerce electronique, nandu');
    // 'İ' lower-cases to two characters and 'ﬁ' decomposes to two: each stays one character.
    expect(fold('İstanbul')).toHaveLength('İstanbul'.length);
    expect(fold('ﬁlm')).toHaveLength(3);
    expect(fold('ﬁlm').endsWith('lm')).toBe(true);
  });
});

describe('tokenize', () => {
  it('gives words with offsets and keys, joining a word hyphenated over a line end', () => {
    const text = 'Cul-\ntural industries, audio-visual';
    const tokens = tokenize(text, 'en', new StemCache());
    expect(Array.from(tokens.starts, (s, i) => text.slice(s, tokens.ends[i]))).toEqual(['Cul-\ntural', 'industries', 'audio', 'visual']);
    expect(tokens.allKeys(true)).toEqual(['cultural', 'industries', 'audio', 'visual']);
    expect(tokens.key(1, false)).toBe(stemWord('industry', 'en'));
  });

  it('joins only a line broken after a hyphen that goes on in lower case, and drops soft hyphens from keys', () => {
    const text = 'cul- \r\n  tural; Cul-\nTural; re-\n\tcul-\nture; x\u00ady; \u00adab; audio-\n\nvisual';
    const tokens = tokenize(text, 'en', new StemCache());
    expect(Array.from(tokens.starts, (s, i) => text.slice(s, tokens.ends[i]))).toEqual(['cul- \r\n  tural', 'Cul', 'Tural', 're-\n\tcul-\nture', 'x\u00ady', '\u00adab', 'audio', 'visual']);
    expect(tokens.allKeys(true)).toEqual(['cultural', 'cul', 'tural', 'reculture', 'xy', 'ab', 'audio', 'visual']);
  });

  it('reads letters beyond the BMP as word characters, lone surrogates as none, and keeps to its range', () => {
    const text = 'ab 𝐀𝐁 c\ud800d \udc00e fgh';
    const tokens = tokenize(text, 'en', new StemCache(), 1, text.length - 1);
    expect(Array.from(tokens.starts, (s, i) => text.slice(s, tokens.ends[i]))).toEqual(['b', '𝐀𝐁', 'c', 'd', 'e', 'fg']);
  });

  it('finds a word form by where it is written as by its spelling, across thousands of forms', () => {
    const cache = new StemCache();
    const at = cache.lookupAt('en');
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}ing`);
    const text = words.join(' ');
    let offset = 0;
    for (const word of words) {
      expect(at(text, offset, offset + word.length)).toEqual(cache.keys(word, 'en'));
      offset += word.length + 1;
    }
    // Asked again after the table has grown: the same keys object, not a second stemming.
    expect(at(text, 0, words[0]!.length)).toBe(at(`${words[0]} `, 0, words[0]!.length));
    expect(at('xx services yy', 3, 11)).toEqual({ exact: 'services', stem: stemWord('services', 'en') });
  });

  it('stems each spelling once per language', () => {
    const cache = new StemCache();
    const a = cache.keys('Services', 'en');
    expect(cache.keys('Services', 'en')).toBe(a);
  });

  it('stems spellings that differ in case only once between them, by string and by place alike', () => {
    const cache = new StemCache();
    const text = 'Services SERVICES services Servicios';
    const at = cache.lookupAt('en');
    const first = at(text, 0, 8);
    expect(at(text, 9, 17)).toBe(first);
    expect(cache.keys('services', 'en')).toBe(first);
    expect(first).toEqual({ exact: 'services', stem: stemWord('services', 'en') });
    expect(at(text, 27, 36)).not.toBe(first);
    expect(cache.keys('Services', 'es')).not.toBe(first);
  });
});
