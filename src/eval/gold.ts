import { z } from 'zod';
import { UserError } from '../errors.js';
import { CATEGORIES, type Category } from '../model.js';

/** One line of a gold file such as ../shared/gold/dev.jsonl (extra fields like evidence and note are allowed). */
const goldLineSchema = z.object({
  treaty: z.string().min(1).describe('ToTA file name without extension, e.g. pta_11'),
  article_id: z.string().optional().describe('ToTA article_identifier; empty when the line only lists an agreement'),
  article: z.string().optional().describe('the article number as printed ("16.3", "preamble"), for agreements that are not ToTA XML'),
  labels: z.array(z.enum(CATEGORIES)).describe('the categories the article carries'),
});

/**
 * How an article is named by its printed number, in gold lines and in findings alike: `#` and the number
 * as printed, without a closing full stop, in lower case ("16.3", "16.3." and "Preamble" → "#16.3", "#preamble").
 */
export function printedArticleKey(number: string): string {
  return `#${number.trim().replace(/\.$/, '').toLowerCase()}`;
}

/** True for an article named by its printed number rather than a ToTA article_identifier. */
export function isPrintedArticleKey(articleId: string): boolean {
  return articleId.startsWith('#');
}

export interface GoldArticle {
  treaty: string;
  articleId: string;
  labels: Category[];
}

export interface GoldSet {
  /** Every agreement the file lists, in first-seen order. */
  treaties: string[];
  /** Labelled and unlabelled article lines (agreement-only lines are left out). */
  articles: GoldArticle[];
}

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/** Parses a gold file's text; any bad line is a one-line user error naming the file and the line. */
export function parseGold(text: string, file: string): GoldSet {
  const treaties = new Set<string>();
  const articles: GoldArticle[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UserError(`line ${index + 1}: not a JSON object`, file);
    }
    const parsed = goldLineSchema.safeParse(value);
    if (!parsed.success) throw new UserError(`line ${index + 1}: ${describeIssue(parsed.error.issues[0]!)}`, file);
    const { treaty, article_id: toTaId, article, labels } = parsed.data;
    if (toTaId !== undefined && toTaId !== '' && article !== undefined && article.trim() !== '') {
      throw new UserError(`line ${index + 1}: give either article_id (ToTA) or article (the printed number), not both`, file);
    }
    const articleId = article !== undefined && article.trim() !== '' ? printedArticleKey(article) : (toTaId ?? '');
    treaties.add(treaty);
    if (articleId !== '') articles.push({ treaty, articleId, labels });
  });
  if (treaties.size === 0) throw new UserError('no gold lines', file);
  return { treaties: [...treaties], articles };
}
