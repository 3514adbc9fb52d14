/** One line of the text, with its offsets and its content stripped of indentation and Markdown `#`s. */
export interface Line {
  /** Offset of the line's first character (indentation included). */
  start: number;
  /** Offset of the first visible character (after indentation and `#` markers). */
  contentStart: number;
  /** Offset of the line break (or the end of the text). */
  end: number;
  /** The visible content, trimmed on both sides, Markdown `#`s removed. */
  text: string;
}

/** A line's visible content alone: what a line is read by where its offsets do not matter (a PDF page's lines). */
export type LineText = Pick<Line, 'text'>;

const isIndent = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0';

/** Splits text into lines in one pass; `\r\n` and `\r` count as line breaks too. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n?|\n/g;
  let start = 0;
  for (;;) {
    const found = breaks.exec(text);
    const end = found ? found.index : text.length;
    lines.push({ start, contentStart: contentStart(text, start, end), end, text: '' });
    const line = lines[lines.length - 1]!;
    line.text = text.slice(line.contentStart, end).trimEnd();
    if (!found) return lines;
    start = breaks.lastIndex;
  }
}

/** Skips indentation and Markdown `#` markers ("## Article 5"). */
function contentStart(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isIndent(text[i])) i++;
  let hashes = i;
  while (hashes < end && hashes - i < 6 && text[hashes] === '#') hashes++;
  if (hashes > i && isIndent(text[hashes])) {
    i = hashes;
    while (i < end && isIndent(text[i])) i++;
  }
  return i;
}

/** The offset just past the last non-blank character before `upTo` (but not before `floor`). */
export function trimEndOffset(text: string, upTo: number, floor: number): number {
  let end = upTo;
  while (end > floor && /\s/.test(text[end - 1] ?? '')) end--;
  return end;
}

/** The share of a text's lines with a blank line after them beyond which every line is read as having one. */
const BLANK_AFTER_EVERY_LINE = 0.95;

/**
 * How many lines a line break takes in the text: 2 where (nearly) every line has one blank line after
 * it, as in a Word file or a web page made from a printed text (each printed line a paragraph), else 1.
 * Where every line has one, one blank line separates nothing.
 */
export function lineSpacing(lines: readonly LineText[]): 1 | 2 {
  let written = 0;
  let spaced = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i]!.text === '') continue;
    written++;
    if (lines[i + 1]!.text === '' && lines[i + 2]?.text !== '') spaced++;
  }
  return written > 0 && spaced >= written * BLANK_AFTER_EVERY_LINE ? 2 : 1;
}

/** Index of the next non-blank line after `index`, or -1. */
export function nextNonBlank(lines: readonly LineText[], index: number, maxGap = Infinity): number {
  for (let i = index + 1, gap = 0; i < lines.length && gap <= maxGap; i++, gap++) {
    if (lines[i]!.text !== '') return i;
  }
  return -1;
}

/** Index of the previous non-blank line before `index`, or -1. */
export function previousNonBlank(lines: readonly LineText[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (lines[i]!.text !== '') return i;
  return -1;
}

/**
 * Index of the first non-blank line after `index` when the blank lines between them hold the end of a
 * page (`pageEnds`: a page number, the last line before a form feed; running heads and feet are blank
 * by then), or -1. What a page break splits reads on across it, however many lines the break took.
 */
export function nextOverPageBreak(lines: readonly Line[], index: number, pageEnds: ReadonlySet<number>): number {
  let crossed = pageEnds.has(index);
  for (let i = index + 1; i < lines.length; i++) {
    if (lines[i]!.text !== '') return crossed ? i : -1;
    if (pageEnds.has(i)) crossed = true;
  }
  return -1;
}
