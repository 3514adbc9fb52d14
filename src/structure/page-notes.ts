import { PAGE_NUMBER } from '../nlp/page-number-pattern.js';

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
  number: number;
  firstLine: number;
  lastLine: number;
  /** Where, in the first line, the note's own text starts (after its number). */
  textStart: number;
}

/** A reference to a note in the body of a page: the line, and where its number stands in it. */
export interface NoteReference {
  number: number;
  line: number;
  start: number;
  end: number;
}

export interface PageNotes {
  notes: PageNote[];
  references: NoteReference[];
}

/** A note's first line: its number, then its text ("2The Parties…", "3 OJ L 112…", "(4) For greater certainty…"). */
const NOTE_START = /^(?:\((\d{1,3})\)|(\d{1,3}))\s*(?=[\p{Lu}"“'(])/u;
/** A note's number printed on a line of its own, its text on the next ("3" / "Where the service is not supplied…"). */
const LONE_NUMBER = /^\s*(?:\((\d{1,3})\)|(\d{1,3}))\s*$/;
/** How a note's text opens: a capital, a quote or a parenthesis. */
const NOTE_TEXT = /^\s*[\p{Lu}"“'(]/u;
/**
 * A number printed as a superscript after a word or its punctuation: "service.2", "2005,1", "artists3";
 * or, where a justified line was copied as text, after the stop and a space at the end of the line
 * ("every two years. 4"; never after a one-letter abbreviation: "p. 4").
 */
const GLUED_NUMBER = /(?<=[\p{L}][.,;:)"”’]{0,2}|[\p{N}][,;:)"”’])(\d{1,3})(?=[\s.,;:)]|$)|(?<=\p{L}{2}[.,;:)"”’]{1,2} )(\d{1,3})(?=\s*$)/gu;

/**
 * The notes at the foot of one page, given its body lines (headers and footers already left out), in
 * order. A run of lines at the bottom is a block of notes when its note numbers follow on from
 * `nextNumber` (the first note the page may hold: the one after the last note of the pages before, or
 * 1 where each page numbers its notes afresh) one by one, and every note is referred to by a number
 * glued to a word of the page's body. Anything less is left as body text. With `orLater`, the first
 * note may also be any later number: where the notes of the pages before were not all seen (a plain
 * text, whose pages are told only by their page numbers).
 */
export function findPageNotes(lines: readonly string[], nextNumber: number, orLater = false): PageNotes {
  const firsts = [nextNumber, 1];
  if (orLater) {
    const later = new Set<number>();
    for (let i = 1; i < lines.length; i++) {
      const number = noteNumber(lines, i);
      if (number !== undefined && number > nextNumber) later.add(number);
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

function notesFrom(lines: readonly string[], first: number): PageNotes | undefined {
  // The block's first line is the lowest line that opens note `first` with every later note start in sequence.
  for (let top = lines.length - 1; top > 0; top--) {
    if (noteNumber(lines, top) !== first) continue;
    const notes = notesBelow(lines, top, first);
    if (!notes) continue;
    const references = findReferences(lines.slice(0, top), notes.map((n) => n.number));
    if (references) return { notes, references };
  }
  return undefined;
}

/** The notes from line `top` down, or undefined when a line there opens a note out of sequence. */
function notesBelow(lines: readonly string[], top: number, first: number): PageNote[] | undefined {
  const notes: PageNote[] = [];
  for (let i = top; i < lines.length; i++) {
    const number = noteNumber(lines, i);
    if (number === first + notes.length) {
      notes.push({ number, firstLine: i, lastLine: i, textStart: (NOTE_START.exec(lines[i]!) ?? LONE_NUMBER.exec(lines[i]!))![0].length });
    } else if (number !== undefined && number !== notes[notes.length - 1]!.number) {
      return undefined;
    } else if (number === undefined && PAGE_NUMBER.test(lines[i]!.trim())) {
      // A page number printed in the text (a plain text turned into a PDF): these notes end a page of
      // that text, not this one, whose body goes on below them.
      return undefined;
    } else {
      notes[notes.length - 1]!.lastLine = i;
    }
  }
  return notes;
}

/**
 * The number a line opens with, when it looks like the start of a note: on the line itself, or alone
 * on it with the note's text on the next line (after a blank one, where each printed line is a paragraph).
 */
function noteNumber(lines: readonly string[], i: number): number | undefined {
  const line = lines[i]!;
  const next = lines[i + 1] === '' ? lines[i + 2] : lines[i + 1];
  const match = NOTE_START.exec(line.trim() === line ? line : line.trimStart()) ?? (NOTE_TEXT.test(next ?? '') ? LONE_NUMBER.exec(line) : null);
  return match ? Number(match[1] ?? match[2]) : undefined;
}

/** For each note number, its reference in the body: the last glued occurrence, in page order. Undefined when one is missing. */
function findReferences(body: readonly string[], numbers: readonly number[]): NoteReference[] | undefined {
  const references: NoteReference[] = [];
  let after = { line: 0, start: 0 };
  for (const number of numbers) {
    let found: NoteReference | undefined;
    for (let line = after.line; line < body.length; line++) {
      GLUED_NUMBER.lastIndex = 0;
      for (let m = GLUED_NUMBER.exec(body[line]!); m; m = GLUED_NUMBER.exec(body[line]!)) {
        if (line === after.line && m.index < after.start) continue;
        const digits = m[1] ?? m[2]!;
        if (Number(digits) === number) found = { number, line, start: m.index, end: m.index + digits.length };
      }
      // The first line that holds it wins over later ones only when no later note's reference comes first.
      if (found) break;
    }
    if (!found) return undefined;
    references.push(found);
    after = { line: found.line, start: found.end };
  }
  return references;
}
