import type { Language, Note, OutlineNode, PageSpan } from '../model.js';
import { findHeadings, type Heading } from './candidates.js';
import { findAgreementTitle } from './agreement-title.js';
import { blankAttachmentPageLabels } from './attachment-page-labels.js';
import { addAttachmentPreambles } from './attachment-preambles.js';
import { findConclusionLine } from './closing.js';
import { findFootnotes, findPageFootNotes } from './footnotes.js';
import { splitGluedHeadings } from './glued.js';
import { findGroupHeadings } from './group-headings.js';
import { splitLines, type Line } from './lines.js';
import { callNotes, type BlockNote } from './note-calls.js';
import { blankPageNumbers, findPageBreaks, pageBreakLines } from './page-numbers.js';
import { stampPages } from './pages.js';
import { findParagraphs } from './paragraphs.js';
import { findPreambleStart, withoutAttachmentsAbovePreamble } from './preamble.js';
import { withoutReferenceRuns } from './sequence.js';
import { findTablesOfContents } from './toc.js';
import { buildTree, type Block } from './tree.js';

/** Options for reading an outline out of plain text. */
export interface OutlineOptions {
  language: Language;
  /** Pages of a paginated source, to stamp each node with its page. */
  pages: PageSpan[];
}

/** Detects the outline (preamble, parts, chapters, sections, articles, paragraphs, annexes, footnotes) of normalised text. */
export function buildOutline(text: string, options: OutlineOptions): OutlineNode[] {
  const printed = splitLines(text);
  const lines = splitGluedHeadings(blankAttachmentPageLabels(blankPageNumbers(printed), options.language), options.language);
  const titleLine = lines.findIndex((line) => line.text !== '');
  const headings = findHeadings(lines, options.language, pageEnds(printed, lines, options.pages));
  const titledHeadingLines = new Set(headings.filter((h) => h.title !== undefined).map((h) => h.line));
  const pageNotes = findPageFootNotes(text, lines, (line) => titledHeadingLines.has(line));
  const inPageNotes = (line: number) => pageNotes.some((f) => line >= f.firstLine && line <= f.lastLine);
  // A stand-alone protocol is titled "Protocol on …": its title line heads the document, not a protocol inside it.
  const found = headings.filter((h) => !(h.line === titleLine && h.kind === 'protocol' && h.number === undefined) && !inPageNotes(h.line));
  const tables = findTablesOfContents(lines, found);
  const inTable = new Set(tables.flatMap((t) => t.entries));
  const candidates = withoutAttachmentsAbovePreamble(withoutReferenceRuns(found.filter((_, i) => !inTable.has(i))));
  const numbered = candidates.filter((h) => h.kind !== 'preamble');
  const body = [...numbered, ...findGroupHeadings(lines, numbered, options.language)].sort((a, b) => a.line - b.line);
  const bodyStart = body[0]?.line ?? lines.length;
  const afterTables = Math.max(0, ...tables.filter((t) => t.endLine < bodyStart).map((t) => t.endLine + 1));
  const title = findAgreementTitle(lines.slice(0, Math.min(bodyStart, 300)).map((line) => line.text));
  const preambleLine = findPreambleStart(lines, candidates, afterTables, bodyStart, title?.last ?? -1);
  const conclusionLine = findConclusionLine(lines, body);

  const headingLines = new Set(body.map((h) => h.line));
  const footnotes = [...findFootnotes(lines, (i) => headingLines.has(i) || i === conclusionLine).filter((f) => !inPageNotes(f.firstLine)), ...pageNotes]
    .filter((f) => !tables.some((t) => f.firstLine >= t.startLine && f.firstLine <= t.endLine))
    .sort((a, b) => a.firstLine - b.firstLine);
  callNotes(text, lines, footnotes);
  const blocks: Block[] = body.map((h) => headingBlock(lines, h));
  if (preambleLine !== -1) blocks.push(preambleBlock(lines, preambleLine, candidates));
  if (conclusionLine !== -1) blocks.push({ kind: 'conclusion', rank: 0, start: lines[conclusionLine]!.contentStart });
  for (const f of footnotes) {
    const block: Block = { kind: 'footnotes', rank: 0, start: lines[f.firstLine]!.contentStart, end: lines[f.lastLine]!.end };
    if (f.notes.length > 0) block.notes = f.notes.map((note) => noteAt(lines, note));
    blocks.push(block);
  }
  blocks.sort((a, b) => a.start - b.start);

  const outline = buildTree(text, blocks);
  addAttachmentPreambles(text, lines, outline, candidates);
  addParagraphs(text, lines, outline, body, footnotes.flatMap((f) => Array.from({ length: f.lastLine - f.firstLine + 1 }, (_, k) => f.firstLine + k)));
  stampPages(outline, options.pages);
  return outline;
}

/** The lines where a page ends: the page numbers in sequence as printed, and the last line before each page of a paginated source. */
function pageEnds(printed: readonly Line[], lines: readonly Line[], pages: readonly PageSpan[]): Set<number> {
  const numbers = findPageBreaks(printed.map((line) => line.text));
  if (numbers.length === 0 && pages.length < 2) return new Set();
  // By offset: splitting glued headings has moved the lines' indexes.
  const ends = new Set(pageBreakLines(printed, numbers, pages.map((page) => page.start).sort((a, b) => a - b)).map((i) => printed[i]!.start));
  const found = new Set<number>();
  lines.forEach((line, i) => {
    if (ends.has(line.start)) found.add(i);
  });
  return found;
}

function noteAt(lines: readonly Line[], note: BlockNote): Note {
  const first = lines[note.firstLine]!;
  const placed: Note = { number: note.symbol ?? String(note.number), start: first.contentStart, end: lines[note.lastLine]!.end, textStart: Math.min(first.end, first.contentStart + note.textStart) };
  if (note.calledAt !== undefined) placed.calledAt = note.calledAt;
  return placed;
}

/**
 * The preamble from its first line. When a heading announces it ("PREAMBLE", "Preámbulo"), that line is
 * its heading and not part of its first recital, which has no full stop between them where the layout
 * sets no blank line (a PDF, a plain text): "PREAMBLE The Republic of Aurelia …".
 */
function preambleBlock(lines: readonly Line[], line: number, headings: readonly Heading[]): Block {
  const block: Block = { kind: 'preamble', rank: 0, start: lines[line]!.contentStart };
  if (headings.some((h) => h.kind === 'preamble' && h.line === line)) block.headingEnd = lines[line]!.end;
  return block;
}

function headingBlock(lines: readonly Line[], h: Heading): Block {
  const block: Block = { kind: h.kind, rank: h.rank, start: lines[h.line]!.contentStart };
  if (h.number !== undefined) block.number = h.number;
  if (h.title !== undefined) block.heading = h.title;
  // An old-style heading runs on into the body ("Article 1. The Parties …"): its line is text, not only a heading.
  if (h.shape !== 'inline-body') block.headingEnd = lines[h.lastLine]!.end;
  return block;
}

/** Gives every article its numbered paragraphs, placed before or after its footnotes by position; a note's "(1)" is no paragraph. */
function addParagraphs(
  text: string,
  lines: readonly Line[],
  outline: readonly OutlineNode[],
  headings: readonly Heading[],
  footnoteLines: number[],
): void {
  const lastLineByStart = new Map(headings.map((h) => [lines[h.line]!.contentStart, h.lastLine]));
  const stops = new Set(footnoteLines);
  let cursor = 0;
  const visit = (node: OutlineNode): void => {
    if (node.kind === 'article') {
      const first = (lastLineByStart.get(node.start) ?? -1) + 1;
      const bodyLines: number[] = [];
      for (cursor = Math.max(cursor, first); cursor < lines.length && lines[cursor]!.start < node.end; cursor++) {
        bodyLines.push(cursor);
      }
      const paragraphs = findParagraphs(text, lines, bodyLines, stops);
      if (paragraphs.length > 0) node.children = [...node.children, ...paragraphs].sort((a, b) => a.start - b.start);
    }
    node.children.forEach(visit);
  };
  outline.forEach(visit);
}
