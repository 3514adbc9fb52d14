import { buildUnits, type Unit } from '../../engine/index.js';
import { compareItems, type Item, type Score } from '../../eval/metrics.js';
import type { AgreementDocument, Category, Finding } from '../../model.js';
import { normaliseNumber } from '../../structure/numbers.js';

/** How an article is matched across two readings of one agreement: its printed number (chapter-qualified where numbering restarts), compared loosely. */
export const articleKey = (articleNumber: string): string => normaliseNumber(articleNumber).replace(/^ARTICLE/, '');

/**
 * The numbered articles of a document, in text order. The preamble's (ToTA wraps recitals in article
 * records) and unnumbered ones are left out: they have no printed number to be matched by.
 */
export function articleUnits(doc: AgreementDocument): Unit[] {
  return buildUnits(doc).filter((u) => u.node.kind === 'article' && u.part !== 'preamble' && articleKey(u.articleNumber) !== '');
}

/** How many of the counterpart's articles a reading found, by number, and which it missed or added. */
export interface ArticleRecovery {
  expected: number;
  recovered: number;
  /** Counterpart articles with no article of that number in the reading. */
  missed: string[];
  /** Articles of the reading with no counterpart article of that number. */
  extra: string[];
}

/** Multiset comparison of article keys: an article printed twice must be found twice. */
export function compareArticles(expected: readonly string[], found: readonly string[]): ArticleRecovery {
  const left = new Map<string, number>();
  for (const key of found) left.set(key, (left.get(key) ?? 0) + 1);
  const missed: string[] = [];
  for (const key of expected) {
    const count = left.get(key) ?? 0;
    if (count > 0) left.set(key, count - 1);
    else missed.push(key);
  }
  const extra = [...left].flatMap(([key, count]) => Array.from({ length: count }, () => key));
  return { expected: expected.length, recovered: expected.length - missed.length, missed, extra };
}

/** The article-level items of a scan: (article key, category) for the seven categories. */
export function findingItems(findings: readonly Finding[]): Item[] {
  return findings.map((f) => ({ unit: articleKey(f.location.articleNumber), category: f.category }));
}

/**
 * Gold labels of a ToTA agreement (by ToTA article id) turned into article-level items by the
 * printed number that the ToTA document gives each article: the same footing as a text's findings.
 */
export function goldItems(tota: AgreementDocument, labels: ReadonlyMap<string, readonly Category[]>): Item[] {
  const items: Item[] = [];
  for (const unit of buildUnits(tota)) {
    const categories = unit.articleId === undefined ? undefined : labels.get(unit.articleId);
    for (const category of categories ?? []) items.push({ unit: articleKey(unit.articleNumber), category });
  }
  return items;
}

/** Micro-averaged article-level score of `predicted` against `reference`, with the differing items. */
export function compareFindings(reference: readonly Item[], predicted: readonly Item[]): { score: Score; missed: Item[]; added: Item[] } {
  const { scores, falseNegatives, falsePositives } = compareItems(reference, predicted);
  return { score: scores.micro, missed: falseNegatives, added: falsePositives };
}
