import { describe, expect, it } from 'vitest';
import { foldCodeUnit, foldWord, mayRespell, StemCache, stemWord, stretchAround, tokenize } from '../../src/nlp/index.js';

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

describe('stretchAround', () => {
  const texts = [
    'The Parties, and their civil society (organisations), shall meet: once a year.',
    'Économie  numérique;\n l’accès du public — 2024/25 ... 𝐀rt 😀 culture',
    'co-operation, e-commerce and audio/visual works',
  ];

  it('holds the words asked for around a word, and reads them as the whole text does', () => {
    const cache = new StemCache();
    for (const text of texts) {
      expect(mayRespell(text), text).toBe(false);
      const whole = tokenize(text, 'en', cache);
      const wordsOf = (words: typeof whole) => Array.from({ length: words.count }, (_, i) => `${words.starts[i]}-${words.ends[i]}`);
      const all = wordsOf(whole);
      for (let w = 0; w < whole.count; w++) {
        for (const [before, after] of [[0, 0], [1, 2], [3, 1]] as const) {
          const stretch = stretchAround(text, whole.starts[w]!, before, after, 0, text.length);
          const inside = all.filter((_, i) => whole.starts[i]! >= stretch.start && whole.ends[i]! <= stretch.end);
          expect(wordsOf(tokenize(text, 'en', cache, stretch.start, stretch.end)), `${text} @${w}`).toEqual(inside);
          expect(inside.indexOf(all[w]!), `${text} @${w}`).toBeGreaterThanOrEqual(Math.min(before, w));
          expect(inside.length - 1 - inside.indexOf(all[w]!), `${text} @${w}`).toBeGreaterThanOrEqual(Math.min(after, whole.count - 1 - w));
        }
      }
    }
  });

  it('is not asked for where a word may be spelled across a soft hyphen or a line end', () => {
    expect(mayRespell('cul\u00adtural')).toBe(true);
    expect(mayRespell('cul-\ntural')).toBe(true);
    expect(mayRespell('cul\u2010 \t\r\ntural')).toBe(true);
    expect(mayRespell('cultural -\u00a0\nworks')).toBe(false);
    expect(mayRespell('cultural - works\nand more')).toBe(false);
  });
});
