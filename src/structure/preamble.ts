import type { Heading } from './candidates.js';
import type { Line } from './lines.js';
import { isAllCaps } from './titles.js';
import { ATTACHMENT_KINDS, RECITAL_CUES } from './vocabulary.js';

/**
 * Where the preamble starts, as a line index, or -1 when there is none. The preamble is either
 * announced by its own heading, or made of the recitals ("Recognising ...", "Have agreed as follows")
 * between the title (set in capitals) and the first chapter or article.
 * `from` is the first line after any table of contents; `bodyStart` the line of the first body heading;
 * `titleLast` the last line of the agreement's own title, or -1: when known, the recitals begin right
 * under it ("THE EUROPEAN UNION, … and JAPAN, … HAVE AGREED AS FOLLOWS:").
 */
export function findPreambleStart(
  lines: readonly Line[],
  headings: readonly Heading[],
  from: number,
  bodyStart: number,
  titleLast = -1,
): number {
  const announced = headings.find((h) => h.kind === 'preamble' && h.line >= from && h.line < bodyStart);
  if (announced) return announced.line;
  const underTitle = titleLast >= from && titleLast < bodyStart;
  let firstLine = -1;
  let firstPlain = -1;
  for (let i = underTitle ? titleLast + 1 : from; i < bodyStart; i++) {
    const text = lines[i]!.text;
    if (text === '') continue;
    if (firstLine === -1) firstLine = i;
    // A title is set in capitals; a party named in capitals ("THE EUROPEAN UNION,") ends like a clause.
    if (firstPlain === -1 && (!isAllCaps(text) || /[,;]$/.test(text))) firstPlain = i;
    if (RECITAL_CUES.test(text)) return underTitle ? firstLine : firstPlain === -1 ? i : firstPlain;
  }
  return -1;
}

/**
 * An agreement's annexes follow its main text: annex, appendix or protocol headings read above the
 * preamble's own heading (the last one before the first part, chapter or article) are the entries of
 * a contents list the reader did not take for one, or of a cover note, and are left out.
 */
export function withoutAttachmentsAbovePreamble(headings: readonly Heading[]): Heading[] {
  const main = headings.findIndex((h) => h.kind !== 'preamble' && !ATTACHMENT_KINDS.has(h.kind));
  let preamble = -1;
  for (let i = 0; i < (main === -1 ? headings.length : main); i++) if (headings[i]!.kind === 'preamble') preamble = i;
  return preamble === -1 ? [...headings] : headings.filter((h, i) => i > preamble || !ATTACHMENT_KINDS.has(h.kind));
}
