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

/** The word of a phrase (by index) that is likeliest to be rare: its longest ("services" over "of"), the first of them. */
export function rarestWord(keys: readonly string[]): number {
  let best = 0;
  for (let i = 1; i < keys.length; i++) if ((keys[i] as string).length > (keys[best] as string).length) best = i;
  return best;
}
