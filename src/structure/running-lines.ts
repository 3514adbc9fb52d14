import type { Language } from '../model.js';
import { PAGE_NUMBER } from '../nlp/page-number-pattern.js';
import { readHeadingLine } from './heading-line.js';
import type { Line, LineText } from './lines.js';
import { findPageBreaks, pageBreakLines } from './page-numbers.js';
import { findRunningHeadings } from './running-headings.js';

/**
 * Running heads and feet of a text saved from a printed agreement: besides the page numbers
 * (page-numbers.ts), a page prints the agreement's short title, a "Page 3 of 120" of its own wording,
 * a draft's date or the name of the chapter it belongs to, at its top or its foot. Saved as text, those
 * lines stand in the middle of the article that runs over the page break, their words read into it,
 * and a chapter's name opens the chapter again. Here they are found, for the reader to leave out.
 *
 * Where pages break is known from the page numbers that run in sequence through the text
 * (findPageBreaks), and from where the pages of a paginated source start (`pageStarts`, offsets of
 * the text: form feeds in a text). Returns the indexes of the running lines. A line is page
 * furniture when, its digits generalised ("Page 3 of 120" and "Page 4 of 120" alike), it stands next
 * to a page break (among the first or last lines of a page) on three pages in a row or more and
 * almost never anywhere else; a line that reads as a heading only as findRunningHeadings says
 * (running-headings.ts, which reads a PDF's pages too). No list of wordings is needed.
 */
export function findRunningLines(lines: readonly Line[], pageStarts: readonly number[], language: Language): Set<number> {
  const blank = new Set<number>();
  const numbers = findPageBreaks(lines.map((line) => line.text));
  const breaks = pageBreakLines(lines, numbers, pageStarts);
  if (breaks.length < MIN_REPEATS - 1) return blank;
  // The first page's head and the last page's foot stand at the text's two ends.
  breaks.unshift(-1);
  if (breaks.at(-1) !== lines.length - 1) breaks.push(lines.length - 1);
  const edges = edgeLines(lines, breaks, new Set(numbers));
  // For each line's key, the page breaks it stands at, in order.
  const atBreaks = new Map<string, number[]>();
  const atEdges = new Map<string, number>();
  for (const [i, at] of edges) {
    const key = furnitureKey(lines[i]!.text);
    const list = atBreaks.get(key) ?? [];
    if (list.at(-1) !== at) list.push(at);
    atBreaks.set(key, list);
    atEdges.set(key, (atEdges.get(key) ?? 0) + 1);
  }
  const candidates = new Set([...atBreaks].filter(([key, list]) => key.length <= MAX_LENGTH && longestRun(list) >= MIN_REPEATS).map(([key]) => key));
  for (const i of findRunningHeadings(lines, breaks, edges, language)) blank.add(i);
  if (candidates.size === 0) return blank;
  // Most lines open unlike every candidate: their keys, a few passes over each, are not made.
  const openings = new Set([...candidates].map((key) => key.charAt(0)));
  const everywhere = new Map<string, number>();
  const candidateLines = new Map<number, string>();
  lines.forEach((line, i) => {
    const opening = keyOpening(line.text);
    if (opening !== undefined && !openings.has(opening)) return;
    const key = furnitureKey(line.text);
    if (!candidates.has(key)) return;
    everywhere.set(key, (everywhere.get(key) ?? 0) + 1);
    candidateLines.set(i, key);
  });
  for (const [i, key] of candidateLines) {
    const { text } = lines[i]!;
    // Page numbers stay: the notes at a page's foot are found above them (footnotes.ts).
    if (!edges.has(i) || OPENS_OR_ENDS_TEXT.test(text) || PAGE_NUMBER.test(text)) continue;
    if (readHeadingLine(text, language) !== null) continue;
    if (atEdges.get(key)! >= everywhere.get(key)! * EDGE_SHARE) blank.add(i);
  }
  return blank;
}

/**
 * The first character of a line's furnitureKey where it can be told without making the key: a line
 * opening with a printable ASCII character (a digit is '#', a letter in lower case); else undefined
 * (blank, or a character whose trimming or case folding the key alone tells).
 */
function keyOpening(text: string): string | undefined {
  const c = text.charCodeAt(0);
  if (!(c > 0x20 && c < 0x7f)) return undefined;
  return c >= 0x30 && c <= 0x39 ? '#' : String.fromCharCode(c).toLowerCase();
}

/**
 * The most page breaks in a row (one or two pages apart) among `at`, page-break indexes in order: a
 * running line is printed on page after page, where the closing article of each chapter that happens
 * to end a page stands at breaks far apart.
 */
function longestRun(at: readonly number[]): number {
  let best = 0;
  for (let i = 0, run = 0; i < at.length; i++) {
    run = i > 0 && at[i]! - at[i - 1]! <= MAX_PAGE_STEP ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

/** Pages a running line may skip (a page of a table, a chapter's first page) and still run on. */
const MAX_PAGE_STEP = 2;
/** Fewer repeats than this on pages in a row is no running line. */
const MIN_REPEATS = 3;
/** A running head or foot is short. */
const MAX_LENGTH = 100;
/** How many non-blank lines at each side of a page break can be a page's head or foot. */
const EDGE_LINES = 3;
/** Share of a line's occurrences that must stand at page breaks. */
const EDGE_SHARE = 0.8;
/** A line of the body rather than of the page: one that opens with an enumerator, or ends a sentence or a clause. */
const OPENS_OR_ENDS_TEXT = /^(?:\(?[a-z0-9ivx]{1,4}[.)]\s)|[.;:,]$/;

/**
 * A line with its digits generalised and its spacing and case folded, so that "Page 3 of 120" and "page 4
 * of 120" are the same furniture: how running lines are told apart, in text as on a PDF's pages.
 */
export function furnitureKey(text: string): string {
  return text.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The non-blank lines next to each page break (the last line of a page, -1 before the first), up to
 * EDGE_LINES on each side (the page number that marks it aside), each with the index of its break: the
 * lines that can be a page's head or foot, in a text as on a PDF's pages (pdf-furniture.ts).
 */
export function edgeLines(lines: readonly LineText[], breaks: readonly number[], pageNumbers: ReadonlySet<number>): Map<number, number> {
  const edges = new Map<number, number>();
  breaks.forEach((at, index) => {
    for (let i = pageNumbers.has(at) ? at - 1 : at, found = 0; i >= 0 && found < EDGE_LINES; i--) {
      if (lines[i]!.text === '') continue;
      if (!edges.has(i)) edges.set(i, index);
      found++;
    }
    for (let i = at + 1, found = 0; i < lines.length && found < EDGE_LINES; i++) {
      if (lines[i]!.text === '') continue;
      edges.set(i, index);
      found++;
    }
  });
  return edges;
}
