import { itemLabelOf } from '../nlp/item-labels.js';
import { endsAsItem } from '../nlp/sentences.js';
import type { Line } from './lines.js';
import { callsFirstSymbol, notesOfBlock, opensFirstSymbolNote, type BlockNote } from './note-calls.js';
import { FIRST_SYMBOL, NOTE_SYMBOL } from './note-symbols.js';
import { findPageNotes } from './page-notes.js';
import { findPageBreaks } from './page-numbers.js';
import { FOOTNOTE_WORDS } from './vocabulary.js';

/** A block of footnotes, as an inclusive range of lines, and its notes one by one (none when they are not numbered). */
export interface FootnoteBlock {
  firstLine: number;
  lastLine: number;
  notes: BlockNote[];
}

const TITLED = new RegExp(`^(?:${FOOTNOTE_WORDS.map((w) => `${w}|${w.toUpperCase()}`).join('|')})\\s*:?$`);
const RULE = /^[_\-–—=*]{5,}$/;
const NOTE_START = new RegExp(`^(?:\\d{1,3}|\\(\\d{1,3}\\)|\\[\\d{1,3}\\]|[[(]?(?:${NOTE_SYMBOL})[\\])]?)\\s*\\S`);
/** "[1] ..." after a blank line: how Word's notes reach us (the docx and PDF readers write them so, "[*] …" for a note marked by a symbol); rare in a treaty's body. */
const BRACKETED_FIRST_NOTE = /^\[[1*]\]\s+\S/;

/**
 * Whether a "[1]" line opens the notes: after a blank line (a paragraph of its own), or, where the
 * blank lines between paragraphs are lost (a PDF of a word processor's notes), once the text before it
 * has called note [1] ("2005,[1]", "IRELAND [1],", or a call wrapped to the start of a line): the first
 * "[1]" of a text is never its note.
 */
function opensBracketedNotes(lines: readonly Line[], line: number, calledBefore: boolean): boolean {
  return BRACKETED_FIRST_NOTE.test(lines[line]!.text) && (line === 0 || lines[line - 1]!.text === '' || calledBefore);
}

/**
 * Whether a "* …" or "(*) …" line opens notes marked by symbols: a paragraph of its own, once the text
 * before it has called such a note, and not an item of a list whose items each open with "*" (a
 * bulleted list, which no call makes a note): neither the paragraph before it nor the one after opens so.
 */
function opensSymbolNotes(lines: readonly Line[], line: number, calledBefore: boolean): boolean {
  if (!calledBefore || !opensFirstSymbolNote(lines[line]!.text) || (line > 0 && lines[line - 1]!.text !== '')) return false;
  const before = neighbourParagraph(lines, line, -1);
  const after = neighbourParagraph(lines, line, 1);
  return !(before !== undefined && opensFirstSymbolNote(before)) && !(after !== undefined && opensFirstSymbolNote(after));
}

/** The first line of the paragraph before (`step` -1) or after (+1) the one that holds `line`, paragraphs being parted by blank lines. */
function neighbourParagraph(lines: readonly Line[], line: number, step: 1 | -1): string | undefined {
  let i = line;
  while (lines[i] !== undefined && lines[i]!.text !== '') i += step;
  while (lines[i] !== undefined && lines[i]!.text === '') i += step;
  if (step === -1) while (lines[i - 1] !== undefined && lines[i - 1]!.text !== '') i--;
  return lines[i]?.text;
}

/**
 * The line under a rule where its notes would start: the next one, or the one after a blank line, as
 * a word processor sets the rule and each note as paragraphs of their own ("__________" / blank /
 * "(1) …" / blank / "(2) …").
 */
function noteAfterRule(lines: readonly Line[], rule: number): string {
  const next = lines[rule + 1]?.text ?? '';
  return next !== '' ? next : (lines[rule + 2]?.text ?? '');
}

/**
 * Whether a note's list goes on past a blank line, where each item is a paragraph of its own, or past
 * a line end: the line before opens the list or ends an item ("… from:", "…; or") and the next opens an
 * item ("(b) …").
 */
export function listGoesOn(last: string, next: string): boolean {
  return (last.endsWith(':') || endsAsItem(last, 0, last.length)) && itemLabelOf(next) !== undefined;
}

/**
 * Footnote blocks: under a "Footnotes"/"Notes" line, after a rule when the next line (or the one after
 * a blank line) starts with a note number, from a "[1]" note that opens a paragraph or follows its
 * call, or from a "*" note that opens a paragraph after its call. A block runs over its notes and their continuation lines (a note's list items set as paragraphs
 * included), and stops at a blank line not followed by another note, or at `isStop` (a heading line).
 */
export function findFootnotes(lines: readonly Line[], isStop: (line: number) => boolean): FootnoteBlock[] {
  const blocks: FootnoteBlock[] = [];
  let firstNoteCalled = false;
  let asteriskCalled = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const titled = TITLED.test(text);
    const bracketed = opensBracketedNotes(lines, i, firstNoteCalled) || opensSymbolNotes(lines, i, asteriskCalled);
    firstNoteCalled ||= text.includes('[1]') || text.includes('[*]');
    asteriskCalled ||= text.includes(FIRST_SYMBOL) && callsFirstSymbol(text);
    if (!titled && !bracketed && !(RULE.test(text) && NOTE_START.test(noteAfterRule(lines, i)))) continue;
    let last = i;
    for (let j = i + 1; j < lines.length && !isStop(j); j++) {
      const line = lines[j]!.text;
      if (line === '') {
        const next = lines[j + 1]?.text ?? '';
        if (!titled && !NOTE_START.test(next) && !listGoesOn(lines[last]!.text, next)) break;
        continue;
      }
      last = j;
    }
    blocks.push({ firstLine: i, lastLine: last, notes: notesOfBlock(lines, i, last) });
    i = last;
  }
  return blocks;
}

/** More lines than a printed page holds (in a plain text, about 40 to 80). */
const MAX_PAGE_LINES = 100;
/** More lines than the notes at a page's foot take up: below so many, the page's body goes on. */
const MAX_NOTE_LINES = 30;

/**
 * Notes printed at the foot of the pages of a text saved from a printed agreement: on each page (the
 * lines between two page numbers of the run, see findPageBreaks), the notes just above the page
 * number, numbered on from the notes before (or further on) and each called by a number glued to a
 * word of the page ("groups14", "services4"), as a typeset PDF's are found. Set apart, they no longer
 * stand between the two halves of a sentence or a list that runs over the page break, and a note that
 * opens a line with "Article I.2" is not a heading. A run of lines that holds a heading with its title
 * (`isTitledHeading`) is the page's body, not its notes: a page number was lost above it. Lines are
 * read as printed (page numbers included).
 */
export function findPageFootNotes(text: string, lines: readonly Line[], isTitledHeading: (line: number) => boolean): FootnoteBlock[] {
  const printed = lines.map((line) => text.slice(line.contentStart, line.end).trim());
  const nonBlank = (from: number, to: number) => printed.slice(from, to).filter((line) => line !== '').length;
  const blocks: FootnoteBlock[] = [];
  let top = 0;
  let next = 1;
  for (const pageEnd of findPageBreaks(printed)) {
    const pageTop = top;
    top = pageEnd + 1;
    if (nonBlank(pageTop, pageEnd) > MAX_PAGE_LINES) continue; // page numbers are missing here: its foot is not known
    // A note run into the line of the note before it ("… constraints. 10 Such consultations …") is not
    // seen, nor are the notes of a page whose calls were lost: the next page's may start further on.
    const { notes, references } = findPageNotes(printed.slice(pageTop, pageEnd), next, true);
    const first = notes[0];
    const last = notes[notes.length - 1];
    if (!first || !last) continue;
    const firstLine = pageTop + first.firstLine;
    let lastLine = pageTop + last.lastLine;
    while (lastLine > firstLine && printed[lastLine] === '') lastLine--;
    if (nonBlank(firstLine, lastLine + 1) > MAX_NOTE_LINES) continue;
    if (Array.from({ length: lastLine - firstLine + 1 }, (_, k) => firstLine + k).some(isTitledHeading)) continue;
    // Each note keeps the place of its call (the number glued to a word of the page), which ties it to the text it annotates.
    const blockNotes = notes.map((note, n) => ({
      number: note.number,
      ...(note.symbol !== undefined ? { symbol: note.symbol } : {}),
      firstLine: pageTop + note.firstLine,
      lastLine: Math.min(lastLine, pageTop + note.lastLine),
      textStart: note.textStart,
      calledAt: lines[pageTop + references[n]!.line]!.contentStart + references[n]!.start,
    }));
    blocks.push({ firstLine, lastLine, notes: blockNotes });
    next = (notes.findLast((note) => note.symbol === undefined)?.number ?? next - 1) + 1;
  }
  return blocks;
}
