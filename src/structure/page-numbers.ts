import { PAGE_NUMBER } from '../nlp/page-number-pattern.js';
import type { Line } from './lines.js';

/**
 * The lines with every page number left in the text ("- 130 -" between two pages of a printed
 * agreement saved as text) read as blank: a page break is no part of the sentence before it, so a
 * heading after it must not be taken for a wrapped cross-reference ("… of the Parties. / - 7 - /
 * Article 2.5"). Offsets are kept; only the line's visible content is emptied.
 */
export function blankPageNumbers(lines: readonly Line[]): Line[] {
  return lines.map((line) => (line.text !== '' && PAGE_NUMBER.test(line.text) ? { ...line, text: '' } : line));
}

/** Pages a page number may skip over and still follow on (blank pages, a table left out, a number lost). */
const MAX_PAGE_STEP = 10;
/** Fewer page numbers in sequence than this is no pagination. */
const MIN_PAGES = 3;

/**
 * The lines that end a page in a text saved from a printed agreement: the page numbers that run in
 * sequence through it, each one to ten more than the one before. A lone number that breaks the run
 * (a note's number printed on a line of its own above its text, a figure in a table) ends no page.
 * `texts` are the lines as printed, page numbers included.
 */
export function findPageBreaks(texts: readonly string[]): number[] {
  // The longest run ending at each line, through the best run ending at each page number so far.
  const previous = new Map<number, number>();
  const length = new Map<number, number>();
  const bestEndingAt = new Map<number, number>();
  let best = -1;
  texts.forEach((text, line) => {
    const page = text !== '' && PAGE_NUMBER.test(text) ? /\d+/.exec(text)?.[0] : undefined;
    if (page === undefined) return;
    const n = Number(page);
    let from = -1;
    for (let step = 1; step <= MAX_PAGE_STEP; step++) {
      const candidate = bestEndingAt.get(n - step);
      if (candidate !== undefined && (from === -1 || length.get(candidate)! > length.get(from)!)) from = candidate;
    }
    previous.set(line, from);
    length.set(line, from === -1 ? 1 : length.get(from)! + 1);
    const standing = bestEndingAt.get(n);
    if (standing === undefined || length.get(line)! >= length.get(standing)!) bestEndingAt.set(n, line);
    if (best === -1 || length.get(line)! >= length.get(best)!) best = line;
  });
  if (best === -1 || length.get(best)! < MIN_PAGES) return [];
  const breaks: number[] = [];
  for (let line = best; line !== -1; line = previous.get(line)!) breaks.push(line);
  return breaks.reverse();
}

/** The lines where one page ends and the next begins: the page numbers in sequence, and the last line of each page of a paginated source. */
export function pageBreakLines(lines: readonly Line[], numbers: readonly number[], pageStarts: readonly number[]): number[] {
  const breaks = new Set(numbers);
  if (pageStarts.length < 2) return [...breaks].sort((a, b) => a - b);
  let page = 1;
  lines.forEach((line, i) => {
    while (page < pageStarts.length && pageStarts[page]! <= line.start) {
      if (i > 0) breaks.add(i - 1);
      page++;
    }
  });
  return [...breaks].sort((a, b) => a - b);
}
