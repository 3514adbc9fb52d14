import { buildOutline } from '../../src/structure/index.js';
import type { Language, OutlineNode, PageSpan } from '../../src/model.js';

/** Every node of an outline, depth first, in text order. */
export function flatten(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

/** The outline of a text, flattened, as `kind number` labels (e.g. "article 14.4"). */
export function labels(text: string, language: Language = 'en'): string[] {
  return flatten(buildOutline(text, { language, pages: [] })).map((n) => (n.number ? `${n.kind} ${n.number}` : n.kind));
}

/** The outline of a text, with each node's text slice for offset checks. */
export function outlineOf(text: string, language: Language = 'en', pages: PageSpan[] = []): OutlineNode[] {
  return buildOutline(text, { language, pages });
}

export const slice = (text: string, node: OutlineNode): string => text.slice(node.start, node.end);
