import type { Category, DocumentResult } from '../model.js';
import type { ArticleText } from './articles.js';
import { isPrintedArticleKey, printedArticleKey, type GoldSet } from './gold.js';
import { compareItems, type Item, type LevelScores } from './metrics.js';

/** A false positive or false negative at article level, with enough context to judge it. */
export interface ErrorCase {
  treaty: string;
  articleId: string;
  category: Category;
  path: string[];
  excerpt: string;
}

export interface EvalReport {
  /** (treaty, article, category) triples. */
  articles: LevelScores;
  /** (treaty, category) pairs: does the agreement have the category at all. */
  agreements: LevelScores;
  falsePositives: ErrorCase[];
  falseNegatives: ErrorCase[];
  /** Gold agreements that were not scanned (absent or unreadable): all of their labels count as missed. */
  missing: string[];
}

/** Per treaty, per article id: what the scanned document says about the article. */
export type ArticleTexts = ReadonlyMap<string, ReadonlyMap<string, ArticleText>>;

const SEP = '\u0001';

/** Scores scan results against gold labels, at article and agreement level. Only the seven categories count. */
export function evaluate(gold: GoldSet, results: readonly DocumentResult[], texts: ArticleTexts): EvalReport {
  const goldTreaties = new Set(gold.treaties);
  const scored = results.filter((r) => goldTreaties.has(r.documentId) && r.title !== null);
  const goldArticles: Item[] = gold.articles.flatMap((a) => a.labels.map((category) => ({ unit: `${a.treaty}${SEP}${a.articleId}`, category })));
  // An agreement whose gold names articles by printed number is scored by printed number, even when its findings also carry a ToTA id.
  const byNumber = new Set(gold.articles.filter((a) => isPrintedArticleKey(a.articleId)).map((a) => a.treaty));
  const predictedArticles: Item[] = [];
  const excerpts = new Map<string, { path: string[]; excerpt: string }>();
  for (const result of scored) {
    for (const finding of result.findings) {
      const printed = printedArticleKey(finding.location.articleNumber);
      const article = byNumber.has(result.documentId) ? printed : (finding.location.articleId ?? printed);
      const item = { unit: `${result.documentId}${SEP}${article}`, category: finding.category };
      predictedArticles.push(item);
      const key = `${item.unit}${SEP}${item.category}`;
      if (!excerpts.has(key)) excerpts.set(key, { path: finding.location.path, excerpt: finding.excerpt });
    }
  }
  const toAgreement = (item: Item): Item => ({ unit: item.unit.split(SEP)[0]!, category: item.category });
  const goldAgreements = goldArticles.map(toAgreement);
  const articles = compareItems(goldArticles, predictedArticles);
  const agreements = compareItems(goldAgreements, predictedArticles.map(toAgreement));
  const split = (item: Item) => {
    const [treaty = '', articleId = ''] = item.unit.split(SEP);
    return { treaty, articleId, category: item.category };
  };
  const falsePositives = articles.falsePositives.map((item) => ({
    ...split(item),
    path: excerpts.get(`${item.unit}${SEP}${item.category}`)?.path ?? [],
    excerpt: excerpts.get(`${item.unit}${SEP}${item.category}`)?.excerpt ?? '',
  }));
  const falseNegatives = articles.falseNegatives.map((item) => {
    const base = split(item);
    const text = texts.get(base.treaty)?.get(base.articleId);
    return { ...base, path: text?.path ?? [], excerpt: text?.start ?? '' };
  });
  const scannedIds = new Set(scored.map((r) => r.documentId));
  const missing = gold.treaties.filter((t) => !scannedIds.has(t));
  return { articles: articles.scores, agreements: agreements.scores, falsePositives, falseNegatives, missing };
}
