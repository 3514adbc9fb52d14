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
