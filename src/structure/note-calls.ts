import type { Line } from './lines.js';
import { FIRST_SYMBOL, NOTE_SYMBOL, SYMBOL_CHARACTER, symbolFollows, symbolPattern } from './note-symbols.js';

/** One note of a block of footnotes: its number, its lines (inclusive), and the offset of its call in the text when known. */
export interface BlockNote {
  /** Its number; for a note marked by a symbol, its place among the block's symbol notes. */
  number: number;
  /** The symbol it is marked by ("*", "†"), for a note marked so (see note-symbols.ts). */
  symbol?: string;
  firstLine: number;
  lastLine: number;
  /** Where, in its first line, the note's own words begin (after its number). */
  textStart: number;
  /** How its number is printed, which tells how the text calls it: given where the call is still to be found (callNotes). */
  marker?: NoteMarker;
  calledAt?: number;
}

/** How a note's mark is printed at the start of its first line: "[3] …", "(3) …", "3 …" / "3The …", or a symbol, "* …" / "(*) …" / "[*] …". */
export type NoteMarker = 'bracket' | 'parenthesis' | 'bare' | 'symbol';

const NOTE_OPENING = new RegExp(
  `^(?:\\[(\\d{1,3})\\]|\\((\\d{1,3})\\)|(\\d{1,3})(?![\\d.,:/-])|[[(](${NOTE_SYMBOL})[\\])]|(${NOTE_SYMBOL})(?!${SYMBOL_CHARACTER}))\\s*(?=\\S)`,
  'u',
);

interface Opening {
  number?: number;
  symbol?: string;
  marker: NoteMarker;
  length: number;
}

function opening(text: string): Opening | undefined {
  const match = NOTE_OPENING.exec(text);
  if (!match) return undefined;
  const [, bracket, parenthesis, bare, parenthesisSymbol, bareSymbol] = match;
  const symbol = parenthesisSymbol ?? bareSymbol;
  if (symbol !== undefined) return { symbol, marker: 'symbol', length: match[0].length };
  return { number: Number(bracket ?? parenthesis ?? bare), marker: bracket ? 'bracket' : parenthesis ? 'parenthesis' : 'bare', length: match[0].length };
}

/** A line that opens a note marked by the first symbol of a series: "* …", "(*) …". */
export function opensFirstSymbolNote(text: string): boolean {
  return opening(text)?.symbol === FIRST_SYMBOL;
}

/**
 * The notes of a block of footnotes (lines `first` to `last`): a note opens with the number after the
 * note before ("[4]" after "[3]"), set as the block's first note is; every other line goes on with the
 * note above it (a wrapped note, a second paragraph, a number that only starts a line of its text).
 * Notes marked by symbols run in a series of their own beside the numbered ones ("*" first, then "**"
 * or "†"; "*" again where a page or a chapter starts the series afresh): they stand for notes only
 * where the text calls them (see callNotes).
 */
export function notesOfBlock(lines: readonly Line[], first: number, last: number): BlockNote[] {
  const notes: BlockNote[] = [];
  let numbered: BlockNote | undefined;
  let symbol: BlockNote | undefined;
  for (let i = first; i <= last; i++) {
    const text = lines[i]!.text;
    if (text === '') continue;
    const open = opening(text);
    const previous = notes[notes.length - 1];
    if (open?.symbol !== undefined && (open.symbol === FIRST_SYMBOL || (symbol !== undefined && symbolFollows(symbol.symbol!, open.symbol)))) {
      notes.push((symbol = { number: (symbol?.number ?? 0) + 1, symbol: open.symbol, firstLine: i, lastLine: i, textStart: open.length, marker: 'symbol' }));
    } else if (open?.number !== undefined && (numbered ? open.number === numbered.number + 1 && open.marker === numbered.marker : !previous || open.number === 1)) {
      notes.push((numbered = { number: open.number, firstLine: i, lastLine: i, textStart: open.length, marker: open.marker }));
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

/**
 * A symbol set as a superscript after a word, a number or their punctuation ("Parties*", "2005,†"), or
 * after the stop and a space that end a line; never the closing asterisk of an emphasis ("*only*").
 */
export const gluedSymbolCall = (symbol: string): RegExp => {
  const mark = `(?<!${SYMBOL_CHARACTER})${symbolPattern(symbol)}(?!${SYMBOL_CHARACTER})`;
  const notClosingEmphasis = '(?<!(?:^|[\\s(])\\*+[^\\s*][^*\\n]*)';
  // The symbol is looked for first: the emphasis test reads back to the line's last asterisk, and run at
  // every letter of a long line without one it would read the line again and again.
  const symbolHere = `(?=${symbolPattern(symbol)}(?!${SYMBOL_CHARACTER}))`;
  return new RegExp(`${symbolHere}(?<=[\\p{L}\\p{N}.,;:)\\]"”’])${notClosingEmphasis}${mark}|${symbolHere}(?<=[\\p{L}\\p{N}][.,;:)"”’]{0,2} )${notClosingEmphasis}${mark}(?=[ \\t]*$)`, 'gmu');
};
/** A symbol in parentheses, as the Official Journal calls its notes ("Decision 2005/1 (*)", "Parties(*)"), or in brackets, as the PDF reader marks calls ("Parties[*]"). */
const enclosedSymbolCall = (symbol: string) => new RegExp(`(?<=\\S ?)\\(${symbolPattern(symbol)}\\)|\\[${symbolPattern(symbol)}\\]`, 'gu');

const FIRST_SYMBOL_CALLS = [gluedSymbolCall(FIRST_SYMBOL), enclosedSymbolCall(FIRST_SYMBOL)];

/** Whether a line calls a note marked by the first symbol of a series ("Parties*", "2005 (*)"). */
export function callsFirstSymbol(line: string): boolean {
  return FIRST_SYMBOL_CALLS.some((call) => {
    call.lastIndex = 0;
    return call.test(line);
  });
}

type CallShape = (note: BlockNote) => RegExp;

const CALLS: Record<NoteMarker, CallShape[]> = {
  bracket: [(note) => bracketCall(note.number)],
  parenthesis: [(note) => parenthesisCall(note.number), (note) => bracketCall(note.number)],
  bare: [(note) => gluedCall(note.number), (note) => bracketCall(note.number)],
  symbol: [(note) => gluedSymbolCall(note.symbol!), (note) => enclosedSymbolCall(note.symbol!)],
};

/** The first call of `note` from `from` on, before `to`, in the shapes a note so marked is called by. */
function firstCall(text: string, note: BlockNote, from: number, to: number): number | undefined {
  let found: number | undefined;
  for (const shape of CALLS[note.marker!]) {
    const pattern = shape(note);
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (match && match.index < to && (found === undefined || match.index < found)) found = match.index;
  }
  return found;
}

/**
 * Where the text calls each note of the blocks that do not know it yet: the notes of a block are called,
 * in their order, from the text between the block before and this one (a block after each article or
 * page, or every note at the end of the document, as Word and PDF readers put them), or else from the
 * words of a note above it in the block ("[1] … the services listed in the Schedules.[3]"). A note whose
 * call is not found keeps none; a line that opens with a symbol the text does not call is no note but a line
 * of the note above it (an item of its list, "* …"), or of no note at all.
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
      if (!note.marker) continue;
      const at = firstCall(text, note, after, regionEnd);
      if (at !== undefined) {
        note.calledAt = at;
        after = at + 1;
        continue;
      }
      const within = callInNotesAbove(text, lines, block.notes, note);
      if (within !== undefined) note.calledAt = within;
    }
    withoutUncalledSymbols(block.notes);
    regionStart = lines[block.lastLine]!.end;
  }
}

/** The first call of `note` in the words of the notes above it in its block: a note called from another note. */
function callInNotesAbove(text: string, lines: readonly Line[], notes: readonly BlockNote[], note: BlockNote): number | undefined {
  for (const above of notes) {
    if (above === note) return undefined;
    const at = firstCall(text, note, lines[above.firstLine]!.contentStart + above.textStart, lines[above.lastLine]!.end);
    if (at !== undefined) return at;
  }
  return undefined;
}

/** Leaves out of a block's notes those marked by a symbol that nothing calls: their lines go on with the note above. */
function withoutUncalledSymbols(notes: BlockNote[]): void {
  for (let i = notes.length - 1; i >= 0; i--) {
    const note = notes[i]!;
    if (note.marker !== 'symbol' || note.calledAt !== undefined) continue;
    const previous = notes[i - 1];
    if (previous && previous.lastLine < note.lastLine) previous.lastLine = note.lastLine;
    notes.splice(i, 1);
  }
}
