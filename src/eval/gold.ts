import { z } from 'zod';
import { UserError } from '../errors.js';
import { CATEGORIES, type Category } from '../model.js';

/** One line of a gold file such as ../shared/gold/dev.jsonl (extra fields like evidence and note are allowed). */
const goldLineSchema = z.object({
  treaty: z.string().min(1).describe('ToTA file name without extension, e.g. pta_11'),
  article_id: z.string().describe('ToTA article_identifier; empty when the line only lists an agreement'),
  labels: z.array(z.enum(CATEGORIES)).describe('the categories the article carries'),
});

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
    const { treaty, article_id: articleId, labels } = parsed.data;
    treaties.add(treaty);
    if (articleId !== '') articles.push({ treaty, articleId, labels });
  });
  if (treaties.size === 0) throw new UserError('no gold lines', file);
  return { treaties: [...treaties], articles };
}
