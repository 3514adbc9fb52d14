import type { OutlineNode, PageSpan } from '../model.js';

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
  let low = 0;
  let high = pages.length - 1;
  let found: PageSpan | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (pages[mid]!.start <= offset) {
      found = pages[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found?.page;
}
