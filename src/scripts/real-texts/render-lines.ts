import type { AgreementDocument, OutlineNode } from '../../model.js';

/** How deep a node's heading goes in a rendering: chapter-level headings 1, articles 2. */
const LEVEL: Partial<Record<OutlineNode['kind'], number>> = {
  part: 1, chapter: 1, annex: 1, protocol: 1, appendix: 1, section: 2, subsection: 2, article: 2, preamble: 1,
};

/** Dots (or dotted spaces) that lead a contents entry to its page number. */
const DOT_LEADER = /(?:\.\s?){4,}\s*\d*$/;

/** A paragraph's or a point's enumerator at the start of a line: "2. ", "(c) ", "iv) ". */
const OPENS_WITH_ENUMERATOR = /^(?:\(?[a-z]{1,4}\)|\(\d{1,3}\)|\d{1,3}\.)\s/;

/** One line of an agreement with, when it opens a node, the heading level it gets in a styled rendering. */
export interface RenderLine {
  text: string;
  level?: number;
  /** On a heading line, the title the outline read for it (on this line or on the next). */
  title?: string;
}

/** The document's lines, each heading line marked with its level (from the outline read off the text). */
export function renderLines(doc: AgreementDocument): RenderLine[] {
  const levels = new Map<number, number>();
  const titles = new Map<number, string>();
  const numbers = new Map<number, string>();
  const visit = (node: OutlineNode): void => {
    const level = LEVEL[node.kind];
    if (level !== undefined && !levels.has(node.start)) {
      levels.set(node.start, level);
      if (node.heading !== undefined) titles.set(node.start, node.heading);
      if (node.number !== undefined) numbers.set(node.start, node.number);
    }
    node.children.forEach(visit);
  };
  doc.outline.forEach(visit);
  const lines: RenderLine[] = [];
  let headingTitle: string | undefined; // the title of the heading just written, which a line of its own may hold
  let titleWritten = false; // whether the last line written is such a title, which nothing runs on from
  for (const { text, offset } of headingLines(doc.text, levels, numbers)) {
    const level = levels.get(offset);
    const previous = lines[lines.length - 1];
    const isTitle = headingTitle !== undefined && text === headingTitle;
    // A PDF's text is wrapped at the page width: its lines are joined back into paragraphs (a line of
    // a table of contents, with its dotted leader, is a paragraph of its own; so are a heading's title and
    // a line that opens with an enumerator).
    if (doc.format === 'pdf' && level === undefined && !isTitle && previous && previous.level === undefined && !titleWritten && previous.text !== '' && text !== '' && !/[.:;]$/.test(previous.text) && !DOT_LEADER.test(previous.text) && !DOT_LEADER.test(text) && !OPENS_WITH_ENUMERATOR.test(text)) {
      previous.text += ` ${text}`;
    } else {
      const title = titles.get(offset);
      lines.push(level === undefined ? { text } : title === undefined ? { text, level } : { text, level, title });
      titleWritten = isTitle;
    }
    if (text !== '') headingTitle = level === undefined ? undefined : titles.get(offset);
  }
  return lines;
}

/**
 * The text's lines with their offsets, each heading on a line that starts with it: a heading the text
 * runs on from the line before ("Section B - Investor-State Dispute Settlement Article" ⏎ "10.14:
 * Consultation") is split from that line, and its label joined to the number on the next line, as a
 * typeset or web page prints it.
 */
function headingLines(text: string, levels: ReadonlyMap<number, number>, numbers: ReadonlyMap<number, string>): { text: string; offset: number }[] {
  const lines: { text: string; offset: number }[] = [];
  const starts = [...levels.keys()].sort((a, b) => a - b);
  let next = 0; // the first heading start not yet passed
  let offset = 0;
  for (const line of text.split('\n')) {
    let from = offset;
    for (; next < starts.length && starts[next]! < offset + line.length; next++) {
      const start = starts[next]!;
      if (start <= offset || !/\S/.test(text.slice(from, start))) continue;
      lines.push({ text: text.slice(from, start).trimEnd(), offset: from });
      from = start;
    }
    lines.push({ text: text.slice(from, offset + line.length), offset: from });
    offset += line.length + 1;
  }
  // A heading split from its number by a line end: the next line is joined to it.
  for (let i = 0; i < lines.length - 1; i++) {
    const number = numbers.get(lines[i]!.offset);
    if (number !== undefined && !lines[i]!.text.includes(number) && lines[i + 1]!.text.trimStart().startsWith(number)) {
      lines[i]!.text += ` ${lines[i + 1]!.text.trimStart()}`;
      lines.splice(i + 1, 1);
    }
  }
  return lines;
}

export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
