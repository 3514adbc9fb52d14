import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type compromiseParser from 'compromise/two';
import { foldAsCompromise, UNREAD_BY_FOLD } from '../../src/nlp/compromise-words.js';

const nlp = createRequire(import.meta.url)('compromise/two') as typeof compromiseParser;
/** compromise's own table of the characters it maps before it looks a word up. */
const table = Object.entries((nlp.model() as { one: { unicode: Record<string, string> } }).one.unicode);

describe('letters read as compromise reads them', () => {
  it('are, for every character of its table, the letters it maps the character to, or a character the fold leaves unread', () => {
    expect(table.length).toBeGreaterThan(500);
    const wrong = table.filter(([from, to]) => {
      const folded = foldAsCompromise(from);
      return folded.toLowerCase() !== to.toLowerCase() && !UNREAD_BY_FOLD.test(folded) && /[a-z']/i.test(to + folded);
    });
    expect(wrong).toEqual([]);
  });

  it('fold the accents of Latin letters, curly apostrophes and zero-width characters, and leave other letters unread', () => {
    expect(foldAsCompromise('Mäori ngä toi, Côte d’Ivoire, sha\u200Bll')).toBe("Maori nga toi, Cote d'Ivoire, shall");
    expect(UNREAD_BY_FOLD.test(foldAsCompromise('Mäori ngä toi, “art” — § 2, 10 €'))).toBe(false);
    for (const unread of ['Straße', 'Ωmega', 'Ðorđe', 'a\u0307', '© 2020']) expect(UNREAD_BY_FOLD.test(foldAsCompromise(unread)), unread).toBe(true);
  });
});
