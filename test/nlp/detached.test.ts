import { describe, expect, it } from 'vitest';
import { detached } from '../../src/nlp/detached.js';
import { StemCache } from '../../src/nlp/stem.js';

describe('detached', () => {
  it('gives back every code unit of a word cut from a long text, accents, quotes and lone surrogates included', () => {
    const text = `${'The Parties shall cooperate. '.repeat(2000)}«télécommunications» "audiovisual"\\ \ud800x`;
    for (const word of [text.slice(-41), text.slice(-14, -3), text.slice(0, 28), '', text.slice(-2)]) {
      expect(detached(word)).toBe(word);
      expect(detached(word).length).toBe(word.length);
    }
  });
});

describe('StemCache', () => {
  it('gives a word cut from a document the same keys as the word typed afresh', () => {
    const text = `${'Article 1. '.repeat(1000)}internationalisation`;
    const cache = new StemCache();
    const fromDocument = cache.keys(text.slice(-20), 'en');
    expect(fromDocument).toEqual(new StemCache().keys('internationalisation', 'en'));
    expect(cache.keys('internationalisation', 'en')).toBe(fromDocument);
  });
});
