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
    expect(tokens.starts.map((s, i) => text.slice(s, tokens.ends[i]))).toEqual(['Cul-\ntural', 'industries', 'audio', 'visual']);
    expect(tokens.exacts).toEqual(['cultural', 'industries', 'audio', 'visual']);
    expect(tokens.stems[1]).toBe(stemWord('industry', 'en'));
  });

  it('stems each spelling once per language', () => {
    const cache = new StemCache();
    const a = cache.keys('Services', 'en');
    expect(cache.keys('Services', 'en')).toBe(a);
  });
});
