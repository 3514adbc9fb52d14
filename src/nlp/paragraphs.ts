import { CLOSING_PUNCTUATION, trim, type Segment } from './sentences.js';

const LINE_BREAKS = /\n(?:[ \t]*\n)*/g;
const NUMBERED_PARAGRAPH = /^(?:\d{1,3}\.(?!\d)|\d{1,3}\s|\(\d{1,3}\)\s)/;
const LETTERED_ITEM = /^\(?(?:[a-z]{1,2}|[ivxlc]{1,5})\)\s/i;

/**
 * Splits `text[start, end)` into paragraphs. A numbered paragraph ("2. Each Party ...") starts a new
 * one; so does a blank line after closing punctuation, unless a lettered item "(a)" follows, which
 * stays with the paragraph that introduces it. Blank lines in mid-sentence (OCR) do not split.
 * `extraStarts` are paragraph starts already known from the outline.
 */
export function splitParagraphs(text: string, start = 0, end = text.length, extraStarts: number[] = []): Segment[] {
  const cuts = new Set<number>(extraStarts.filter((s) => s > start && s < end));
  LINE_BREAKS.lastIndex = start;
  for (let m = LINE_BREAKS.exec(text); m && m.index < end; m = LINE_BREAKS.exec(text)) {
    const nextLineAt = m.index + m[0].length;
    const next = text.slice(nextLineAt, Math.min(end, nextLineAt + 12)).trimStart();
    const before = text.slice(Math.max(start, m.index - 3), m.index).trimEnd();
    const blank = m[0].includes('\n', 1);
    if (NUMBERED_PARAGRAPH.test(next) && !/,$/.test(before)) cuts.add(nextLineAt);
    else if (blank && CLOSING_PUNCTUATION.test(before) && /^[\p{Lu}\p{N}"“(]/u.test(next) && !LETTERED_ITEM.test(next)) cuts.add(nextLineAt);
  }
  const segments: Segment[] = [];
  let from = start;
  for (const at of [...[...cuts].sort((a, b) => a - b), end]) {
    const segment = trim(text, from, at);
    if (segment) segments.push(segment);
    from = at;
  }
  return segments;
}
