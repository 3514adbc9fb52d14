import type { Heading } from './candidates.js';
import type { Line } from './lines.js';
import { ATTACHMENT_KINDS, CONCLUSION_CUES } from './vocabulary.js';

/**
 * The line where the closing formula ("IN WITNESS WHEREOF", "Done at ...") starts, or -1.
 * It is the first such line with no article after it, short of an annex or protocol (which may
 * follow the signatures): the same words before a later article are part of that article's text.
 */
export function findConclusionLine(lines: readonly Line[], headings: readonly Heading[]): number {
  const kindAt = new Map(headings.map((h) => [h.line, h.kind]));
  let found = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const kind = kindAt.get(i);
    if (kind === 'article') return found;
    if (kind !== undefined && ATTACHMENT_KINDS.has(kind)) found = -1;
    else if (CONCLUSION_CUES.test(lines[i]!.text)) found = i;
  }
  return found;
}
