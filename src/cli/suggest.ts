/** Levenshtein distance: the fewest single-character insertions, deletions and substitutions from `a` to `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known name closest to what was typed, when it is close enough to be a slip of the fingers: at most
 * a third of the longer word's letters apart (two for short words), so `scna` finds `scan` but `foo` finds
 * nothing. A unique prefix also counts (`--form` for `--format`).
 */
export function closest(typed: string, known: readonly string[]): string | undefined {
  const prefixed = known.filter((k) => typed.length >= 3 && k.startsWith(typed));
  if (prefixed.length === 1) return prefixed[0];
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(typed.toLowerCase(), name.toLowerCase());
    const allowed = Math.max(2, Math.floor(Math.max(typed.length, name.length) / 3));
    if (distance <= allowed && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** ` (did you mean 'scan'?)`, or nothing when no known name is near. */
export function didYouMean(typed: string, known: readonly string[], prefix = ''): string {
  const match = closest(typed, known);
  return match === undefined ? '' : `; did you mean '${prefix}${match}'?`;
}
