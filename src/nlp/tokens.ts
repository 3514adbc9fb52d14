import { prefixLength } from '../prefix-length.js';
import type { Language } from '../model.js';
import type { StemCache } from './stem.js';

/**
 * The words of a text with their offsets and comparison keys, in text order.
 * Parallel arrays rather than objects: a 38 MB corpus holds millions of words.
 */
export interface TokenStream {
  starts: number[];
  ends: number[];
  /** Folded Porter stems. */
  stems: string[];
  /** Folded words as written. */
  exacts: string[];
}

/**
 * A word is a run of letters and digits. A word that OCR broke over a line end with a hyphen
 * ("cul-\ntural") is joined back into one; a soft hyphen inside a word is ignored.
 */
const WORD = /[\p{L}\p{N}\u00ad]+(?:[-\u2010\u2011][ \t]*\r?\n[ \t]*\p{Ll}[\p{L}\p{N}\u00ad]*)*/gu;
const BREAK_OR_SOFT_HYPHEN = /[-\u2010\u2011][ \t]*\r?\n[ \t]*|\u00ad/g;

/** Splits `text[start, end)` into words; offsets refer to `text`. */
export function tokenize(text: string, language: Language, cache: StemCache, start = 0, end = text.length): TokenStream {
  const stream: TokenStream = { starts: [], ends: [], stems: [], exacts: [] };
  const source = start === 0 && end === text.length ? text : text.slice(start, end);
  const keysOf = cache.lookup(language);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(source); m; m = WORD.exec(source)) {
    const raw = m[0];
    const word = raw.length > 1 && (raw.includes('\n') || raw.includes('\u00ad')) ? raw.replace(BREAK_OR_SOFT_HYPHEN, '') : raw;
    if (word.length === 0) continue;
    const keys = keysOf(word);
    stream.starts.push(start + m.index);
    stream.ends.push(start + m.index + raw.length);
    stream.stems.push(keys.stem);
    stream.exacts.push(keys.exact);
  }
  return stream;
}

/** Index of the first token whose start is >= offset. */
export function firstTokenAtOrAfter(stream: TokenStream, offset: number): number {
  return prefixLength(stream.starts, (start) => start < offset);
}

/** Index of the last token whose end is <= offset, or -1. */
export function lastTokenEndingBy(stream: TokenStream, offset: number): number {
  return prefixLength(stream.ends, (end) => end <= offset) - 1;
}

