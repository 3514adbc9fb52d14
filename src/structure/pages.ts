import type { OutlineNode, PageSpan } from '../model.js';
import { prefixLength } from '../prefix-length.js';

/** Stamps every node with the 1-based page its start falls on (binary search over the spans). */
export function stampPages(nodes: readonly OutlineNode[], pages: readonly PageSpan[]): void {
  if (pages.length === 0) return;
  const sorted = [...pages].sort((a, b) => a.start - b.start);
  const visit = (node: OutlineNode): void => {
    const page = pageAt(sorted, node.start);
    if (page !== undefined) node.page = page;
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
}

function pageAt(pages: readonly PageSpan[], offset: number): number | undefined {
  return pages[prefixLength(pages, (page) => page.start <= offset) - 1]?.page;
}
