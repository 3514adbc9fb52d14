import { prefixLength } from '../prefix-length.js';
import type { Language } from '../model.js';
import type { StemCache, WordKeys } from './stem.js';

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
 * A word is a run of letters and digits (and soft hyphens, which its key leaves out). A word that OCR
 * broke over a line end with a hyphen ("cul-\ntural") is joined back into one when the line after it
 * goes on in lower case. Read code unit by code unit through a table rather than by a regex: a match
 * object per word is most of what a regex tokeniser costs.
 */
const BREAK_OR_SOFT_HYPHEN = /[-\u2010\u2011][ \t]*\r?\n[ \t]*|\u00ad/g;
const WORD_CHARACTER = /^[\p{L}\p{N}\u00ad]$/u;
const LOWER_CASE_LETTER = /^\p{Ll}$/u;

/** Per BMP code unit, learned on first sight: KNOWN, then WORD and LOWER when they hold. */
const KNOWN = 1;
const WORD = 2;
const LOWER = 4;
const classes = new Uint8Array(0x10000);

function classOf(code: number): number {
  let known = classes[code] as number;
  if (known === 0) {
    const character = String.fromCharCode(code);
    known = KNOWN | (WORD_CHARACTER.test(character) ? WORD : 0) | (LOWER_CASE_LETTER.test(character) ? LOWER : 0);
    classes[code] = known;
  }
  return known;
}

/**
 * How many code units the character at `i` takes if it belongs to a word (1, or 2 for a letter beyond
 * the BMP written as a surrogate pair), else 0. `lower`: only a lower-case letter counts.
 */
function wordCharacterLength(text: string, i: number, end: number, lower: boolean): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
    const low = text.charCodeAt(i + 1);
    if (low < 0xdc00 || low > 0xdfff) return 0;
    const character = String.fromCharCode(code, low);
    return (lower ? LOWER_CASE_LETTER : WORD_CHARACTER).test(character) ? 2 : 0;
  }
  if (code === 0xad) softHyphenSeen = true;
  return classOf(code) & (lower ? LOWER : WORD) ? 1 : 0;
}

/** Set when a soft hyphen was read as part of a word: that word's key leaves it out. */
let softHyphenSeen = false;

/** The end of the run of word characters from `i`. */
function runEnd(text: string, i: number, end: number): number {
  for (let n = i < end ? wordCharacterLength(text, i, end, false) : 0; n > 0; n = i < end ? wordCharacterLength(text, i, end, false) : 0) i += n;
  return i;
}

/** Where a word broken at `i` by a hyphen and a line end goes on ("-\n  tural"): the start of its lower-case rest, or -1. */
function brokenWordGoesOn(text: string, i: number, end: number): number {
  const hyphen = text.charCodeAt(i);
  if (i >= end || (hyphen !== 0x2d && hyphen !== 0x2010 && hyphen !== 0x2011)) return -1;
  let j = i + 1;
  while (j < end && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
  if (j < end && text.charCodeAt(j) === 0x0d) j++;
  if (j >= end || text.charCodeAt(j) !== 0x0a) return -1;
  j++;
  while (j < end && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
  return j < end && wordCharacterLength(text, j, end, true) > 0 ? j : -1;
}

/** Splits `text[start, end)` into words; offsets refer to `text`. */
export function tokenize(text: string, language: Language, cache: StemCache, start = 0, end = text.length): TokenStream {
  const stream: TokenStream = { starts: [], ends: [], stems: [], exacts: [] };
  const keysOf = cache.lookup(language);
  const keysAt = cache.lookupAt(language);
  let i = start;
  while (i < end) {
    softHyphenSeen = false;
    const first = wordCharacterLength(text, i, end, false);
    if (first === 0) {
      i++;
      continue;
    }
    const wordStart = i;
    let joined = false;
    i = runEnd(text, i + first, end);
    for (let rest = brokenWordGoesOn(text, i, end); rest >= 0; rest = brokenWordGoesOn(text, i, end)) {
      joined = true;
      i = runEnd(text, rest, end);
    }
    let keys: WordKeys;
    if (i - wordStart > 1 && (joined || softHyphenSeen)) {
      const word = text.slice(wordStart, i).replace(BREAK_OR_SOFT_HYPHEN, '');
      if (word.length === 0) continue;
      keys = keysOf(word);
    } else keys = keysAt(text, wordStart, i);
    stream.starts.push(wordStart);
    stream.ends.push(i);
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

