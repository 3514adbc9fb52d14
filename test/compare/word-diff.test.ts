import { describe, expect, it } from 'vitest';
import { wordDiff, type DiffRun } from '../../src/compare/word-diff.js';
import { clauseWords, shingles, wordingSimilarity, clauseKeys } from '../../src/compare/wording.js';

const words = (text: string) => clauseWords(text);
const side = (runs: DiffRun[], keep: DiffRun['op']) => runs.filter((r) => r.op === 'same' || r.op === keep).flatMap((r) => r.text.split(' '));

describe('wordDiff', () => {
  it('marks the words removed and added, the rest shared', () => {
    const runs = wordDiff(words('This Agreement does not apply to cultural industries.'), words('This Chapter does not apply to measures on cultural industries.'));
    expect(runs).toEqual([
      { op: 'same', text: 'This' },
      { op: 'removed', text: 'Agreement' },
      { op: 'added', text: 'Chapter' },
      { op: 'same', text: 'does not apply to' },
      { op: 'added', text: 'measures on' },
      { op: 'same', text: 'cultural industries.' },
    ]);
  });

  it('does not count case, accents, punctuation or renumbering as a change', () => {
    const runs = wordDiff(words('under Article 28.3, the Parties'), words('Under article 31.3 the Párties'));
    expect(runs).toEqual([{ op: 'same', text: 'Under article 31.3 the Párties' }]);
  });

  it('gives back the right version word for word and the left one by its words, on random edits', () => {
    const vocabulary = ['culture', 'the', 'Party', 'shall', 'not', 'apply', 'audiovisual', 'services', 'measures', 'of'];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let trial = 0; trial < 300; trial++) {
      const left = Array.from({ length: random(30) }, () => vocabulary[random(vocabulary.length)]!);
      const right = left.filter(() => random(5) !== 0).flatMap((w) => (random(6) === 0 ? [w, vocabulary[random(vocabulary.length)]!] : [w]));
      const runs = wordDiff(left, right);
      expect(side(runs, 'added').filter(Boolean)).toEqual(right);
      expect(side(runs, 'removed').filter(Boolean)).toEqual(left);
      // Longest common subsequence: a word both in a removed run and in the added run beside it could have been kept.
      runs.forEach((run, n) => {
        if (run.op !== 'removed' || runs[n + 1]?.op !== 'added') return;
        const added = new Set(runs[n + 1]!.text.split(' '));
        expect(run.text.split(' ').filter((w) => added.has(w))).toEqual([]);
      });
    }
  });

  it('shows a middle too long to compare word by word as replaced whole, ends kept', () => {
    const left = ['Start', ...Array.from({ length: 2100 }, (_, n) => `a${n}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)), 'end'];
    const right = ['Start', ...Array.from({ length: 2100 }, (_, n) => `b${n}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)), 'end'];
    const runs = wordDiff(left, right);
    expect(runs.map((r) => r.op)).toEqual(['same', 'removed', 'added', 'same']);
  });
});

describe('wording similarity', () => {
  const alike = (a: string, b: string) => wordingSimilarity(shingles(clauseKeys(a)), shingles(clauseKeys(b)));

  it('is 1 for the same words and 0 for no three words in common', () => {
    expect(alike('This Agreement does not apply to cultural industries.', 'this agreement DOES not apply to cultural industries')).toBe(1);
    expect(alike('This Agreement does not apply to cultural industries.', 'The Parties shall cooperate on film co-production.')).toBe(0);
  });

  it('falls as the wording changes', () => {
    const base = 'Nothing in this Agreement shall be construed to apply to measures adopted or maintained by a Party with respect to cultural industries.';
    const edited = 'Nothing in this Chapter shall be construed to apply to measures adopted or maintained by a Party with respect to audiovisual services.';
    const rewritten = 'A Party may adopt measures with respect to cultural industries, and this Chapter does not restrict them.';
    expect(alike(base, edited)).toBeGreaterThan(0.6);
    expect(alike(base, edited)).toBeLessThan(1);
    expect(alike(base, rewritten)).toBeLessThan(alike(base, edited));
  });
});
