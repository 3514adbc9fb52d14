import { PAGE_NUMBER } from '../nlp/page-number-pattern.js';
import { gluedSymbolCall } from './note-calls.js';
import { FIRST_SYMBOL, NOTE_SYMBOL, SYMBOL_CHARACTER, symbolFollows } from './note-symbols.js';

/**
 * Footnotes printed at the foot of pages, by a typeset PDF or by a printed agreement saved as text
 * (footnotes.ts, findPageFootNotes). pdf.js gives a PDF's in the flow of the page, between the last
 * body line and the footer, and their reference numbers glued to the word they follow ("service.2"). Left there, a note splits the article that runs over the page break (a heading
 * at the foot of one page loses its title on the next; a note that opens with "Article 5 …" becomes a
 * heading). Here the notes of each page are found, so that they can be set apart and their references
 * marked as a Word document's are ("service.[2]").
 */

/** A note at the foot of a page: its number, and the page's lines it takes up (inclusive). */
export interface PageNote {
  /** Its number; for a note marked by a symbol, its place among the page's symbol notes. */
  number: number;
  /** The symbol it is marked by ("*", "†"), for a note marked so (see note-symbols.ts). */
  symbol?: string;
  firstLine: number;
  lastLine: number;
  /** Where, in the first line, the note's own text starts (after its number). */
  textStart: number;
}

/** A reference to a note in the body of a page, or in the words of a note above it: the line, and where its number stands in it. */
export interface NoteReference {
  number: number;
  symbol?: string;
  line: number;
  start: number;
  end: number;
}

export interface PageNotes {
  notes: PageNote[];
  references: NoteReference[];
}

/** How a note's mark is printed: its number, "(4)", or a symbol, "*" / "(*)". */
const MARK = `\\((\\d{1,3})\\)|(\\d{1,3})|\\((${NOTE_SYMBOL})\\)|(${NOTE_SYMBOL})(?!${SYMBOL_CHARACTER})`;
/** A note's first line: its mark, then its text ("2The Parties…", "3 OJ L 112…", "(4) For greater certainty…", "*Including…"). */
const NOTE_START = new RegExp(`^(?:${MARK})\\s*(?=[\\p{Lu}"“'(])`, 'u');
/** A note's mark printed on a line of its own, its text on the next ("3" / "Where the service is not supplied…"). */
const LONE_NUMBER = new RegExp(`^\\s*(?:${MARK})\\s*$`, 'u');
/** How a note's text opens: a capital, a quote or a parenthesis. */
const NOTE_TEXT = /^\s*[\p{Lu}"“'(]/u;
/**
 * A number printed as a superscript after a word or its punctuation: "service.2", "2005,1", "artists3";
 * or, where a justified line was copied as text, after the stop and a space at the end of the line
 * ("every two years. 4"; never after a one-letter abbreviation: "p. 4").
 */
const GLUED_NUMBER = /(?<=[\p{L}][.,;:)"”’]{0,2}|[\p{N}][,;:)"”’])(\d{1,3})(?=[\s.,;:)]|$)|(?<=\p{L}{2}[.,;:)"”’]{1,2} )(\d{1,3})(?=\s*$)/gu;

/**
 * A line cut after a word, with no stop: the next line goes on with its sentence, and a number opening
 * it is a wrapped citation, not a note's mark ("… definition of Article" / "104 (Definitions) of this Chapter").
 */
const CUT_AFTER_WORD = /\p{L}\s*$/u;

/** A note's mark as read: its number, or the symbol it is marked by. */
type Mark = number | string;

const ANY_SYMBOL = new RegExp(SYMBOL_CHARACTER);

/**
 * The notes at the foot of one page, given its body lines (headers and footers already left out), in
 * order. A run of lines at the bottom is a block of notes when its note numbers follow on from
 * `nextNumber` (the first note the page may hold: the one after the last note of the pages before, or
 * 1 where each page numbers its notes afresh) one by one, and every note is referred to by a number
 * glued to a word of the page's body. Anything less is left as body text. With `orLater`, the first
 * note may also be any later number: where the notes of the pages before were not all seen (a plain
 * text, whose pages are told only by their page numbers). Notes marked by symbols ("*", "†"), which a
 * page may start afresh, are read the same way above the numbered ones: they are called first (a note
 * to the title, to a Party's name).
 */
export function findPageNotes(lines: readonly string[], nextNumber: number, orLater = false): PageNotes {
  const numbered = numberedNotes(lines, nextNumber, orLater);
  const above = numbered.notes[0]?.firstLine ?? lines.length;
  if (!lines.some((line, i) => i < above && ANY_SYMBOL.test(line))) return numbered;
  const marked = symbolNotes(lines.slice(0, above));
  return marked ? { notes: [...marked.notes, ...numbered.notes], references: [...marked.references, ...numbered.references] } : numbered;
}

/** The notes marked by symbols at the foot of the page: from "*", or from the symbol after the pages before's where the series runs on over them. */
function symbolNotes(lines: readonly string[]): PageNotes | undefined {
  const firsts = new Set<Mark>([FIRST_SYMBOL]);
  for (let i = 1; i < lines.length; i++) {
    const mark = noteMark(lines, i);
    if (typeof mark === 'string') firsts.add(mark);
  }
  for (const first of firsts) {
    const found = notesFrom(lines, first);
    if (found) return found;
  }
  return undefined;
}

function numberedNotes(lines: readonly string[], nextNumber: number, orLater: boolean): PageNotes {
  const firsts = [nextNumber, 1];
  if (orLater) {
    const later = new Set<number>();
    for (let i = 1; i < lines.length; i++) {
      const mark = noteMark(lines, i);
      if (typeof mark === 'number' && mark > nextNumber) later.add(mark);
    }
    // The lowest first: the most notes the page can hold.
    firsts.push(...[...later].sort((a, b) => a - b));
  }
  for (const first of firsts) {
    const found = notesFrom(lines, first);
    if (found) return found;
  }
  return { notes: [], references: [] };
}

function notesFrom(lines: readonly string[], first: Mark): PageNotes | undefined {
  // The block's first line is the lowest line that opens note `first` with every later note start in sequence.
  for (let top = lines.length - 1; top > 0; top--) {
    if (noteMark(lines, top) !== first) continue;
    const notes = notesBelow(lines, top, first);
    if (!notes) continue;
    const references = findReferences(lines, top, notes);
    if (references) return { notes, references };
  }
  return undefined;
}

/**
 * The notes from line `top` down, or undefined when a line there opens a note out of sequence. A line
 * that opens with a mark of the other kind (a symbol among numbered notes) goes on with the note above.
 */
function notesBelow(lines: readonly string[], top: number, first: Mark): PageNote[] | undefined {
  const notes: PageNote[] = [];
  const paragraphAbove = lastParagraphNumber(lines, top);
  for (let i = top; i < lines.length; i++) {
    const mark = noteMark(lines, i);
    const last = notes[notes.length - 1];
    if (last === undefined ? mark === first : mark !== undefined && follows(last, mark)) {
      const textStart = (NOTE_START.exec(lines[i]!) ?? LONE_NUMBER.exec(lines[i]!))![0].length;
      notes.push(typeof mark === 'number' ? { number: mark, firstLine: i, lastLine: i, textStart } : { number: notes.length + 1, symbol: mark!, firstLine: i, lastLine: i, textStart });
    } else if (mark !== undefined && typeof mark === typeof first && mark !== (last!.symbol ?? last!.number) && !CUT_AFTER_WORD.test(lines[i - 1]!)) {
      return undefined;
    } else if (mark === undefined && paragraphAbove !== undefined && paragraphNumber(lines[i]!) === paragraphAbove + 1) {
      // The paragraph after the last one above the notes: the body goes on below them, and these notes
      // end a page of the text this page was made from (whose page numbers were not printed), not this one.
      return undefined;
    } else if (mark === undefined && PAGE_NUMBER.test(lines[i]!.trim())) {
      // A page number printed in the text (a plain text turned into a PDF): these notes end a page of
      // that text, not this one, whose body goes on below them.
      return undefined;
    } else {
      last!.lastLine = i;
    }
  }
  return notes;
}

/** A numbered paragraph's opening: "2. Except as otherwise provided …". */
const NUMBERED_PARAGRAPH = /^\s*(\d{1,3})\.\s+\p{Lu}/u;

function paragraphNumber(line: string): number | undefined {
  const match = NUMBERED_PARAGRAPH.exec(line);
  return match ? Number(match[1]) : undefined;
}

/** The number of the last numbered paragraph that opens a line above line `top`, if any. */
function lastParagraphNumber(lines: readonly string[], top: number): number | undefined {
  for (let i = top - 1; i >= 0; i--) {
    const number = paragraphNumber(lines[i]!);
    if (number !== undefined) return number;
  }
  return undefined;
}

/** Whether a note marked `mark` is the next after `note`, in its series. */
function follows(note: PageNote, mark: Mark): boolean {
  return typeof mark === 'number' ? note.symbol === undefined && mark === note.number + 1 : note.symbol !== undefined && symbolFollows(note.symbol, mark);
}

/**
 * The mark a line opens with, when it looks like the start of a note: on the line itself, or alone
 * on it with the note's text on the next line (after a blank one, where each printed line is a paragraph).
 */
function noteMark(lines: readonly string[], i: number): Mark | undefined {
  const line = lines[i]!;
  const next = lines[i + 1] === '' ? lines[i + 2] : lines[i + 1];
  const match = NOTE_START.exec(line.trim() === line ? line : line.trimStart()) ?? (NOTE_TEXT.test(next ?? '') ? LONE_NUMBER.exec(line) : null);
  if (!match) return undefined;
  const [, parenthesis, bare, parenthesisSymbol, bareSymbol] = match;
  return parenthesisSymbol ?? bareSymbol ?? Number(parenthesis ?? bare);
}

/**
 * For each note, its reference: the last glued occurrence of its mark in the body (the lines above
 * `top`), in page order; or else, for a note called from the words of a note above it on the page
 * ("1 … the services listed in the Schedules.2" / "2 …"), its mark there. Undefined when one is missing.
 */
function findReferences(lines: readonly string[], top: number, notes: readonly PageNote[]): NoteReference[] | undefined {
  const references: NoteReference[] = [];
  let after = { line: 0, start: 0 };
  for (const [n, note] of notes.entries()) {
    const found = referenceIn(lines, note, after, top) ?? referenceInNotes(lines, note, notes.slice(0, n));
    if (!found) return undefined;
    references.push(found);
    // A call in a note says nothing of where the next note is called from in the body.
    if (found.line < top) after = { line: found.line, start: found.end };
  }
  return references;
}

/** The reference to `note` in lines `after` to `end` (exclusive): on the first line that holds one, its last. */
function referenceIn(lines: readonly string[], note: PageNote, after: { line: number; start: number }, end: number): NoteReference | undefined {
  let found: NoteReference | undefined;
  for (let line = after.line; line < end; line++) {
    for (const call of callsOf(note, lines[line]!)) {
      if (line === after.line && call.start < after.start) continue;
      found = { number: note.number, ...(note.symbol !== undefined ? { symbol: note.symbol } : {}), line, ...call };
    }
    // The first line that holds it wins over later ones only when no later note's reference comes first.
    if (found) break;
  }
  return found;
}

/** The reference to `note` in the words of the notes above it on the page (after each one's own mark). */
function referenceInNotes(lines: readonly string[], note: PageNote, above: readonly PageNote[]): NoteReference | undefined {
  for (const other of above) {
    const found = referenceIn(lines, note, { line: other.firstLine, start: other.textStart }, other.lastLine + 1);
    if (found) return found;
  }
  return undefined;
}

/** Where a line calls the note: its number glued to a word (GLUED_NUMBER), or its symbol (gluedSymbolCall). */
function* callsOf(note: PageNote, line: string): Generator<{ start: number; end: number }> {
  if (note.symbol !== undefined) {
    const calls = gluedSymbolCall(note.symbol);
    for (let m = calls.exec(line); m; m = calls.exec(line)) yield { start: m.index, end: m.index + m[0].length };
    return;
  }
  GLUED_NUMBER.lastIndex = 0;
  for (let m = GLUED_NUMBER.exec(line); m; m = GLUED_NUMBER.exec(line)) {
    const digits = m[1] ?? m[2]!;
    if (Number(digits) === note.number) yield { start: m.index, end: m.index + digits.length };
  }
}
