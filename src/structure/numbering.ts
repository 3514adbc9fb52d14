import type { OutlineNode } from '../model.js';
import { isFirstNumber, normaliseNumber } from './numbers.js';
import { ATTACHMENT_KINDS } from './vocabulary.js';

/** Levels whose articles may be numbered afresh: Chapter 11 … Article 1, Article 2; Chapter 12 … Article 1. */
const RESTARTING_LEVELS = new Set(['chapter', 'part']);
const LEVEL_WORDS: Record<string, string> = { chapter: 'Chapter', part: 'Part' };

/**
 * When the main text numbers its articles afresh in each chapter (or part), an article is known by
 * its chapter and number together: returns, for each such article, its number qualified by the
 * chapter ("1 (Chapter 12)"), so that two articles never share a number. Empty when numbers run on
 * through the agreement.
 */
export function chapterQualifiedNumbers(outline: readonly OutlineNode[]): Map<OutlineNode, string> {
  const groups = new Map<OutlineNode, OutlineNode[]>();
  const visit = (node: OutlineNode, level: OutlineNode | undefined): void => {
    if (ATTACHMENT_KINDS.has(node.kind)) return;
    if (node.kind === 'article') {
      if (level && node.number !== undefined) groups.set(level, [...(groups.get(level) ?? []), node]);
      return;
    }
    const next = RESTARTING_LEVELS.has(node.kind) && node.number !== undefined ? node : level;
    node.children.forEach((child) => visit(child, next));
  };
  outline.forEach((node) => visit(node, undefined));
  // "Article 8.1" under Chapter 8 carries its chapter already: only a number that does not is qualified.
  const restarting = [...groups].filter(([level, articles]) => isFirstNumber(articles[0]!.number!) && !carriesLevel(articles[0]!.number!, level));
  if (restarting.length < 2 || !numbersRepeat([...groups.values()].flat())) return new Map();
  const qualified = new Map<OutlineNode, string>();
  for (const [level, articles] of groups) {
    for (const article of articles) qualified.set(article, `${article.number} (${LEVEL_WORDS[level.kind]} ${level.number})`);
  }
  return qualified;
}

/** Whether an article number opens with its chapter's (or part's) number: 8.1 or 8-1 in Chapter 8. */
function carriesLevel(number: string, level: OutlineNode): boolean {
  if (level.number === undefined) return false;
  const prefix = normaliseNumber(level.number);
  return normaliseNumber(number).startsWith(`${prefix}.`) || normaliseNumber(number).startsWith(`${prefix}-`);
}

function numbersRepeat(articles: readonly OutlineNode[]): boolean {
  const seen = new Set<string>();
  for (const article of articles) {
    const key = normaliseNumber(article.number!);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}
