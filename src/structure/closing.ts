import type { Heading } from './candidates.js';
import type { Line } from './lines.js';
import { ATTACHMENT_KINDS, CONCLUSION_CUES } from './vocabulary.js';

/**
 * The line where the closing formula ("IN WITNESS WHEREOF", "Done at ...") starts, or -1.
 * It is the first such line with no article of the agreement after it: the same words before a
 * later article are part of that article's text. Once an annex, appendix or protocol follows the
 * formula, the formula stands: whatever articles come after belong to that attachment (signatures
 * come before the annexes). A formula inside an attachment (a model certificate's "Done at") is not
 * the agreement's; an attachment runs until the next part, title or chapter heading.
 */
export function findConclusionLine(lines: readonly Line[], headings: readonly Heading[]): number {
  const headingAt = new Map(headings.map((h) => [h.line, h]));
  let found = -1;
  let inAttachment = false;
  for (let i = 0; i < lines.length; i++) {
    const heading = headingAt.get(i);
    if (heading && ATTACHMENT_KINDS.has(heading.kind)) {
      if (found !== -1) return found;
      inAttachment = true;
    } else if (heading?.kind === 'article') {
      if (!inAttachment) found = -1;
    } else if (heading && heading.rank <= 3) {
      inAttachment = false;
    } else if (!heading && found === -1 && !inAttachment && CONCLUSION_CUES.test(lines[i]!.text)) {
      found = i;
    }
  }
  return found;
}
