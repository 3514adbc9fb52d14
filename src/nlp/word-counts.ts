import { prefixLength } from '../prefix-length.js';

/**
 * How often words are written in agreements of one language, per million words, folded (lower case, no
 * accents): the commonest of them, read from a word-count list (rules/word-counts). A word not listed
 * is rare. The scan looks for a phrase at its least written word (nlp/word-prefix rarestWord), so that
 * "interest groups" is looked for at "groups", not at every "interest" of an agreement.
 */
export class WordCounts {
  /** The listed words in code unit order, and beside each the sum of the counts of the words up to it. */
  private readonly words: string[];
  private readonly countsUpTo: number[];

  constructor(counts: ReadonlyMap<string, number>) {
    this.words = [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.countsUpTo = [0];
    for (const word of this.words) this.countsUpTo.push((this.countsUpTo[this.countsUpTo.length - 1] as number) + (counts.get(word) as number));
  }

  /** How many of a million words begin with `prefix` (folded), as far as the list tells. */
  beginningWith(prefix: string): number {
    const first = prefixLength(this.words, (word) => word < prefix);
    const end = prefixLength(this.words, (word) => word < prefix || word.startsWith(prefix));
    return (this.countsUpTo[end] as number) - (this.countsUpTo[first] as number);
  }

  /** How many of a million words hold `fragment` (folded) anywhere, as far as the list tells: a word's tail ("operat" in "cooperation") as well as its start. */
  holding(fragment: string): number {
    let count = 0;
    this.words.forEach((word, i) => {
      if (word.includes(fragment)) count += (this.countsUpTo[i + 1] as number) - (this.countsUpTo[i] as number);
    });
    return count;
  }
}

/** A word-count list: `word count` a line, counts per million words; blank lines and `#` comments skipped. */
export function parseWordCounts(text: string): WordCounts {
  const counts = new Map<string, number>();
  for (const line of text.split(/\r?\n/)) {
    const [word, count] = line.replace(/(^|\s)#.*$/, '').trim().split(/\s+/);
    if (word && count !== undefined && Number.isFinite(Number(count))) counts.set(word, Number(count));
  }
  return new WordCounts(counts);
}
