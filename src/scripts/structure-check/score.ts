import type { OutlineNode } from '../../model.js';
import { normaliseNumber } from '../../structure/numbers.js';
import type { ExpectedArticle, ExpectedHeading } from './render.js';

/** How one file's detected articles compare with the articles it was rendered from. */
export interface Score {
  expected: number;
  /** Right number, start inside the rendered heading line, and the right end. */
  recovered: number;
  /**
   * Among `recovered`: ending before a heading that the corpus printed at the end of the article's
   * own text (ToTA keeps the next section's heading, or the closing formula, inside the last article
   * before it). Such an article is read right: the heading opens the next block, not the article.
   */
  endsAtTextHeading: number;
  /** Found at its heading line with the right number, but ending in the wrong place. */
  wrongEnd: number;
  detected: number;
  /**
   * Articles found after the last rendered article ends: in the text the corpus leaves unsplit after
   * the agreement's articles (closing formula, signatures, annexes with articles of their own). The
   * corpus numbers none of them, so they are neither detected nor spurious here, only counted.
   */
  beyondArticles: number;
  /** Detected articles that start on no rendered article heading, or carry the wrong number there. */
  spurious: number;
  /** A few examples of what went wrong, for the worst-files listing. */
  examples: string[];
}

/** Every article node of an outline, at any depth, in text order. */
function articleNodes(outline: readonly OutlineNode[]): OutlineNode[] {
  const found: OutlineNode[] = [];
  const visit = (node: OutlineNode): void => {
    if (node.kind === 'article') found.push(node);
    node.children.forEach(visit);
  };
  outline.forEach(visit);
  return found;
}

/**
 * Strict comparison: an expected article counts only when a detected article starts inside its
 * heading line, carries the same number, and ends exactly where the article ends.
 */
export function scoreArticles(
  text: string,
  outline: readonly OutlineNode[],
  expected: readonly ExpectedArticle[],
  maxExamples = 4,
): Score {
  const lastEnd = Math.max(0, ...expected.map((a) => a.end));
  const numbered = articleNodes(outline).filter((n) => n.number !== undefined);
  const detected = expected.length === 0 ? numbered : numbered.filter((n) => n.start < lastEnd);
  const score: Score = {
    expected: expected.length,
    recovered: 0,
    wrongEnd: 0,
    endsAtTextHeading: 0,
    detected: detected.length,
    beyondArticles: numbered.length - detected.length,
    spurious: 0,
    examples: [],
  };
  const blockStarts = structuralStarts(outline);
  const note = (message: string): void => {
    if (score.examples.length < maxExamples) score.examples.push(message);
  };
  let d = 0;
  for (const article of expected) {
    while (d < detected.length && detected[d]!.start < article.headingStart) {
      score.spurious++;
      note(`spurious ${describe(text, detected[d]!)}`);
      d++;
    }
    const node = detected[d];
    if (!node || node.start > article.headingEnd) {
      note(`missed ${article.number}: ${JSON.stringify(text.slice(article.headingStart, article.headingEnd))}`);
      continue;
    }
    d++;
    if (normaliseNumber(node.number!) !== normaliseNumber(article.number)) {
      score.spurious++;
      note(`wrong number ${node.number} for ${article.number}`);
    } else if (node.end !== article.end && endsAtTextHeading(text, node.end, article.end, blockStarts)) {
      score.recovered++;
      score.endsAtTextHeading++;
    } else if (node.end !== article.end) {
      score.wrongEnd++;
      note(`wrong end for ${article.number}: ${node.end - article.end > 0 ? '+' : ''}${node.end - article.end} chars`);
    } else {
      score.recovered++;
    }
  }
  for (; d < detected.length; d++) {
    score.spurious++;
    note(`spurious ${describe(text, detected[d]!)}`);
  }
  return score;
}

const STRUCTURAL = new Set(['part', 'chapter', 'section', 'subsection', 'annex', 'appendix', 'protocol', 'conclusion']);
/** Most lines and characters a heading and its title take: more than that between the two ends is lost body text. */
const HEADING_LINES = 4;
const HEADING_CHARS = 200;

function structuralStarts(outline: readonly OutlineNode[]): Map<number, OutlineNode> {
  const starts = new Map<number, OutlineNode>();
  const visit = (node: OutlineNode): void => {
    if (STRUCTURAL.has(node.kind)) starts.set(node.start, node);
    node.children.forEach(visit);
  };
  outline.forEach(visit);
  return starts;
}

/**
 * The article stops early at a heading (or the closing formula) that the corpus printed at the end of
 * its text: a block the reader opened starts right there, and what lies between the two ends is that
 * heading alone (a few short lines) or the closing formula.
 */
function endsAtTextHeading(text: string, end: number, expectedEnd: number, starts: ReadonlyMap<number, OutlineNode>): boolean {
  if (end >= expectedEnd) return false;
  let next = end;
  while (next < expectedEnd && /\s/.test(text[next]!)) next++;
  const node = starts.get(next);
  if (!node) return false;
  if (node.kind === 'conclusion') return true;
  const between = text.slice(next, expectedEnd);
  return between.length <= HEADING_CHARS && between.split('\n').filter((l) => l.trim() !== '').length <= HEADING_LINES;
}

function describe(text: string, node: OutlineNode): string {
  const newline = text.indexOf('\n', node.start);
  const line = text.slice(node.start, newline === -1 ? undefined : newline);
  return `${node.number}: ${JSON.stringify(line.slice(0, 80))}`;
}

/** How many printed heading titles (articles and chapter-level headings) came back as their node's heading. */
export interface TitleScore {
  titles: number;
  titlesRecovered: number;
}

const sameTitle = (a: string | undefined, b: string): boolean =>
  a !== undefined && a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** Each printed title counts when a node starting on its heading line carries it as its heading. */
export function scoreTitles(outline: readonly OutlineNode[], expected: readonly (ExpectedArticle | ExpectedHeading)[]): TitleScore {
  const byStart = new Map<number, OutlineNode[]>();
  const visit = (node: OutlineNode): void => {
    if (node.kind !== 'paragraph') byStart.set(node.start, [...(byStart.get(node.start) ?? []), node]);
    node.children.forEach(visit);
  };
  outline.forEach(visit);
  const score: TitleScore = { titles: 0, titlesRecovered: 0 };
  for (const heading of expected) {
    if (heading.title === undefined) continue;
    score.titles++;
    let found = false;
    for (let at = heading.headingStart; at <= heading.headingEnd && !found; at++) {
      found = (byStart.get(at) ?? []).some((node) => sameTitle(node.heading, heading.title!));
    }
    if (found) score.titlesRecovered++;
  }
  return score;
}
