import type { Line } from './lines.js';

/** One note of a block of footnotes: its number, its lines (inclusive), and the offset of its call in the text when known. */
export interface BlockNote {
  number: number;
  firstLine: number;
  lastLine: number;
  /** Where, in its first line, the note's own words begin (after its number). */
  textStart: number;
  /** How its number is printed, which tells how the text calls it: given where the call is still to be found (callNotes). */
  marker?: NoteMarker;
  calledAt?: number;
}

/** How a note's number is printed at the start of its first line: "[3] …", "(3) …", "3 …" / "3The …". */
export type NoteMarker = 'bracket' | 'parenthesis' | 'bare';

const NOTE_OPENING = /^(?:\[(\d{1,3})\]|\((\d{1,3})\)|(\d{1,3})(?![\d.,:/-]))\s*(?=\S)/u;

function opening(text: string): { number: number; marker: NoteMarker; length: number } | undefined {
  const match = NOTE_OPENING.exec(text);
  if (!match) return undefined;
  const [, bracket, parenthesis, bare] = match;
  return { number: Number(bracket ?? parenthesis ?? bare), marker: bracket ? 'bracket' : parenthesis ? 'parenthesis' : 'bare', length: match[0].length };
}

/**
 * The notes of a block of footnotes (lines `first` to `last`): a note opens with the number after the
 * note before ("[4]" after "[3]"), set as the block's first note is; every other line goes on with the
 * note above it (a wrapped note, a second paragraph, a number that only starts a line of its text).
 */
export function notesOfBlock(lines: readonly Line[], first: number, last: number): BlockNote[] {
  const notes: BlockNote[] = [];
  for (let i = first; i <= last; i++) {
    const text = lines[i]!.text;
    if (text === '') continue;
    const open = opening(text);
    const previous = notes[notes.length - 1];
    if (open && (!previous || (open.number === previous.number + 1 && open.marker === previous.marker))) {
      notes.push({ number: open.number, firstLine: i, lastLine: i, textStart: open.length, marker: open.marker });
    } else if (previous) {
      previous.lastLine = i;
    }
  }
  return notes;
}

/** A call in brackets, as the Word and PDF readers mark them: "services.[3]". */
const bracketCall = (n: number) => new RegExp(`\\[${n}\\]`, 'g');
/** A call in parentheses glued to the word or the stop before it: "services.(3)", never "Article 3(3)" nor a list label. */
const parenthesisCall = (n: number) => new RegExp(`(?<=[\\p{L}.,;:"”’)])\\(${n}\\)`, 'gu');
/** A number set as a superscript after a word or its punctuation: "services3", "2005,3", "years. 3" ending a line (see page-notes.ts). */
const gluedCall = (n: number) => new RegExp(`(?<=[\\p{L}][.,;:)"”’]{0,2}|[\\p{N}][,;:)"”’])${n}(?=[\\s.,;:)]|$)|(?<=\\p{L}{2}[.,;:)"”’]{1,2} )${n}(?=[ \\t]*$)`, 'gmu');

const CALLS: Record<NoteMarker, Array<(n: number) => RegExp>> = {
  bracket: [bracketCall],
  parenthesis: [parenthesisCall, bracketCall],
  bare: [gluedCall, bracketCall],
};

/** The first call of note `n` from `from` on, before `to`, in the shapes a note so numbered is called by. */
function firstCall(text: string, n: number, marker: NoteMarker, from: number, to: number): number | undefined {
  let found: number | undefined;
  for (const shape of CALLS[marker]) {
    const pattern = shape(n);
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (match && match.index < to && (found === undefined || match.index < found)) found = match.index;
  }
  return found;
}

/**
 * Where the text calls each note of the blocks that do not know it yet: the notes of a block are called,
 * in their order, from the text between the block before and this one (a block after each article or
 * page, or every note at the end of the document, as Word and PDF readers put them). A note whose call
 * is not found keeps none.
 */
export function callNotes(text: string, lines: readonly Line[], blocks: ReadonlyArray<{ firstLine: number; lastLine: number; notes: BlockNote[] }>): void {
  let regionStart = 0;
  for (const block of blocks) {
    const regionEnd = lines[block.firstLine]!.start;
    let after = regionStart;
    for (const note of block.notes) {
      if (note.calledAt !== undefined) {
        after = note.calledAt + 1;
        continue;
      }
      const at = note.marker ? firstCall(text, note.number, note.marker, after, regionEnd) : undefined;
      if (at === undefined) continue;
      note.calledAt = at;
      after = at + 1;
    }
    regionStart = lines[block.lastLine]!.end;
  }
}
