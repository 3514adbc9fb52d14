import { foldWord } from '../nlp/index.js';

/** A clause's words as a reader sees them: split on whitespace, punctuation kept. */
export function clauseWords(text: string): string[] {
  return text.split(/\s+/).filter((word) => word.length > 0);
}

/**
 * The comparison key of a word: folded, letters only. Numbers drop out, so a renumbered
 * cross-reference ("Article 8.3" → "Article 9.3") does not count as a change of wording.
 */
export function wordKey(word: string): string {
  return foldWord(word).replace(/[^\p{L}]+/gu, '');
}

/** The keys of a clause's words, empty ones (numbers, punctuation) left out. */
export function clauseKeys(text: string): string[] {
  return clauseWords(text).map(wordKey).filter((key) => key.length > 0);
}

const SHINGLE = 3;

/** Runs of three consecutive word keys: what two clauses must share to read alike. */
export function shingles(keys: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (keys.length < SHINGLE) {
    if (keys.length > 0) out.add(keys.join(' '));
    return out;
  }
  for (let i = 0; i + SHINGLE <= keys.length; i++) out.add(keys.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** Two clauses sharing this much wording read as one template, edited at most here and there. */
export const NEAR_IDENTICAL = 0.8;

/** The words of the article (or preamble) a finding sits in: an excerpt alone can be as short as a heading. */
export function articleWording(docText: string, location: { start: number; end: number }): { text: string; keys: string[]; shingles: Set<string> } {
  const text = docText.slice(location.start, location.end);
  const keys = clauseKeys(text);
  return { text, keys, shingles: shingles(keys) };
}

/** Dice coefficient of two shingle sets: 1 for the same wording, 0 for no three words in common. */
export function wordingSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  return (2 * shared) / (a.size + b.size);
}
