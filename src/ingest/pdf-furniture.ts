import type { Language } from '../model.js';
import { PAGE_NUMBER } from '../nlp/page-number-pattern.js';
import { listGoesOn } from '../structure/footnotes.js';
import { readHeadingLine } from '../structure/heading-line.js';
import type { LineText } from '../structure/lines.js';
import { findPageNotes, type NoteReference } from '../structure/page-notes.js';
import { findPageBreaks } from '../structure/page-numbers.js';
import { findRunningHeadings } from '../structure/running-headings.js';
import { edgeLines, furnitureKey } from '../structure/running-lines.js';
import { detectLanguage } from './language.js';
import { MappedTextBuilder, type MappedText } from './offset-map.js';

/**
 * Which lines of each page are running headers, footers or page numbers. A header/footer is an edge
 * line whose generalised form recurs at the edges of at least two fifths of the pages (and at least two);
 * only runs of such lines that touch the top or bottom edge are removed, never lines inside the body.
 */
export function findFurniture(pages: readonly string[][], language: Language): Set<number>[] {
  const run = asOneRun(pages);
  const edges = edgeLines(run.lines, [-1, ...run.pageEnds], new Set());
  const edgesOf = pages.map((lines, p) => lines.flatMap((_, i) => (edges.has(run.firstLines[p]! + i) ? [i] : [])));
  const runningHeads = runningHeadsOf(pages, run, edges, language);
  const seenOn = new Map<string, number>();
  const exactlyOn = new Map<string, number>();
  for (const [p, lines] of pages.entries()) {
    const edges = edgesOf[p]!.map((i) => lines[i]!);
    for (const key of new Set(edges.map(furnitureKey))) seenOn.set(key, (seenOn.get(key) ?? 0) + 1);
    for (const text of new Set(edges.map((l) => l.trim()))) exactlyOn.set(text, (exactlyOn.get(text) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.4));
  const printedByTheText = numbersPrintedByTheText(run, edges, needed);
  const isFurniture = (line: string) => {
    const trimmed = line.trim();
    if (trimmed === '' || PAGE_NUMBER.test(trimmed)) return true;
    if ((seenOn.get(furnitureKey(line)) ?? 0) < needed) return false;
    // "Article 6.2" at the foot of one page and "Article 10.2" at the head of another are headings
    // that happened to fall on page edges: a numbered heading is furniture only when repeated word for word.
    return !isNumberedHeading(trimmed, language) || (exactlyOn.get(trimmed) ?? 0) >= needed;
  };
  return pages.map((lines, p) => {
    const removed = new Set<number>();
    const edges = new Set(edgesOf[p]);
    const removable = (i: number) =>
      (edges.has(i) || !lines[i]!.trim()) && !printedByTheText.has(run.firstLines[p]! + i) && (isFurniture(lines[i]!) || runningHeads[p]!.has(i));
    for (let i = 0; i < lines.length && removable(i); i++) removed.add(i);
    for (let i = lines.length - 1; i >= 0 && !removed.has(i) && removable(i); i--) removed.add(i);
    return removed;
  });
}

/**
 * The lines at the edges of the PDF's pages that read as page numbers but are the text's own (indexes
 * in the run): where a printed agreement saved as text was made a PDF, its page numbers ("- 139 -")
 * stand among the PDF's lines, most inside its pages, and so do its notes' numbers set on lines of their
 * own ("3" / "Where the service is …"). One of them that falls at a PDF page's edge is no furniture: it
 * ends a printed page, whose notes stand above it, or opens a note. Unless the text's numbers mostly
 * stand inside the PDF's pages, none is kept; and edge numbers that run in a sequence of their own over
 * the pages are the PDF's numbering, furniture still.
 */
function numbersPrintedByTheText(run: PagesAsOneRun, edges: ReadonlyMap<number, number>, needed: number): Set<number> {
  const texts = run.lines.map((line) => line.text);
  const printed = findPageBreaks(texts);
  if (printed.filter((i) => !edges.has(i)).length * 2 <= printed.length) return new Set();
  const inSequence = new Set(printed);
  const atEdges = [...edges.keys()].filter((i) => !inSequence.has(i) && texts[i] !== '' && PAGE_NUMBER.test(texts[i]!));
  const edgeOnly = new Set(atEdges);
  const pdfNumbering = findPageBreaks(texts.map((text, i) => (edgeOnly.has(i) ? text : '')));
  const pdfOwn = new Set(pdfNumbering.length >= needed ? pdfNumbering : []);
  return new Set([...printed.filter((i) => edges.has(i)), ...atEdges.filter((i) => !pdfOwn.has(i))]);
}

/**
 * Page texts joined into one original, its page offsets, its language, and the text without headers,
 * footers and page numbers. Notes printed at the foot of a page leave the flow (an article running over
 * the page break stays whole) and follow the last page, "[n] text" each ("[*] text" for a note marked
 * by a symbol), with their references marked "[n]" where they stand: as a Word document's notes are read. The language is the one the running
 * heads are read in, and the outline after them: a head is left out where the outline would read it as
 * a heading.
 */
export function joinPages(pageTexts: readonly string[]): { original: string; pageStarts: number[]; language: Language; stripped: MappedText } {
  const original = pageTexts.join('\n\n');
  const language = detectLanguage(original);
  const pages = pageTexts.map((text) => text.split('\n'));
  const furniture = findFurniture(pages, language);
  const out = new MappedTextBuilder();
  const pageStarts: number[] = [];
  const notes: string[] = [];
  let nextNote = 1;
  let offset = 0;
  pages.forEach((lines, p) => {
    // pdf.js marks no paragraph with a blank line, so a page break gets none either: a sentence, or a
    // heading and its title, run on over it as over any line break.
    if (p > 0) {
      out.trimEnd('\n');
      out.put('\n', offset);
      offset += 2;
    }
    pageStarts.push(offset);
    const pageStart = offset;
    const page = pageTexts[p]!;
    const kept: number[] = [];
    lines.forEach((_, i) => furniture[p]!.has(i) || kept.push(i));
    const found = findPageNotes(kept.map((i) => lines[i]!), nextNote);
    const noteLines = new Set(found.notes.flatMap((n) => kept.slice(n.firstLine, n.lastLine + 1)));
    // A line may call two notes ("goods,1 services2"): its calls in order.
    const references = new Map<number, NoteReference[]>();
    for (const r of found.references) references.set(kept[r.line]!, [...(references.get(kept[r.line]!) ?? []), r]);
    for (const note of found.notes) {
      const text = joinNoteLines(kept.slice(note.firstLine, note.lastLine + 1).map((i) => withCallsMarked(lines[i]!, references.get(i) ?? []).trim()));
      notes.push(`[${note.symbol ?? note.number}] ${text.slice(note.textStart).trimStart()}`);
      if (note.symbol === undefined) nextNote = note.number + 1;
    }
    // Lines kept as they are, one after the other, are copied as one stretch of the page (from `copied` on).
    let copied = offset;
    const copyUpTo = (to: number) => to > copied && out.put(page.slice(copied - pageStart, to - pageStart), copied);
    lines.forEach((line, i) => {
      const end = offset + line.length + (i < lines.length - 1 ? 1 : 0);
      const calls = noteLines.has(i) ? undefined : references.get(i);
      if (calls) {
        copyUpTo(offset);
        let at = 0;
        for (const reference of calls) {
          out.put(page.slice(offset - pageStart + at, offset - pageStart + reference.start), offset + at);
          out.put(`[${reference.symbol ?? reference.number}]`, offset + reference.start);
          at = reference.end;
        }
        out.put(page.slice(offset - pageStart + at, end - pageStart), offset + at);
        copied = end;
      } else if (furniture[p]!.has(i) || noteLines.has(i)) {
        copyUpTo(offset);
        copied = end;
      }
      offset = end;
    });
    copyUpTo(offset);
  });
  // The notes stand for text printed earlier; they are tied to the end of the original, so that its offsets stay in order.
  if (notes.length > 0) out.trimEnd('\n');
  for (const note of notes) out.put(`\n\n${note}`, offset);
  return { original, pageStarts, language, stripped: out.build() };
}

/** A line with its calls of notes marked "[n]" ("[*]" for a note marked by a symbol), as the Word reader marks them. */
function withCallsMarked(line: string, calls: readonly NoteReference[]): string {
  let marked = '';
  let at = 0;
  for (const call of calls) {
    marked += `${line.slice(at, call.start)}[${call.symbol ?? call.number}]`;
    at = call.end;
  }
  return marked + line.slice(at);
}

/**
 * A note's lines as one paragraph: its wrapped lines are joined, so that none of them opens like a
 * heading, but each item of a list the note sets out keeps its line ("… shall prevent a Party from:" /
 * "(a) …; or" / "(b) …"), so that an item is read with the list's lead-in and not with the items before it.
 */
function joinNoteLines(lines: readonly string[]): string {
  let text = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) text += (listGoesOn(lines[i - 1]!, lines[i]!) ? '\n' : ' ') + lines[i]!;
  return text;
}

/** The pages as one run of lines (trimmed), with where each page's lines start and end in it. */
interface PagesAsOneRun {
  lines: LineText[];
  firstLines: number[];
  pageEnds: number[];
}

function asOneRun(pages: readonly string[][]): PagesAsOneRun {
  const run: PagesAsOneRun = { lines: [], firstLines: [], pageEnds: [] };
  for (const lines of pages) {
    run.firstLines.push(run.lines.length);
    for (const line of lines) run.lines.push({ text: line.trim() });
    run.pageEnds.push(run.lines.length - 1);
  }
  return run;
}

/**
 * The running heads of each page that name the part, chapter, section, annex or protocol it belongs to
 * (findRunningHeadings, as in a text): the pages are read as one run of lines, each page ending at a break.
 */
function runningHeadsOf(pages: readonly string[][], run: PagesAsOneRun, edges: ReadonlyMap<number, number>, language: Language): Set<number>[] {
  const found = findRunningHeadings(run.lines, run.pageEnds, edges, language);
  return pages.map((lines, p) => {
    const heads = new Set<number>();
    lines.forEach((_, i) => found.has(run.firstLines[p]! + i) && heads.add(i));
    return heads;
  });
}

function isNumberedHeading(line: string, language: Language): boolean {
  return readHeadingLine(line, language)?.number !== undefined;
}
