/**
 * How many items of `sorted`, from the first, satisfy `holds`, where it holds for a prefix only.
 * A binary search: the sentences, paragraphs and matches of one unit can run to thousands, and a
 * pass over the whole list for every lookup made long texts quadratic.
 */
export function prefixLength<T>(sorted: ArrayLike<T>, holds: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (holds(sorted[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
