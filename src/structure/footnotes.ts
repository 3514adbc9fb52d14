import type { Line } from './lines.js';
import { FOOTNOTE_WORDS } from './vocabulary.js';

/** A block of footnotes, as an inclusive range of lines. */
export interface FootnoteBlock {
  firstLine: number;
  lastLine: number;
}

const TITLED = new RegExp(`^(?:${FOOTNOTE_WORDS.map((w) => `${w}|${w.toUpperCase()}`).join('|')})\\s*:?$`);
const RULE = /^[_\-–—=*]{5,}$/;
const NOTE_START = /^(?:\d{1,3}|\(\d{1,3}\)|\[\d{1,3}\]|\*{1,3})\s*\S/;
/** "[1] ..." after a blank line: how Word's notes reach us (the docx reader writes them so); rare in a treaty's body. */
const BRACKETED_FIRST_NOTE = /^\[1\]\s+\S/;

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
 * Footnote blocks: under a "Footnotes"/"Notes" line, after a rule when the next line (or the one after
 * a blank line) starts with a note number, or from a "[1]" note that opens a paragraph. A block runs over its notes and their continuation lines, and stops at a blank line
 * not followed by another note, or at `isStop` (a heading line).
 */
export function findFootnotes(lines: readonly Line[], isStop: (line: number) => boolean): FootnoteBlock[] {
  const blocks: FootnoteBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const titled = TITLED.test(text);
    const bracketed = BRACKETED_FIRST_NOTE.test(text) && (i === 0 || lines[i - 1]!.text === '');
    if (!titled && !bracketed && !(RULE.test(text) && NOTE_START.test(noteAfterRule(lines, i)))) continue;
    let last = i;
    for (let j = i + 1; j < lines.length && !isStop(j); j++) {
      const line = lines[j]!.text;
      if (line === '') {
        const next = lines[j + 1]?.text ?? '';
        if (!titled && !NOTE_START.test(next)) break;
        continue;
      }
      last = j;
    }
    blocks.push({ firstLine: i, lastLine: last });
    i = last;
  }
  return blocks;
}
