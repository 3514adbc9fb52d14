/**
 * Lists of small integers by key, packed in two typed arrays: key k's list is
 * items[start[k]] … items[start[k + 1] - 1]. The anchor pass walks such lists for every hit; packed,
 * they sit side by side in memory instead of behind one pointer each.
 */
export interface PackedLists {
  readonly start: Int32Array;
  readonly items: Int32Array;
}

export function packLists(lists: readonly (readonly number[])[]): PackedLists {
  const start = new Int32Array(lists.length + 1);
  for (let k = 0; k < lists.length; k++) start[k + 1] = (start[k] as number) + (lists[k] as readonly number[]).length;
  const items = new Int32Array(start[lists.length] as number);
  lists.forEach((list, k) => items.set(list, start[k] as number));
  return { start, items };
}
