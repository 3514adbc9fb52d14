import { nodeLabel } from '../engine/index.js';
import type { AgreementDocument, OutlineNode } from '../model.js';

/** What an eval report shows of an article that the gold labels but the scan missed. */
export interface ArticleText {
  /** Headings from the top of the outline down to the article. */
  path: string[];
  /** The start of the article's text, on one line. */
  start: string;
}

const START_LENGTH = 160;

/**
 * The heading path (labelled as in a finding's location path, so that false negatives and false
 * positives read alike) and text start of every outline node whose external id (ToTA article_identifier) is in `ids`.
 */
export function articleTexts(doc: AgreementDocument, ids: ReadonlySet<string>): Map<string, ArticleText> {
  const found = new Map<string, ArticleText>();
  const visit = (nodes: readonly OutlineNode[], above: string[]) => {
    for (const node of nodes) {
      const path = [...above, nodeLabel(node)];
      if (node.externalId !== undefined && ids.has(node.externalId) && !found.has(node.externalId)) {
        const start = doc.text.slice(node.start, Math.min(node.end, node.start + START_LENGTH * 2)).replace(/\s+/g, ' ').trim();
        found.set(node.externalId, { path, start: start.slice(0, START_LENGTH) });
      }
      visit(node.children, path);
    }
  };
  visit(doc.outline, []);
  return found;
}
