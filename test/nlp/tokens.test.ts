import { describe, expect, it } from 'vitest';
import { foldText, foldWord, StemCache, stemWord, tokenize } from '../../src/nlp/index.js';

describe('stemming and folding', () => {
  it('stems per language and folds accents', () => {
    expect(stemWord('industries', 'en')).toBe(stemWord('industry', 'en'));
    expect(stemWord('culturelles', 'fr')).toBe(stemWord('culturelle', 'fr'));
    expect(stemWord('electrónicos', 'es')).toBe(stemWord('electronico', 'es'));
    expect(foldWord('Électronique')).toBe('electronique');
  });

  it('foldText keeps every offset', () => {
    const text = 'Commerce ÉLECTRONIQUE, İstanbul, ﬁlm';
    expect(foldText(text)).toHaveLength(text.length);
    expect(foldText(text).startsWith('commerce electronique')).toBe(true);
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
