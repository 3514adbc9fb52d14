import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { oneByte, oneByteEach, OneByteSlices } from '../../src/one-byte-text.js';

/**
 * How V8 stores the string, as its serializer tells: after the version header, a one-byte string is
 * written with tag '"', a two-byte one with 'c' (after a padding byte when that aligns its characters).
 */
function bytesPerCharacter(text: string): 1 | 2 {
  const bytes = serialize(text);
  let at = 2;
  while (bytes[at] === 0) at++;
  const tag = bytes[at];
  if (tag === 0x22) return 1;
  if (tag === 0x63) return 2;
  throw new Error(`unexpected serializer tag ${tag}`);
}

// A text V8 holds two-byte because of a signature in Greek at its end; the articles before it are Latin-1.
const ARTICLE = 'Article 20.1 Cultural cooperation\n\nThe Parties shall promote cultural exchanges, including co-productions.\n\n';
const SIGNATURE = 'Done at Brussels. For the Hellenic Republic, Για την Ελληνική Δημοκρατία';
const TEXT = `${ARTICLE.repeat(3)}Article 20.2 Définitions (« créations »)\n\n${SIGNATURE}`;

describe('OneByteSlices', () => {
  it('gives a stretch without a character above U+00FF as a one-byte string with the same characters', () => {
    expect(bytesPerCharacter(TEXT)).toBe(2);
    expect(bytesPerCharacter(TEXT.slice(0, ARTICLE.length))).toBe(2);
    const slices = new OneByteSlices(TEXT);
    const signature = TEXT.indexOf(SIGNATURE);
    for (const [start, end] of [
      [0, ARTICLE.length],
      [ARTICLE.length + 5, signature],
      [signature, signature + 20],
      [0, 0],
    ] as const) {
      const slice = slices.slice(start, end);
      expect(slice).toBe(TEXT.slice(start, end));
      expect(bytesPerCharacter(slice)).toBe(1);
    }
  });

  it('leaves a stretch that holds a wider character as it is, and finds one at either edge of it', () => {
    const slices = new OneByteSlices(TEXT);
    const greek = TEXT.indexOf('Γ');
    for (const [start, end] of [
      [0, TEXT.length],
      [greek, greek + 1],
      [greek - 10, greek + 1],
      [greek, TEXT.length],
    ] as const) {
      const slice = slices.slice(start, end);
      expect(slice).toBe(TEXT.slice(start, end));
      expect(bytesPerCharacter(slice)).toBe(2);
    }
    expect(bytesPerCharacter(slices.slice(greek - 10, greek))).toBe(1);
  });

  it('slices a one-byte text as it is', () => {
    const text = ARTICLE.repeat(2);
    const slice = new OneByteSlices(text).slice(3, 60);
    expect(slice).toBe(text.slice(3, 60));
    expect(bytesPerCharacter(slice)).toBe(1);
  });
});

describe('oneByte', () => {
  it('copies a two-byte string of Latin-1 characters into a one-byte one, and keeps one with wider characters', () => {
    const heading = TEXT.slice(TEXT.indexOf('Article 20.2'), TEXT.indexOf(')') + 1);
    expect(bytesPerCharacter(heading)).toBe(2);
    expect(oneByte(heading)).toBe(heading);
    expect(bytesPerCharacter(oneByte(heading))).toBe(1);
    const wide = 'Article 5 – Scope';
    expect(oneByte(wide)).toBe(wide);
    expect(bytesPerCharacter(oneByte(wide))).toBe(2);
  });
});

describe('oneByteEach', () => {
  it('makes each Latin-1 string one-byte with the same characters, keeps those with wider ones, in their order', () => {
    const heading = (from: string, to: string) => TEXT.slice(TEXT.indexOf(from), TEXT.indexOf(to) + to.length);
    const texts = [heading('Article 20.2', ')'), 'Article 5 – Scope', '', heading('Article 20.1', 'cooperation'), heading('For the', 'Δημοκρατία'), heading('Done', 'Brussels.')];
    for (const text of [texts[0], texts[3], texts[5]]) expect(bytesPerCharacter(text as string)).toBe(2);
    const copies = oneByteEach(texts);
    expect(copies).toEqual(texts);
    expect(copies.map((copy) => (copy === '' ? 1 : bytesPerCharacter(copy)))).toEqual([1, 2, 1, 1, 2, 1]);
    expect(oneByteEach([])).toEqual([]);
    expect(oneByteEach(['Article 5 – Scope'])).toEqual(['Article 5 – Scope']);
  });
});
