import { prefixLength } from '../prefix-length.js';
import type { Language } from '../model.js';
import { foldCodeUnit, type StemCache, type WordKeys } from './stem.js';

/**
 * The words of a text with their offsets, in text order; their comparison keys are looked up the
 * first time a word's are asked for. Most words of a unit are never compared with a rule's words
 * (a phrase is looked for only where a word begins like its rarest word: engine/occurrences), so a
 * key is looked up, and a new spelling stemmed, only for the few words that could match.
 */
export class Words {
  /** Offsets of each word's first code unit and one past its last, typed arrays: a corpus holds millions of words. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /**
   * Each word's first (up to) three code units in lower case, packed (see plainStart), where they are
   * plain ASCII and so are their own folded form; NOT_PLAIN where they are not, or the word has a break
   * inside it (the caller then compares the word's keys).
   */
  readonly plainStarts: Int32Array;
  /** Word index → its spelling without the line break or soft hyphens written inside it ("cul-\ntural"). */
  private readonly respelled: Map<number, string>;
  private readonly keys: Array<WordKeys | undefined> = [];

  constructor(
    private readonly text: string,
    found: WordColumns,
    private readonly keysOf: (word: string) => WordKeys,
    private readonly keysAt: (text: string, start: number, end: number) => WordKeys,
  ) {
    const { columns, capacity, count } = found;
    this.starts = columns.subarray(0, count);
    this.ends = columns.subarray(capacity, capacity + count);
    this.plainStarts = columns.subarray(2 * capacity, 2 * capacity + count);
    this.respelled = found.respelled;
  }

  get count(): number {
    return this.starts.length;
  }

  /** The folded Porter stem of word `i` or, `exact`, the word folded as written. */
  key(i: number, exact: boolean): string {
    let keys = this.keys[i];
    if (keys === undefined) {
      const respelled = this.respelled.get(i);
      keys = respelled === undefined ? this.keysAt(this.text, this.starts[i] as number, this.ends[i] as number) : this.keysOf(respelled);
      this.keys[i] = keys;
    }
    return exact ? keys.exact : keys.stem;
  }

  /** Every word's key, in order. */
  allKeys(exact: boolean): string[] {
    return Array.from({ length: this.count }, (_, i) => this.key(i, exact));
  }

  /**
   * Whether word `i`, folded code unit by code unit (as the anchor pass reads the text), begins with
   * `prefix` (folded). A respelled word is said to: its key alone decides.
   */
  beginsWith(i: number, prefix: string): boolean {
    if (this.respelled.has(i)) return true;
    const start = this.starts[i] as number;
    if ((this.ends[i] as number) - start < prefix.length) return false;
    for (let k = 0; k < prefix.length; k++) {
      if (foldCodeUnit(this.text.charCodeAt(start + k)) !== prefix.charCodeAt(k)) return false;
    }
    return true;
  }
}

/**
 * The words as tokenizeStretches finds them: the starts, ends and plainStarts of the first `count` words,
 * each a column of `capacity` entries of one buffer, one after the other.
 */
interface WordColumns {
  columns: Int32Array;
  capacity: number;
  count: number;
  respelled: Map<number, string>;
}

/** plainStarts: the word's first code units are not all ASCII, or it has a break inside it. */
export const NOT_PLAIN = -1;
/** How many code units plainStarts packs. */
export const PACKED_LENGTH = 3;

/**
 * The first (up to) PACKED_LENGTH code units of text[start, end) in lower case, and how many, as one
 * number (seven bits a unit, the count above them), where they are plain ASCII; else NOT_PLAIN. What
 * plainStarts holds for a word; for a folded prefix, what its words' plainStarts begin with.
 */
export function plainStart(text: string, start: number, end: number): number {
  const length = Math.min(PACKED_LENGTH, end - start);
  let packed = length << 21;
  for (let k = 0; k < length; k++) {
    const code = text.charCodeAt(start + k);
    if (code >= 0x80) return NOT_PLAIN;
    packed |= foldCodeUnit(code) << (7 * k);
  }
  return packed;
}

/** The packed start of the first `length` units of a packed start that holds at least that many. */
export function packedStart(packed: number, length: number): number {
  return (packed & ((1 << (7 * length)) - 1)) | (length << 21);
}

/** How many code units a packed start holds. */
export function packedLength(packed: number): number {
  return packed >>> 21;
}

/**
 * A word is a run of letters and digits (and soft hyphens, which its key leaves out). A word that OCR
 * broke over a line end with a hyphen ("cul-\ntural") is joined back into one when the line after it
 * goes on in lower case. Read code unit by code unit through tables rather than by a regex: a match
 * object per word is most of what a regex tokeniser costs, and most text is ASCII, read through a
 * table of 128.
 */
const BREAK_OR_SOFT_HYPHEN = /[-\u2010\u2011][ \t]*\r?\n[ \t]*|\u00ad/g;
const WORD_CHARACTER = /^[\p{L}\p{N}\u00ad]$/u;
const LOWER_CASE_LETTER = /^\p{Ll}$/u;

/** Per BMP code unit, learned on first sight (ASCII from the start): KNOWN, then WORD and LOWER when they hold. */
const KNOWN = 1;
const WORD = 2;
const LOWER = 4;
const classes = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code++) classOf(code);

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
  if (code < 0x80) return (classes[code] as number) & (lower ? LOWER : WORD) ? 1 : 0;
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
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (((classes[code] as number) & WORD) === 0) return i;
      i++;
      continue;
    }
    const length = wordCharacterLength(text, i, end, false);
    if (length === 0) return i;
    i += length;
  }
  return i;
}

function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

/** Where a word broken at `i` by a hyphen and a line end goes on ("-\n  tural"): the start of its lower-case rest, or -1. */
function brokenWordGoesOn(text: string, i: number, end: number): number {
  if (i >= end || !isHyphen(text.charCodeAt(i))) return -1;
  let j = i + 1;
  while (j < end && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
  if (j < end && text.charCodeAt(j) === 0x0d) j++;
  if (j >= end || text.charCodeAt(j) !== 0x0a) return -1;
  j++;
  while (j < end && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
  return j < end && wordCharacterLength(text, j, end, true) > 0 ? j : -1;
}

/** Splits `text[start, end)` into words; offsets refer to `text`. */
export function tokenize(text: string, language: Language, cache: StemCache, start = 0, end = text.length): Words {
  return tokenizeStretches(text, language, cache, [{ start, end }]);
}

/**
 * The words of several stretches of `text` (in text order, apart), as one list: each stretch is split
 * as tokenize splits it.
 */
export function tokenizeStretches(text: string, language: Language, cache: StemCache, stretches: ReadonlyArray<{ start: number; end: number }>): Words {
  let length = 0;
  for (const stretch of stretches) length += stretch.end - stretch.start;
  // About one word in six code units of prose: grown by doubling past that. The three columns share one
  // buffer: most calls read a few short stretches, and a typed array's buffer costs more to allocate
  // (and to collect) than its words cost to read.
  let capacity = Math.max(16, (length / 5) | 0);
  let columns = new Int32Array(3 * capacity);
  const respelled = new Map<number, string>();
  let count = 0;
  for (const { start, end } of stretches) {
    let i = start;
    while (i < end) {
      const code = text.charCodeAt(i);
      softHyphenSeen = false;
      const wordStart = i;
      let plain: number;
      if (code < 0x80) {
        if (((classes[code] as number) & WORD) === 0) {
          i++;
          continue;
        }
        // Most words are ASCII throughout: read here, their start packed on the way (as plainStart
        // packs it), rather than through a call per character and another per word. ASCII word
        // characters are letters and digits, so setting bit 0x20 folds a capital and keeps the rest.
        plain = code | 0x20;
        let length = 1;
        for (i++; i < end; i++) {
          const next = text.charCodeAt(i);
          if (next >= 0x80 || ((classes[next] as number) & WORD) === 0) break;
          if (length < PACKED_LENGTH) plain |= (next | 0x20) << (7 * length);
          length++;
        }
        plain |= Math.min(length, PACKED_LENGTH) << 21;
        if (i < end && text.charCodeAt(i) >= 0x80) {
          i = runEnd(text, i, end);
          plain = plainStart(text, wordStart, i);
        }
      } else {
        const first = wordCharacterLength(text, i, end, false);
        if (first === 0) {
          i++;
          continue;
        }
        i = runEnd(text, i + first, end);
        plain = plainStart(text, wordStart, i);
      }
      let joined = false;
      if (i < end && isHyphen(text.charCodeAt(i))) {
        for (let rest = brokenWordGoesOn(text, i, end); rest >= 0; rest = brokenWordGoesOn(text, i, end)) {
          joined = true;
          i = runEnd(text, rest, end);
        }
      }
      if (i - wordStart > 1 && (joined || softHyphenSeen)) {
        const spelled = text.slice(wordStart, i).replace(BREAK_OR_SOFT_HYPHEN, '');
        if (spelled.length === 0) continue;
        respelled.set(count, spelled);
        plain = NOT_PLAIN;
      }
      if (count === capacity) {
        capacity *= 2;
        columns = grown(columns, capacity);
      }
      columns[count] = wordStart;
      columns[capacity + count] = i;
      columns[2 * capacity + count] = plain;
      count++;
    }
  }
  return new Words(text, { columns, capacity, count, respelled }, cache.lookup(language), cache.lookupAt(language));
}

/** The three columns of `columns` (see WordColumns) in a buffer of columns of `capacity` entries each, twice theirs. */
function grown(columns: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const old = columns.length / 3;
  const larger = new Int32Array(3 * capacity);
  for (let column = 0; column < 3; column++) larger.set(columns.subarray(column * old, (column + 1) * old), column * capacity);
  return larger;
}

/**
 * Whether tokenize may respell a word of `text` (a soft hyphen in it, or a hyphen at a line end, where
 * a broken word is joined back). Where it surely does not, every word is a run of word characters
 * between two characters that are no word's, and a stretch cut out between words (stretchAround)
 * reads as the whole text does there.
 */
export function mayRespell(text: string): boolean {
  if (text.includes('\u00ad')) return true;
  // A hyphen, blanks, a line end (as brokenWordGoesOn reads it), found back from each line end.
  for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
    let k = newline - 1;
    if (k >= 0 && text.charCodeAt(k) === 0x0d) k--;
    while (k >= 0 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k--;
    if (k >= 0 && isHyphen(text.charCodeAt(k))) return true;
  }
  return false;
}

/**
 * How many code units the character that ends at `i` takes if it belongs to a word (as
 * wordCharacterLength reads the one that starts there), else 0.
 */
function wordCharacterBefore(text: string, i: number, start: number): number {
  const code = text.charCodeAt(i - 1);
  if (code < 0x80) return (classes[code] as number) & WORD ? 1 : 0;
  if (code >= 0xdc00 && code <= 0xdfff && i - 2 >= start) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return WORD_CHARACTER.test(String.fromCharCode(high, code)) ? 2 : 0;
  }
  return classOf(code) & WORD ? 1 : 0;
}

/**
 * The stretch of text[start, end) around `at` (where a word begins) that holds `before` whole words
 * before that word and `after` after it (fewer where the range ends first), and begins and ends next to
 * a character that is no word's (or at the range's ends). In a text where tokenize respells no word
 * (see mayRespell), a word is a run of word characters, so none runs across the stretch's ends: its
 * words are those of the whole range there.
 */
export function stretchAround(text: string, at: number, before: number, after: number, start: number, end: number): { start: number; end: number } {
  let from = at;
  const wordBefore = () => (from > start ? wordCharacterBefore(text, from, start) : 0);
  for (let length = wordBefore(); length > 0; length = wordBefore()) from -= length;
  for (let word = 0; word < before && from > start; word++) {
    while (from > start && wordBefore() === 0) from--;
    for (let length = wordBefore(); length > 0; length = wordBefore()) from -= length;
  }
  let to = at;
  for (let word = 0; word <= after && to < end; word++) {
    while (to < end && wordCharacterLength(text, to, end, false) === 0) to++;
    for (let length = wordCharacterLength(text, to, end, false); length > 0 && to < end; length = wordCharacterLength(text, to, end, false)) to += length;
  }
  return { start: from, end: to };
}

/** Index of the first word whose start is >= offset. */
export function firstTokenAtOrAfter(words: Words, offset: number): number {
  return prefixLength(words.starts, (start) => start < offset);
}

/** Index of the last word whose end is <= offset, or -1. */
export function lastTokenEndingBy(words: Words, offset: number): number {
  return prefixLength(words.ends, (end) => end <= offset) - 1;
}
