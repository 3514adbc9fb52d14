import type { Heading } from './candidates.js';
import type { LineText } from './lines.js';
import { normaliseNumber } from './numbers.js';
import { hasLeaderTail, hasPageTail } from './titles.js';
import { ATTACHMENT_KINDS, CONTENTS_WORDS } from './vocabulary.js';

/** A table of contents: the lines it spans and the headings that are only its entries. */
export interface TableOfContents {
  startLine: number;
  endLine: number;
  /** Indexes (into the heading list) of the entries. */
  entries: number[];
}

const CONTENTS = new RegExp(`^(?:${CONTENTS_WORDS.map((w) => `${w}|${w.toUpperCase()}`).join('|')})\\s*:?$`);
/** An entry that gives the articles it spans: "CHAPTER 1 GENERAL PROVISIONS (Articles 1.1-1.3)", "(artículos 1 a 5)". */
const ARTICLE_RANGE = /\((?:articles?|art[ií]culos?|arts?\.)\s*[\dIVXLC][^()]*\)$/i;
/** Between two entries: at most this many short lines (wrapped titles, page numbers). */
const MAX_GAP_LINES = 3;
const MAX_GAP_CHARS = 300;

const keyOf = (h: Heading): string => `${h.rank}/${h.kind}/${h.number ? normaliseNumber(h.number) : (h.title ?? '')}`;

/**
 * Finds tables of contents: runs of headings with almost no body between them, whose entries come
 * back later as the real headings (or carry page numbers). The body's first headings, often stacked
 * right after the contents (PART I / CHAPTER 1 / Article 1.1), do not come back, so they stay body.
 */
export function findTablesOfContents(lines: readonly LineText[], headings: readonly Heading[]): TableOfContents[] {
  const lastIndexOf = new Map<string, number>();
  headings.forEach((h, i) => lastIndexOf.set(keyOf(h), i));
  const tables: TableOfContents[] = [];
  let runStart = 0;
  for (let i = 1; i <= headings.length; i++) {
    if (i < headings.length && isDenseGap(lines, headings[i - 1]!, headings[i]!)) continue;
    // Contents come first, or under their own title: a dense run further down is a list in the body.
    const table = tableInRun(lines, headings, runStart, i - 1, lastIndexOf, runStart === 0);
    if (table) tables.push(table);
    runStart = i;
  }
  return tables;
}

function tableInRun(
  lines: readonly LineText[],
  headings: readonly Heading[],
  first: number,
  last: number,
  lastIndexOf: ReadonlyMap<string, number>,
  atStart: boolean,
): TableOfContents | null {
  let end = -1;
  for (let i = first; i <= last; i++) {
    const h = headings[i]!;
    const comesBack = lastIndexOf.get(keyOf(h))! > last;
    const until = i < last ? headings[i + 1]!.line : Math.min(lines.length, h.lastLine + 1 + MAX_GAP_LINES);
    if (comesBack || entryHasPageTail(lines, h, until) || ARTICLE_RANGE.test(lines[h.lastLine]!.text)) end = i;
  }
  // Annexes listed after the last chapter entry are entries too: the body opens with its main text, never with an annex.
  while (end !== -1 && end < last && ATTACHMENT_KINDS.has(headings[end + 1]!.kind)) end++;
  const marker = contentsMarker(lines, headings[first]!.line);
  if (marker === -1 && !atStart) return null;
  if (end - first + 1 < (marker === -1 ? 3 : 1)) return null;
  const entries = Array.from({ length: end - first + 1 }, (_, k) => first + k);
  return { startLine: marker === -1 ? headings[first]!.line : marker, endLine: headings[end]!.lastLine, entries };
}

/**
 * Whether the entry leads to a page number: on its last line, or on a line of the leader it wraps
 * onto before the next entry (the lines of a wrapped entry all end in its leader, or are its page number).
 */
function entryHasPageTail(lines: readonly LineText[], h: Heading, until: number): boolean {
  for (let i = h.lastLine; i < until; i++) {
    const text = lines[i]!.text;
    if (hasPageTail(text)) return true;
    if (i > h.lastLine && text !== '' && !hasLeaderTail(text)) return false;
  }
  return false;
}

/**
 * The "CONTENTS" line just above the first entry (a few lines up at most), or -1. Entries that are not
 * headings ("Preamble ........ 2") may stand between; the lines of their leaders are not counted.
 */
function contentsMarker(lines: readonly LineText[], line: number): number {
  for (let i = line - 1, seen = 0; i >= 0 && seen < 3; i--) {
    const text = lines[i]!.text;
    if (text === '') continue;
    if (CONTENTS.test(text)) return i;
    if (!hasLeaderTail(text)) seen++;
  }
  return -1;
}

function isDenseGap(lines: readonly LineText[], before: Heading, after: Heading): boolean {
  let count = 0;
  let chars = 0;
  for (let i = before.lastLine + 1; i < after.line; i++) {
    const text = lines[i]!.text;
    if (text === '') continue;
    if (/[.;:]$/.test(text) && !hasLeaderTail(text)) return false;
    count++;
    chars += text.length;
    if (count > MAX_GAP_LINES || chars > MAX_GAP_CHARS) return false;
  }
  return true;
}
