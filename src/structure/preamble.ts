import type { Heading } from './candidates.js';
import type { Line } from './lines.js';
import { isAllCaps } from './titles.js';
import { RECITAL_CUES } from './vocabulary.js';

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
