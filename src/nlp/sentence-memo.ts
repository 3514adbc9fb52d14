import { detached } from './detached.js';

/**
 * A bounded memo of a pure function of one sentence. The same sentence is asked about again and again
 * while a run decides legal force (for each finding in its article, for its main clause, in agreements
 * that repeat a template), and reading it is costly. When full it is emptied, so a long run keeps no more
 * than `capacity` sentences; each key is copied, since a sentence may be a slice of a whole document,
 * which the memo must not keep alive.
 */
export function sentenceMemo<T>(read: (key: string) => T, capacity = 4096): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as T;
    const value = read(key);
    if (known.size >= capacity) known.clear();
    known.set(detached(key), value);
    return value;
  };
}
