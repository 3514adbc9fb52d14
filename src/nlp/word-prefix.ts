import type { WordCounts } from './word-counts.js';

/**
 * What every written form of a word with this key begins with, folded: the key itself for an exact
 * word or a short stem, else the stem less its last two letters, which Porter stemming may have
 * rewritten ("industry" → "industri", "possibility" → "possibl"). Checked over every word form of
 * the ToTA corpus in each language. The anchor prefilter looks for these at word starts, and a
 * phrase is looked for only at words that begin so (engine/anchors, engine/occurrences).
 */
export function keyPrefix(key: string, exact: boolean): string {
  return exact || key.length <= 4 ? key : key.slice(0, Math.max(4, key.length - 2));
}

/**
 * The word of a phrase (by index) that is likeliest to be rare, which the phrase is looked for at: the
 * one whose prefix (keyPrefix) begins the fewest words of `counts`, a prefix of three letters or more
 * (the anchor pass scans for no shorter one); then the longest ("services" over "of"), the first of
 * them. Without counts, the longest.
 */
export function rarestWord(keys: readonly string[], exact: boolean, counts?: WordCounts): number {
  const written = keys.map((key) => {
    const prefix = keyPrefix(key, exact);
    return counts === undefined ? 0 : prefix.length < MIN_ANCHOR_LENGTH ? Infinity : counts.beginningWith(prefix);
  });
  let best = 0;
  for (let i = 1; i < keys.length; i++) {
    const [here, there] = [written[i] as number, written[best] as number];
    if (here < there || (here === there && (keys[i] as string).length > (keys[best] as string).length)) best = i;
  }
  return best;
}

/** The shortest anchor worth scanning for: a shorter one begins too many words (engine/anchors). */
export const MIN_ANCHOR_LENGTH = 3;
