import type { Line } from './lines.js';

/** A line that is only a page number: "7", "- 7 -", "Page 7", "Page 7 of 12", "7/12", "Página 7", "iv". */
export const PAGE_NUMBER =
  /^(?:(?:[Pp]age|PAGE|p\.|[Pp]ág(?:ina)?\.?|[Ss]eite)\s*)?[-–—(]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*[-–—)]?(?:\s*(?:of|de|sur|\/)\s*\d{1,4})?$/;

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
