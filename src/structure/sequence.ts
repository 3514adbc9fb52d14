import type { Heading } from './candidates.js';
import { isFirstNumber, numberPosition, type NumberPosition } from './numbers.js';

/** How far on a number may go and still follow the one before (articles deleted, a heading not read). */
const MAX_STEP = 3;

/**
 * Article "headings" that are references: a list of the articles of another instrument ("Article II
 * / Valuation of Contracts", "Article III / National Treatment" inside an article that incorporates
 * the GPA), or of articles of the agreement by area ("- Transport and communications / Article 93"),
 * each on a line of its own. Their numbers break the run the agreement's articles follow: each falls
 * back below the article they stand in (or is of another make, Roman among Arabic), and the article
 * heading after them follows on from that article. Such a run is no heading. A first number
 * ("Article 1", "8.1", "I") opens a new run (a protocol, an annex, numbering afresh in each chapter)
 * and is never a reference; a run with no article after it, or after an article that does not follow
 * on from the one before it itself (a misprinted number), is left as it is.
 * Returns the headings without the references, in order.
 */
export function withoutReferenceRuns(headings: readonly Heading[]): Heading[] {
  const articles = headings.flatMap((h, i) => (h.kind === 'article' && h.number !== undefined ? [i] : []));
  const references = new Set<number>();
  let last = -1; // the article the run is measured against: the last one kept
  let inRun = false; // whether that article itself follows on from the one before it (a misprinted number does not)
  for (let a = 0; a < articles.length; a++) {
    const at = articles[a]!;
    const current = position(headings[at]!);
    const kept = last === -1 ? undefined : position(headings[last]!);
    const first = isFirstNumber(headings[at]!.number!);
    if (!current || !kept || !inRun || first || follows(current, kept) || !fallsBack(current, kept)) {
      inRun = first || (current !== undefined && kept !== undefined && follows(current, kept));
      last = at;
      continue;
    }
    // A run of numbers falling back from the last article kept: references when the next article that does not fall back follows that article.
    let end = a;
    while (end + 1 < articles.length) {
      const next = headings[articles[end + 1]!]!;
      const nextPosition = position(next);
      if (!nextPosition || isFirstNumber(next.number!) || follows(nextPosition, kept) || !fallsBack(nextPosition, kept)) break;
      end++;
    }
    const after = articles[end + 1];
    const afterPosition = after === undefined ? undefined : position(headings[after]!);
    if (afterPosition && follows(afterPosition, kept)) {
      for (let r = a; r <= end; r++) references.add(articles[r]!);
    } else {
      last = articles[end]!;
      inRun = false;
    }
    a = end;
  }
  return headings.filter((_, i) => !references.has(i));
}

const position = (heading: Heading): NumberPosition | undefined => numberPosition(heading.number!);

/** Whether `next` comes right after `previous` in one run: 17.4 or 18.1 after 17.3, 260 after 258. */
function follows(next: NumberPosition, previous: NumberPosition): boolean {
  if (next.roman !== previous.roman || next.parts.length !== previous.parts.length) return false;
  const n = next.parts;
  const p = previous.parts;
  const k = n.length - 1;
  const samePrefix = n.slice(0, k).every((part, i) => part === p[i]);
  if (samePrefix && n[k]! - p[k]! >= 1 && n[k]! - p[k]! <= MAX_STEP) return true;
  // The first article of a following chapter: 18.1 after 17.3.
  return k > 0 && n[0]! - p[0]! >= 1 && n[0]! - p[0]! <= MAX_STEP && n.slice(1).every((part) => part <= 1);
}

/**
 * Whether `next` goes back below `previous` (74 after 258) or is of another make (XX among 17.3, 17.4):
 * not 5 after 4.15 (a chapter of one article), nor 9 after 9 (a misprint).
 */
function fallsBack(next: NumberPosition, previous: NumberPosition): boolean {
  if (next.roman !== previous.roman) return true;
  const shared = Math.min(next.parts.length, previous.parts.length);
  for (let i = 0; i < shared; i++) {
    if (next.parts[i] !== previous.parts[i]) return next.parts[i]! < previous.parts[i]!;
  }
  return false;
}
