import { isMap, isNode, type Document, type LineCounter } from 'yaml';

type Key = string | number;

/** Renders a field path the way rule authors read it: match.all[0].regex */
export function fieldPath(path: readonly Key[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return out;
}

/**
 * The 1-based line and column of the YAML node at `path`, or of its deepest existing ancestor
 * (a missing field points at the object that lacks it). With `key`, points at that key of the map.
 */
export function locate(doc: Document, counter: LineCounter, path: readonly Key[], key?: string): { line: number; col: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (!isNode(node) || !node.range) continue;
    if (key !== undefined && depth === path.length && isMap(node)) {
      const pair = node.items.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === key);
      const range = pair && isNode(pair.key) ? pair.key.range : undefined;
      if (range) return counter.linePos(range[0]);
    }
    return counter.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}
