import { buildUnits, nodeLabel } from '../engine/index.js';
import { isPrintedArticleKey, printedArticleKey } from './gold.js';
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
 * positives read alike) and text start of every outline node whose external id (ToTA article_identifier) is in `ids`, and of every article whose printed number (as
 * printedArticleKey gives it) is.
 */
export function articleTexts(doc: AgreementDocument, ids: ReadonlySet<string>): Map<string, ArticleText> {
  const found = new Map<string, ArticleText>();
  const add = (id: string, path: string[], span: { start: number; end: number }) => {
    if (!ids.has(id) || found.has(id)) return;
    const start = doc.text.slice(span.start, Math.min(span.end, span.start + START_LENGTH * 2)).replace(/\s+/g, ' ').trim();
    found.set(id, { path, start: start.slice(0, START_LENGTH) });
  };
  const visit = (nodes: readonly OutlineNode[], above: string[]) => {
    for (const node of nodes) {
      const path = [...above, nodeLabel(node)];
      if (node.externalId !== undefined) add(node.externalId, path, node);
      visit(node.children, path);
    }
  };
  visit(doc.outline, []);
  // Articles named by printed number are the scan's own units, numbered as its findings are.
  if ([...ids].some(isPrintedArticleKey)) for (const unit of buildUnits(doc)) add(printedArticleKey(unit.articleNumber), unit.path, unit);
  return found;
}
