/**
 * Sentence spans for reading legal force. Treaty text keeps a chapeau ("Each Party shall ...:")
 * with its lettered items, so a sentence ends only at a full stop (or a recital's semicolon at a
 * line end), never at an item's semicolon. Abbreviations and numbers ("Art. 5", "14.3") do not end one.
 */
import { prefixLength } from '../prefix-length.js';

const ABBREVIATIONS = new Set([
  'art', 'arts', 'no', 'nos', 'para', 'paras', 'e.g', 'i.e', 'etc', 'cf', 'vol', 'p', 'pp', 'mr', 'mrs', 'st', 'inc', 'ltd',
  'co', 'corp', 'v', 'vs', 'u.s', 'u.k', 'e.c', 'ch', 'sec', 'núm', 'n°', 'sr', 'sra', 'dr', 'op', 'cit', 'ibid', 'approx',
]);

export interface SentenceSpan {
  start: number;
  end: number;
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.°]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before?.[1]) return false;
  const word = before[1].toLowerCase();
  // A lone capital letter is an initial ("J. Smith"), and "(a." style list markers never end a sentence.
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before[1]);
}

/** True when the character after the boundary starts a new sentence. */
function startsSentence(next: string): boolean {
  return /^[\p{Lu}\d("“'«¿¡]/u.test(next);
}

/** Splits text into sentence spans (offsets into `text`, trimmed of surrounding whitespace). */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const boundary = /([.!?])(["”’»)]*)(\s+)|(;)([ \t]*\n\s*)/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (!startsSentence(after)) continue;
    if (m[1] === '.' && endsWithAbbreviation(text, m.index)) continue;
    // A recital's semicolon ends a sentence only when the next line does not start a list item "(b)".
    if (m[4] && /^\(/.test(after)) continue;
    // "2. The Parties ..." : a paragraph number is not a sentence of its own.
    if (/^\(?[\divxlc]{1,5}[.)]?$/i.test(text.slice(start, m.index).trim())) continue;
    push(spans, text, start, m.index + 1 + (m[2]?.length ?? 0));
    start = m.index + m[0].length;
  }
  push(spans, text, start, text.length);
  return spans;
}

function push(spans: SentenceSpan[], text: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/** The sentences of a text, whitespace collapsed (the form that label hashes are computed on). */
export function sentences(text: string): string[] {
  return sentenceSpans(text).map((span) => squash(text.slice(span.start, span.end)));
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The span of the sentence that contains `offset` (or the nearest before it). */
export function sentenceAt(text: string, offset: number, spans = sentenceSpans(text)): SentenceSpan | undefined {
  return spans[sentenceIndexAt(offset, spans)];
}

/** The index in `spans` (in text order) of the sentence that contains `offset`, or of the nearest before it, or 0: by binary search. */
export function sentenceIndexAt(offset: number, spans: readonly SentenceSpan[]): number {
  return Math.max(0, prefixLength(spans, (span) => span.start <= offset) - 1);
}

/**
 * The sentence around `offset`, split from a window of `radius` characters either side rather than
 * the whole text (callers look up many matches of a long agreement). `start` is an offset of `text`.
 */
export function sentenceAround(text: string, offset: number, radius: number): { start: number; text: string } | undefined {
  const from = Math.max(0, offset - radius);
  const window = text.slice(from, Math.min(text.length, offset + radius));
  const span = sentenceAt(window, offset - from);
  return span && { start: from + span.start, text: squash(window.slice(span.start, span.end)) };
}
