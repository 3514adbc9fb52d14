import type { NodeKind } from '../model.js';
import type { HeadingLine } from './heading-line.js';
import type { Line } from './lines.js';
import { hasLeaderTail } from './titles.js';

/**
 * How full a text's lines are: where a page or a column broke a line for want of room, the title of a
 * heading on it goes on on the next line.
 */

/** Whether a line was broken because the next word did not fit on it (a heading's at `share` of the width, the body's at all of it). */
export type FillsTheLine = (line: string, next: string, share?: number) => boolean;

/** Share of the usual width of the text's lines beyond which a heading's line is full: headings are set larger and bold, and their words take more room. */
const HEADING_WIDTH_SHARE = 0.75;
/** How much longer than the median a line is when it is two printed lines joined (see fillsTheLine). */
const DOUBLE_LINE = 1.75;
/** The share of a wrapped text's lines that stop near its width. */
const WRAPPED_SHARE = 0.35;
/** Capitals take more room than small letters. */
const CAPITAL_WIDTH = 1.3;

function printedWidth(text: string): number {
  let width = 0;
  for (const c of text) width += c !== c.toLowerCase() ? CAPITAL_WIDTH : 1;
  return width;
}

/**
 * Tells, for a text whose lines were broken at a page's or a column's width (a PDF's, a text wrapped
 * by its publisher), whether a line is full: it and the next line's first word are wider than the
 * heading's share of the width most lines stop at (the 90th percentile of their lengths). A text with
 * a line per paragraph has lines far longer than any heading: none of them is full.
 */
export function fillsTheLine(lines: readonly Line[]): FillsTheLine {
  const all = lines.filter((line) => line.text !== '').map((line) => line.text.length).sort((a, b) => a - b);
  // A word hyphenated at a narrow column's edge is joined again, and its two lines with it: such lines,
  // about twice as long as most, are no measure of the width (a justified two-column page has many).
  // Only where most lines stop near one width (a wrapped text); a text with a line per paragraph has no such width.
  const median = all[Math.floor(all.length / 2)] ?? 0;
  const single = all.filter((length) => length <= median * DOUBLE_LINE);
  const singleWidth = single[Math.floor(single.length * 0.9)] ?? 0;
  const nearWidth = single.filter((length) => length >= singleWidth * 0.8).length;
  const lengths = nearWidth >= all.length * WRAPPED_SHARE ? single : all;
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  return (line, next, share = HEADING_WIDTH_SHARE) => printedWidth(`${line} ${next.split(/\s/, 1)[0]}`) > width * share;
}

/** Beyond this share of the width a line was not broken by the page: it is a paragraph a line, or a heading set apart from the wrapped text. */
export const OVER_THE_WIDTH = 1.5;

/** Whether the page broke a line for want of room, the next line's first word not fitting on it. */
export function wrappedAtWidth(line: string, next: string, fills: FillsTheLine): boolean {
  return fills(line, next, 1) && !fills(line, '', OVER_THE_WIDTH);
}

/** Beyond this share of the body's width a heading line was not broken by the page: it is written on one line, however long. */
const BEYOND_THE_BODY = 1.1;
/** How close to the widest heading line of its kind a line must come for the page to have had no room left on it: letters differ in width. */
const WIDEST_HEADING_SHARE = 0.9;

/** Fewer heading lines of a kind than this are no measure of the room a heading line has. */
const MIN_MEASURED_HEADINGS = 3;

/**
 * Tells whether a heading line had room for the next line's first word, as the widest heading line of
 * the same kind elsewhere in the text shows: "Article 9.13: Domestic Review of Supplier Challenges" /
 * "Independent Review Authorities" under "Article 13.4: Additional Obligations Relating to Conduct of
 * Major Suppliers of" — the page did not wrap the first, and the line under it is a sub-heading, however
 * near the body's width the two together come; and a heading set larger than the body, wrapped short of
 * the body's width, was full when no heading line of its kind is wider. Headings of a kind share a
 * font, so their widest line is a measure of the room a heading line has, where the body's width is not.
 * Lines with dot leaders (a table of contents) and lines wider than the body's (a heading the text
 * writes on one line, however long) say nothing of it. True: it had room; false: it was full;
 * undefined: too few headings of its kind to tell. The widths are taken on first use.
 */
export function headingLineHadRoom(lines: readonly Line[], readLine: (text: string) => HeadingLine | null, fills: FillsTheLine): HeadingLineHadRoom {
  let widest: Map<NodeKind, { width: number; count: number }> | undefined;
  const measure = (): Map<NodeKind, { width: number; count: number }> => {
    const found = new Map<NodeKind, { width: number; count: number }>();
    for (const line of lines) {
      const heading = line.text === '' ? null : readLine(line.text);
      if (heading?.shape !== 'titled' || hasLeaderTail(line.text) || fills(line.text, '', BEYOND_THE_BODY)) continue;
      const before = found.get(heading.kind) ?? { width: 0, count: 0 };
      found.set(heading.kind, { width: Math.max(before.width, printedWidth(line.text)), count: before.count + 1 });
    }
    return found;
  };
  return (kind, line, next) => {
    widest ??= measure();
    const measured = widest.get(kind);
    if (measured === undefined || measured.count < MIN_MEASURED_HEADINGS) return undefined;
    return printedWidth(`${line} ${next.split(/\s/, 1)[0]}`) < measured.width * WIDEST_HEADING_SHARE;
  };
}

/** See headingLineHadRoom. */
export type HeadingLineHadRoom = (kind: NodeKind, line: string, next: string) => boolean | undefined;
