import { prefixLength } from '../prefix-length.js';
import { ABBREVIATIONS, NUMBERED_HEADS } from './abbreviations.js';

/** A stretch of text `[start, end)` (offsets of the whole text), trimmed of surrounding whitespace. */
export interface Segment {
  start: number;
  end: number;
  /**
   * For an item of a list ("shall not apply to: (a) ...; (b) ..."), the sentence that introduces the
   * list: the item reads as lead-in + item, so a `within: sentence` window covers both.
   */
  leadIn?: { start: number; end: number };
}

const CANDIDATE = /[.!?;:]|\n[ \t]*\n|\n(?=[ \t]*\(?[a-z0-9]{1,4}\)\s)/gi;
/** "...; and" / "...; or": a list item that ends with its conjunction. */
const ITEM_END = /;(?:\s*(?:and|or|et|ou|y|o))?$/i;
const FUNCTION_WORD_END = /\b(?:the|of|and|or|to|in|a|an|by|for|with|on|at|de|la|le|les|des|du|et|ou|el|los|las|y|en|del)$/;
const SENTENCE_START = /^["“‘'(\[•\-–—]?[\p{Lu}\p{N}]/u;
/** Text that ends with a full stop, semicolon, colon, ! or ?, perhaps inside quotes or a parenthesis. */
export const CLOSING_PUNCTUATION = /[.;:!?]["'”’)]*$/;
const ENUMERATOR = /^(?:\(?[a-z]{1,2}\)|\(?[ivxlc]{1,5}\)|\(?\d{1,3}\)|\d{1,3}\.(?!\d)|[•\-–—])\s/iu;

/**
 * What becomes of a list's items ("shall not apply to: (a) ...; (b) ..."). `apart`: each item is a
 * sentence of its own that carries its lead-in (see Segment.leadIn), as rule windows want them.
 * `with-lead-in`: the lead-in and its items stay one sentence, which ends only at a full stop (or a
 * recital's semicolon at a line end), as legal force reads them: a chapeau's "shall" binds its items.
 */
export type ListItems = 'apart' | 'with-lead-in';

/** Splits `text[start, end)` into sentences, the legal way; see the README of rules for what counts. */
export function splitSentences(text: string, start = 0, end = text.length, items: ListItems = 'apart'): Segment[] {
  if (items === 'with-lead-in') return splitKeepingItems(text, start, end);
  const cuts: Array<{ at: number; mark: string }> = [];
  CANDIDATE.lastIndex = start;
  for (let m = CANDIDATE.exec(text); m && m.index < end; m = CANDIDATE.exec(text)) {
    const at = m.index + m[0].length;
    if (isBoundary(text, m.index, m[0], end)) cuts.push({ at: m[0].startsWith('\n') ? m.index : at, mark: m[0] });
  }
  const segments: Segment[] = [];
  let from = start;
  let leadIn: Segment['leadIn'];
  for (const cut of [...cuts, { at: end, mark: '' }]) {
    const seg = trim(text, from, cut.at);
    from = cut.at;
    if (!seg) continue;
    if (leadIn) seg.leadIn = leadIn;
    segments.push(seg);
    const last = text[seg.end - 1];
    if (last === ':' && ENUMERATOR.test(afterSpace(text, seg.end, end))) leadIn = { start: seg.start, end: seg.end };
    else if (!ITEM_END.test(text.slice(seg.start, seg.end))) leadIn = undefined;
  }
  return segments;
}

function isBoundary(text: string, index: number, mark: string, end: number): boolean {
  const next = afterSpace(text, index + mark.length, end);
  if (mark === '\n') return ITEM_END.test(text.slice(Math.max(0, index - 8), index).trimEnd());
  if (mark.startsWith('\n')) return blankLineBreaks(text, index, next);
  const gap = text.slice(index + mark.length, index + mark.length + 1);
  if (next !== '' && !/\s/.test(gap)) return false; // "8.70", "e.g.x", "a;b"
  if (mark === ';' || mark === ':') {
    // A list item or a lead-in ends here when a line break or an enumerator follows.
    return /^[ \t]*\r?\n/.test(text.slice(index + 1, index + 17)) || ENUMERATOR.test(next) || next === '';
  }
  if (next === '') return true;
  if (!SENTENCE_START.test(next)) return false;
  if (mark === '.') return !isAbbreviationStop(text, index);
  return true;
}

/** Whether the full stop at `index` closes an abbreviation, an initial or a numbered label. */
function isAbbreviationStop(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 24), index);
  const word = /([\p{L}\p{N}.°º]+)$/u.exec(before)?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith", "Section A. Scope"
  if (/^\d{1,3}$/.test(word) || /^[ivxlc]{1,5}$/i.test(word)) {
    const head = before.slice(0, before.length - word.length);
    return /(?:^|\n)[ \t]*$/.test(head) || NUMBERED_HEADS.test(head.trimEnd());
  }
  return false;
}

/** A blank line ends a sentence after closing punctuation, before an enumerator, or under a short heading-like line. */
function blankLineBreaks(text: string, index: number, next: string): boolean {
  const before = text.slice(Math.max(0, index - 200), index).trimEnd();
  if (before === '' || CLOSING_PUNCTUATION.test(before)) return true;
  if (ENUMERATOR.test(next)) return true;
  const lastLine = before.slice(before.lastIndexOf('\n') + 1).trim();
  return lastLine.length <= 60 && !FUNCTION_WORD_END.test(lastLine) && /^[\p{Lu}\p{N}]/u.test(lastLine) && /^[\p{Lu}\p{N}]/u.test(next);
}

function afterSpace(text: string, from: number, end: number): string {
  let i = from;
  while (i < end && /\s/.test(text[i] as string)) i++;
  return text.slice(i, Math.min(end, i + 12));
}

/** A full stop, ! or ? (with any closing quotes) and the space after it, or a semicolon at a line end. */
const STOP_OR_LINE_END_SEMICOLON = /([.!?])(["”’»)]*)(\s+)|(;)([ \t]*\n\s*)/g;
/** What a sentence may start with when its lead-in keeps its items: a capital, a number, an opening quote or parenthesis. */
const OPENING = /^[\p{Lu}\d("“'«¿¡]/u;
/** A paragraph number standing alone ("2.", "(iv)"): it opens the sentence after it rather than being one. */
const PARAGRAPH_NUMBER = /^\(?[\divxlc]{1,5}[.)]?$/i;

/** The `with-lead-in` way of splitSentences (see ListItems); its segments carry no leadIn. */
function splitKeepingItems(text: string, start: number, end: number): Segment[] {
  const window = start === 0 && end === text.length ? text : text.slice(start, end);
  const segments: Segment[] = [];
  const push = (from: number, to: number) => {
    const segment = trim(window, from, to);
    if (segment) segments.push({ start: start + segment.start, end: start + segment.end });
  };
  let from = 0;
  STOP_OR_LINE_END_SEMICOLON.lastIndex = 0;
  for (let m = STOP_OR_LINE_END_SEMICOLON.exec(window); m; m = STOP_OR_LINE_END_SEMICOLON.exec(window)) {
    const after = window.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (!OPENING.test(after)) continue;
    if (m[1] === '.' && isShortAbbreviationStop(window, m.index)) continue;
    // A recital's semicolon ends a sentence only when the next line does not start a list item "(b)".
    if (m[4] && after.startsWith('(')) continue;
    if (PARAGRAPH_NUMBER.test(window.slice(from, m.index).trim())) continue;
    push(from, m.index + 1 + (m[2]?.length ?? 0));
    from = m.index + m[0].length;
  }
  push(from, window.length);
  return segments;
}

/** Whether the full stop at `index` closes an abbreviation or an initial ("Art.", "J."), read from the few letters before it. */
function isShortAbbreviationStop(text: string, index: number): boolean {
  const word = /([\p{L}.°]+)$/u.exec(text.slice(Math.max(0, index - 12), index))?.[1];
  if (!word) return false;
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}

/** The index in `segments` (in text order) of the one that holds `offset`, or of the nearest before it, or 0: by binary search. */
export function segmentIndexAt(offset: number, segments: readonly { start: number }[]): number {
  return Math.max(0, prefixLength(segments, (segment) => segment.start <= offset) - 1);
}

/** A sentence's text with its whitespace collapsed: the form legal force reads and label hashes are computed on. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `text[start, end)` without its surrounding whitespace, or undefined when nothing else is left. */
export function trim(text: string, start: number, end: number): Segment | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  return e > s ? { start: s, end: e } : undefined;
}
