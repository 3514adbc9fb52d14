import type { OutlineNode } from '../model.js';
import type { Heading } from './candidates.js';
import { trimEndOffset, type Line } from './lines.js';
import { findPreambleStart } from './preamble.js';
import { ATTACHMENT_KINDS } from './vocabulary.js';
import { prefixLength } from '../prefix-length.js';

/**
 * A protocol, annex or appendix with articles of its own may open, as an agreement does, with recitals
 * of its own ("THE PARTIES, … RECOGNISING …, HAVE AGREED AS FOLLOWS:") between its heading and its
 * first article. That stretch belongs to no article: it becomes the attachment's preamble, its first
 * child, with the notes printed in it. The recitals are found as the agreement's are (findPreambleStart
 * under a title): a stretch without a recital cue (a page label, an introductory sentence) is left as it is.
 * `headings` are every candidate heading, the attachments' and any "Preamble" heading among them.
 */
export function addAttachmentPreambles(text: string, lines: readonly Line[], outline: OutlineNode[], headings: readonly Heading[]): void {
  const headingAt = new Map(headings.map((h) => [lines[h.line]!.contentStart, h]));
  const lineAt = lineFinder(lines);
  const visit = (node: OutlineNode): void => {
    node.children.forEach(visit);
    if (!ATTACHMENT_KINDS.has(node.kind) || !hasArticle(node)) return;
    const own = headingAt.get(node.start);
    const first = node.children.findIndex((child) => child.kind !== 'footnotes');
    if (own === undefined || first === -1) return;
    const bodyStart = lineAt(node.children[first]!.start);
    const line = findPreambleStart(lines, headings, own.lastLine + 1, bodyStart, own.lastLine);
    if (line === -1) return;
    const start = lines[line]!.contentStart;
    const end = trimEndOffset(text, node.children[first]!.start, start);
    const notes = node.children.slice(0, first).filter((child) => child.start >= start);
    const preamble: OutlineNode = { kind: 'preamble', start, end, children: notes };
    node.children = [...node.children.slice(0, first).filter((child) => child.start < start), preamble, ...node.children.slice(first)];
  };
  outline.forEach(visit);
}

/** The index of the line that holds an offset. */
function lineFinder(lines: readonly Line[]): (offset: number) => number {
  return (offset) => prefixLength(lines, (line) => line.start <= offset) - 1;
}

function hasArticle(node: OutlineNode): boolean {
  return node.children.some((child) => child.kind === 'article' || hasArticle(child));
}
