import type { Language } from '../model.js';
import type { Heading } from './candidates.js';
import { previousNonBlank, type Line } from './lines.js';
import { looksLikeTitle } from './titles.js';

/** More words than a heading that names a group of articles takes ("Parliamentary Association Committee"). */
const MAX_WORDS = 8;
/** How the last line of an article's body ends: its last sentence closed. */
const CLOSED = /[.;]["”’)]?$/;
/** A line that opens with a list item's label or a bracket is an item or a note, never a heading. */
const ITEM_OPENING = /^(?:\(|\[|\p{Ll}\)|\d)/u;

/**
 * The headings without a number that name the group of articles after them, printed between two
 * articles: "Civil Society Platform" on a line of its own after the last sentence of Article 411 and
 * right before "Article 412", as an agreement's institutional chapter groups its articles by body.
 * Such a line is no part of the article before it (whose last sentence it would end): it opens a
 * division one rank below the last numbered division before it (a section in a chapter, a
 * sub-section in a section), closed by the next such line or division heading. `headings` are the
 * numbered headings found, in text order.
 */
export function findGroupHeadings(lines: readonly Line[], headings: readonly Heading[], language: Language): Heading[] {
  const found: Heading[] = [];
  let lastDivision: Heading | undefined;
  let previous: Heading | undefined;
  for (const heading of headings) {
    if (heading.kind === 'article' && previous?.kind === 'article') {
      const line = previousNonBlank(lines, heading.line);
      if (line > previous.lastLine && namesAGroup(lines, line, previous.lastLine, language)) {
        const rank = lastDivision !== undefined && lastDivision.rank >= 4 ? 5 : 4;
        found.push({ kind: rank === 5 ? 'subsection' : 'section', rank, title: lines[line]!.text, shape: 'bare', separated: false, line, lastLine: line });
      }
    }
    if (heading.rank >= 1 && heading.rank <= 5) lastDivision = heading;
    if (heading.rank === 0) lastDivision = undefined;
    previous = heading;
  }
  return found;
}

/** Whether line `i`, the last before an article's heading, is a heading of its own: a short title after the closed last sentence of the article before (whose heading ends at `headingEnd`). */
function namesAGroup(lines: readonly Line[], i: number, headingEnd: number, language: Language): boolean {
  const text = lines[i]!.text;
  if (text.split(/\s+/).length > MAX_WORDS || ITEM_OPENING.test(text) || /[.,;:]$/.test(text) || !looksLikeTitle(text, language)) return false;
  const before = previousNonBlank(lines, i);
  return before > headingEnd && CLOSED.test(lines[before]!.text);
}
